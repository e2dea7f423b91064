/* zs-grade.h — the grade a project's lack of progress suggests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-enums.h"
#include "zs-project.h"
#include "zs-store.h"

G_BEGIN_DECLS

typedef struct {
  int yellow_days;
  int orange_days;
  int red_days;
} ZsGradeThresholds;

/* The thresholds the bureau set (defaults: yellow 60, orange 75, red 90). */
void     zs_grade_thresholds_from_settings (ZsStore                 *store,
                                            ZsGradeThresholds       *thresholds);

/* The grade @days_without_progress calls for; @reason says why, in words a
 * clerk can check against the project's history. Projects no longer moving
 * (in production, terminated) are green. */
ZsGrade  zs_grade_suggest                  (ZsStage                  stage,
                                            int                      days_without_progress,
                                            const ZsGradeThresholds *thresholds,
                                            char                   **reason);

/* The last day something happened on @project: its latest stage change or
 * update log entry. */
char    *zs_project_get_last_progress      (ZsStore                 *store,
                                            ZsProject               *project);

G_END_DECLS
