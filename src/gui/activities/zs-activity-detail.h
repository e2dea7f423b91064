/* zs-activity-detail.h
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

#define ZS_TYPE_ACTIVITY_DETAIL (zs_activity_detail_get_type ())
G_DECLARE_FINAL_TYPE (ZsActivityDetail, zs_activity_detail, ZS, ACTIVITY_DETAIL, ZsPage)

GtkWidget      *zs_activity_detail_new            (ZsContext        *context,
                                                   ZsActivity       *activity);
ZsActivity     *zs_activity_detail_get_activity   (ZsActivityDetail *self);
ZsRecordEditor *zs_activity_detail_get_fields     (ZsActivityDetail *self);
guint           zs_activity_detail_get_n_enterprises (ZsActivityDetail *self);
guint           zs_activity_detail_get_n_leads    (ZsActivityDetail *self);
guint           zs_activity_detail_get_n_projects (ZsActivityDetail *self);
/* Opens the dialog linking an enterprise, lead or project (by @type). */
GtkWidget      *zs_activity_detail_add_link       (ZsActivityDetail *self,
                                                   GType             type);

G_END_DECLS
