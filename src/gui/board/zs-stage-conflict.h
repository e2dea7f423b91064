/* zs-stage-conflict.h — a stage move refused because someone else changed the project
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <adwaita.h>

#include "zs-core.h"

G_BEGIN_DECLS

/* Moves @project to @to on @date, as zs_project_change_stage() does, for
 * the window: TRUE when moved. A move refused because another user saved
 * the project after this window read it asks the clerk, naming who and
 * the stage the project is at now, whether to move it anyway (from the
 * stored copy, so the stage and its history agree); other refusals are a
 * toast on @parent. */
gboolean zs_move_project (GtkWindow  *parent,
                          ZsStore    *store,
                          ZsProject  *project,
                          ZsStage     to,
                          const char *date,
                          const char *note);

G_END_DECLS
