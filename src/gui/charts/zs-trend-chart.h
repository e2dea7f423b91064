/* zs-trend-chart.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <gtk/gtk.h>

#include "zs-core.h"

G_BEGIN_DECLS

#define ZS_TYPE_TREND_CHART (zs_trend_chart_get_type ())
G_DECLARE_FINAL_TYPE (ZsTrendChart, zs_trend_chart, ZS, TREND_CHART, GtkWidget)

GtkWidget *zs_trend_chart_new        (void);
/* Draws the report's year month by month; NULL draws an empty frame. */
void       zs_trend_chart_set_report (ZsTrendChart *self,
                                      ZsReport     *report);
/* The top of the value axis, a round number at or above the largest bar. */
gint64     zs_trend_chart_get_axis_max (ZsTrendChart *self);

G_END_DECLS
