/* zs-chart-util.h — what the dashboard's charts share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The smallest of 4, 8, 20, 40, 80, 200 … (four even steps of 1, 2 or 5
 * times a power of ten) at or above @value. */
gint64 zs_chart_nice_ceiling     (gint64       value);
/* The widget's text colour, for axes and labels. */
void   zs_chart_get_foreground   (GtkWidget   *widget,
                                  GdkRGBA     *color);
/* The GNOME palette colour of series @index. */
void   zs_chart_set_series_color (cairo_t     *cr,
                                  guint        index,
                                  double       alpha);

/* A chart's size request, for its measure(): these sizes in each direction. */
void   zs_chart_measure          (GtkOrientation  orientation,
                                  int             min_width,
                                  int             natural_width,
                                  int             min_height,
                                  int             natural_height,
                                  int            *minimum,
                                  int            *natural);

G_END_DECLS
