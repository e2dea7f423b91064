/* zs-stage-change.h — moving a project from one stage to another
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-project.h"
#include "zs-store.h"

G_BEGIN_DECLS

/* Moves @project to @to on @date (ISO) and records a stage event with @note.
 * Fills the stage's date field (signing date and so on) when it is empty.
 * Refuses, saying why, a date before the current stage began, a move to the
 * stage it is at, and a move back or a termination without a reason. */
gboolean  zs_project_change_stage  (ZsStore     *store,
                                    ZsProject   *project,
                                    ZsStage      to,
                                    const char  *date,
                                    const char  *note,
                                    GError     **error);

G_END_DECLS
