/* zs-stage-bar.h — projects by stage as one compact bar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <gtk/gtk.h>

#include "zs-core.h"

G_BEGIN_DECLS

#define ZS_TYPE_STAGE_BAR (zs_stage_bar_get_type ())
G_DECLARE_FINAL_TYPE (ZsStageBar, zs_stage_bar, ZS, STAGE_BAR, GtkWidget)

/* A bar of the six stages from 线索 to 投产, each as wide as its share of
 * the projects, from light to dark as projects advance. */
GtkWidget  *zs_stage_bar_new          (void);
/* @counts: ZS_MAP_N_STAGES numbers (终止 is not drawn, only told). */
void        zs_stage_bar_set_counts   (ZsStageBar   *self,
                                       const gint64 *counts);
/* "线索 3、在谈 1、签约 2" as the bar's accessible label and tooltip. */
const char *zs_stage_bar_get_summary  (ZsStageBar   *self);

/* A small square in the colour of @stage, for a legend. */
GtkWidget  *zs_stage_bar_new_swatch   (ZsStage       stage);

G_END_DECLS
