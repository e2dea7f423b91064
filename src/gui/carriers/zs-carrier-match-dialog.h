/* zs-carrier-match-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <adwaita.h>

#include "zs-core.h"

G_BEGIN_DECLS

#define ZS_TYPE_CARRIER_MATCH_DIALOG (zs_carrier_match_dialog_get_type ())
G_DECLARE_FINAL_TYPE (ZsCarrierMatchDialog, zs_carrier_match_dialog, ZS, CARRIER_MATCH_DIALOG, AdwWindow)

/* Looks for carriers for @project, starting from the area its land needs. */
ZsCarrierMatchDialog *zs_carrier_match_dialog_new        (GtkWindow            *parent,
                                                          ZsStore              *store,
                                                          ZsProject            *project,
                                                          const char           *today);
/* Searches for @text m², as typing it and pressing Enter does; with no
 * carrier big enough the need is recorded. FALSE, with the message shown,
 * when @text is not an area. */
gboolean              zs_carrier_match_dialog_search     (ZsCarrierMatchDialog *self,
                                                          const char           *text);
/* The carriers that fit, best first. */
GListModel           *zs_carrier_match_dialog_get_matches (ZsCarrierMatchDialog *self);
const char           *zs_carrier_match_dialog_get_error  (ZsCarrierMatchDialog *self);
/* The unmet need the clerk recorded, or NULL. */
ZsSpaceNeed          *zs_carrier_match_dialog_get_need   (ZsCarrierMatchDialog *self);
/* 记录为需求缺口 (match.record-need): records the area of the last search
 * as the project's unmet need. A search alone records nothing. */
gboolean              zs_carrier_match_dialog_record_need (ZsCarrierMatchDialog *self);
/* Places the project in @carrier and closes the dialog. */
gboolean              zs_carrier_match_dialog_place      (ZsCarrierMatchDialog *self,
                                                          gint64                carrier_id);

G_END_DECLS
