/* zs-checklist-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <adwaita.h>

#include "zs-core.h"

G_BEGIN_DECLS

#define ZS_TYPE_CHECKLIST_DIALOG (zs_checklist_dialog_get_type ())
G_DECLARE_FINAL_TYPE (ZsChecklistDialog, zs_checklist_dialog, ZS, CHECKLIST_DIALOG, AdwWindow)

GtkWidget  *zs_checklist_dialog_new        (GtkWindow         *parent,
                                            ZsStore           *store,
                                            ZsProjectFilter   *filter,
                                            const char        *today);
void        zs_checklist_dialog_set_period (ZsChecklistDialog *self,
                                            ZsPeriodKind       period);
/* The projects on the list for @stage (signed, registered, started, production). */
GListModel *zs_checklist_dialog_get_list   (ZsChecklistDialog *self,
                                            ZsStage            stage);
const char *zs_checklist_dialog_get_summary (ZsChecklistDialog *self,
                                             ZsStage            stage);

G_END_DECLS
