/* zs-partner-detail.h
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

#define ZS_TYPE_PARTNER_DETAIL (zs_partner_detail_get_type ())
G_DECLARE_FINAL_TYPE (ZsPartnerDetail, zs_partner_detail, ZS, PARTNER_DETAIL, ZsPage)

GtkWidget      *zs_partner_detail_new              (ZsContext         *context,
                                                    ZsPartner       *partner);
ZsPartner      *zs_partner_detail_get_partner      (ZsPartnerDetail *self);
ZsRecordEditor *zs_partner_detail_get_fields       (ZsPartnerDetail *self);
/* "Not contacted for 97 days", as the header shows it. */
const char     *zs_partner_detail_get_contact_text (ZsPartnerDetail *self);
/* The figures the header shows, by ZsScoreColumn. */
gint64          zs_partner_detail_get_figure       (ZsPartnerDetail *self,
                                                    ZsScoreColumn    column);
guint           zs_partner_detail_get_n_contacts   (ZsPartnerDetail *self);
guint           zs_partner_detail_get_n_leads      (ZsPartnerDetail *self);
guint           zs_partner_detail_get_n_projects   (ZsPartnerDetail *self);
/* Opens the dialog for a new contact log entry. */
GtkWidget      *zs_partner_detail_add_contact      (ZsPartnerDetail *self);

G_END_DECLS
