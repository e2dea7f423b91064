/* zs-chart-util.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "zs-chart-util.h"

gint64
zs_chart_nice_ceiling (gint64 value)
{
  static const gint64 steps[] = { 1, 2, 5 };
  gint64 power = 1;

  /* An empty chart still gets an axis of 0 to 4. */
  for (;;)
    {
      for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
        if (steps[i] * power * 4 >= value)
          return steps[i] * power * 4;
      power *= 10;
    }
}

void
zs_chart_get_foreground (GtkWidget *widget,
                         GdkRGBA   *color)
{
  /* gtk_widget_get_color() is GTK 4.10; the style context is 4.8's way. */
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), color);
}

void
zs_chart_set_series_color (cairo_t *cr,
                           guint    index,
                           double   alpha)
{
  /* Blue 3, green 4, orange 3, purple 3 of the GNOME palette: apart in
   * hue and in lightness, so they read in grey print too. */
  static const double palette[][3] = {
    { 0x35 / 255.0, 0x84 / 255.0, 0xe4 / 255.0 },
    { 0x2e / 255.0, 0xc2 / 255.0, 0x7e / 255.0 },
    { 0xff / 255.0, 0x78 / 255.0, 0x00 / 255.0 },
    { 0x91 / 255.0, 0x41 / 255.0, 0xac / 255.0 },
  };
  const double *c = palette[index % G_N_ELEMENTS (palette)];

  cairo_set_source_rgba (cr, c[0], c[1], c[2], alpha);
}

void
zs_chart_measure (GtkOrientation  orientation,
                  int             min_width,
                  int             natural_width,
                  int             min_height,
                  int             natural_height,
                  int            *minimum,
                  int            *natural)
{
  gboolean horizontal = orientation == GTK_ORIENTATION_HORIZONTAL;

  *minimum = horizontal ? min_width : min_height;
  *natural = horizontal ? natural_width : natural_height;
}
