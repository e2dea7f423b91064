/* zs-checklist-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <adwaita.h>

#include "zs-core.h"
#include "zs-period-picker.h"

G_BEGIN_DECLS

#define ZS_TYPE_CHECKLIST_DIALOG (zs_checklist_dialog_get_type ())
G_DECLARE_FINAL_TYPE (ZsChecklistDialog, zs_checklist_dialog, ZS, CHECKLIST_DIALOG, AdwWindow)

GtkWidget  *zs_checklist_dialog_new        (GtkWindow         *parent,
                                            ZsStore           *store,
                                            ZsProjectFilter   *filter,
                                            const char        *today);
void        zs_checklist_dialog_set_period (ZsChecklistDialog *self,
                                            ZsPeriodKind       period);
/* The period chooser: a kind, the periods before and after, or two days. */
ZsPeriodPicker *zs_checklist_dialog_get_period_picker (ZsChecklistDialog *self);
/* The days and scope the lists are of, or what is wrong with typed days. */
const char *zs_checklist_dialog_get_range  (ZsChecklistDialog *self);
/* The projects on the list for @stage (signed, registered, started, production). */
GListModel *zs_checklist_dialog_get_list   (ZsChecklistDialog *self,
                                            ZsStage            stage);
const char *zs_checklist_dialog_get_summary (ZsChecklistDialog *self,
                                             ZsStage            stage);

G_END_DECLS
