/* zs-carrier-editor.h
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

#define ZS_TYPE_CARRIER_EDITOR (zs_carrier_editor_get_type ())
G_DECLARE_FINAL_TYPE (ZsCarrierEditor, zs_carrier_editor, ZS, CARRIER_EDITOR, ZsPage)

/* The page of one carrier (a new one has id 0), its monthly update judged
 * against the context's today. */
GtkWidget      *zs_carrier_editor_new          (ZsContext       *context,
                                                ZsCarrier       *carrier);
ZsCarrier      *zs_carrier_editor_get_carrier  (ZsCarrierEditor *self);
ZsRecordEditor *zs_carrier_editor_get_fields   (ZsCarrierEditor *self);
/* The projects placed here (@placed) or in talks about it. */
GListModel     *zs_carrier_editor_get_projects (ZsCarrierEditor *self,
                                                gboolean         placed);
/* Places @project here, as choosing it in "Place a project here" does. */
gboolean        zs_carrier_editor_place        (ZsCarrierEditor *self,
                                                ZsProject       *project,
                                                GError         **error);

G_END_DECLS
