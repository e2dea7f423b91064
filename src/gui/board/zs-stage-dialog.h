/* zs-stage-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <adwaita.h>

#include "zs-core.h"

G_BEGIN_DECLS

#define ZS_TYPE_STAGE_DIALOG (zs_stage_dialog_get_type ())
G_DECLARE_FINAL_TYPE (ZsStageDialog, zs_stage_dialog, ZS, STAGE_DIALOG, AdwMessageDialog)

/* Asks for the date (and note or reason) of moving @project to @target;
 * a negative @target lets the user choose the stage. Moves on "move". */
ZsStageDialog *zs_stage_dialog_new          (GtkWindow     *parent,
                                             ZsStore       *store,
                                             ZsProject     *project,
                                             int            target,
                                             const char    *today);
/* What stops the move now, or NULL when it can go ahead. */
const char    *zs_stage_dialog_get_problem  (ZsStageDialog *self);
void           zs_stage_dialog_set_values   (ZsStageDialog *self,
                                             ZsStage        target,
                                             const char    *date,
                                             const char    *note);
/* Makes the move as the "move" response does; FALSE with @error otherwise. */
gboolean       zs_stage_dialog_apply        (ZsStageDialog *self,
                                             GError       **error);

G_END_DECLS
