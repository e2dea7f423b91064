/* zs-funnel-chart.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <gtk/gtk.h>

#include "zs-core.h"

G_BEGIN_DECLS

#define ZS_TYPE_FUNNEL_CHART (zs_funnel_chart_get_type ())
G_DECLARE_FINAL_TYPE (ZsFunnelChart, zs_funnel_chart, ZS, FUNNEL_CHART, GtkWidget)

GtkWidget *zs_funnel_chart_new        (void);
void       zs_funnel_chart_set_report (ZsFunnelChart *self,
                                       ZsReport      *report);
/* The projects that have reached at least @stage and are not terminated. */
gint64     zs_funnel_chart_get_reached (ZsFunnelChart *self,
                                        ZsStage        stage);

G_END_DECLS
