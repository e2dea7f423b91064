/* zs-lead-detail.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <gtk/gtk.h>

#include "zs-core.h"
#include "zs-page.h"
#include "zs-record-editor.h"

G_BEGIN_DECLS

#define ZS_TYPE_LEAD_DETAIL (zs_lead_detail_get_type ())
G_DECLARE_FINAL_TYPE (ZsLeadDetail, zs_lead_detail, ZS, LEAD_DETAIL, ZsPage)

GtkWidget      *zs_lead_detail_new               (ZsContext    *context,
                                                  ZsLead       *lead);
ZsLead         *zs_lead_detail_get_lead          (ZsLeadDetail *self);
ZsRecordEditor *zs_lead_detail_get_fields        (ZsLeadDetail *self);
/* The deadline line under the name ("Assessment overdue by 2 days"). */
const char     *zs_lead_detail_get_deadline_text (ZsLeadDetail *self);
/* The same-investor warning, or NULL when none shows. */
const char     *zs_lead_detail_get_warning       (ZsLeadDetail *self);
/* Opens the conversion dialog, as its button does. */
GtkWidget      *zs_lead_detail_convert           (ZsLeadDetail *self);
/* Opens the dialog asking why the lead is dropped. */
GtkWidget      *zs_lead_detail_drop              (ZsLeadDetail *self);

G_END_DECLS
