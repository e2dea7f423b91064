/* zs-trend-chart.c — new leads, signed, started and producing projects, month by month
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Grouped bars for the twelve months of the report's year, drawn with
 * cairo; labels are Pango layouts of the widget, so Chinese text gets the
 * interface font. The accessible description says the same in words.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zs-chart-util.h"
#include "zs-trend-chart.h"

/* The series, in legend order. */
static const ZsKpi series[] = { ZS_KPI_LEADS, ZS_KPI_SIGNED, ZS_KPI_STARTED, ZS_KPI_PRODUCTION };

struct _ZsTrendChart
{
  GtkWidget  parent_instance;

  ZsReport  *report;
  gint64     axis_max;
};

G_DEFINE_FINAL_TYPE (ZsTrendChart, zs_trend_chart, GTK_TYPE_WIDGET)

static void
update_axis (ZsTrendChart *self)
{
  gint64 largest = 0;

  for (guint m = 1; self->report != NULL && m <= 12; m++)
    for (guint s = 0; s < G_N_ELEMENTS (series); s++)
      largest = MAX (largest, zs_report_get_month (self->report, m, series[s]));
  self->axis_max = zs_chart_nice_ceiling (largest);
}

static void
update_description (ZsTrendChart *self)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint s = 0; self->report != NULL && s < G_N_ELEMENTS (series); s++)
    {
      gint64 sum = 0;

      for (guint m = 1; m <= 12; m++)
        sum += zs_report_get_month (self->report, m, series[s]);
      g_string_append_printf (text, "%s: %" G_GINT64_FORMAT "; ", zs_kpi_get_label (series[s]), sum);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text->str, -1);
}

static void
zs_trend_chart_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  ZsTrendChart *self = ZS_TREND_CHART (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, NULL);
  GdkRGBA fg;
  cairo_t *cr;
  double legend_h, left, right, top, bottom, group_w, bar_w;
  int text_w, text_h;

  if (width <= 0 || height <= 0)
    return;

  zs_chart_get_foreground (widget, &fg);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

  /* The legend, one colour per series. */
  {
    double x = 0;

    pango_layout_set_text (layout, "0", -1);
    pango_layout_get_pixel_size (layout, &text_w, &text_h);
    legend_h = text_h + 12;
    for (guint s = 0; s < G_N_ELEMENTS (series); s++)
      {
        zs_chart_set_series_color (cr, s, 1.0);
        cairo_rectangle (cr, x, (text_h - 10) / 2.0, 10, 10);
        cairo_fill (cr);
        pango_layout_set_text (layout, zs_kpi_get_label (series[s]), -1);
        pango_layout_get_pixel_size (layout, &text_w, NULL);
        gdk_cairo_set_source_rgba (cr, &fg);
        cairo_move_to (cr, x + 14, 0);
        pango_cairo_show_layout (cr, layout);
        x += 14 + text_w + 18;
      }
  }

  /* The value axis: round steps, labels right-aligned on the left. */
  {
    g_autofree char *max_text = g_strdup_printf ("%" G_GINT64_FORMAT, self->axis_max);

    pango_layout_set_text (layout, max_text, -1);
    pango_layout_get_pixel_size (layout, &text_w, &text_h);
  }
  left = text_w + 8;
  right = width - 4;
  top = legend_h + text_h / 2.0;
  bottom = height - text_h - 6;
  if (bottom - top < 20 || right - left < 60)
    {
      cairo_destroy (cr);
      return;
    }

  for (guint tick = 0; tick <= 4; tick++)
    {
      gint64 value = self->axis_max * tick / 4;
      double y = bottom - (bottom - top) * tick / 4.0;
      g_autofree char *label = g_strdup_printf ("%" G_GINT64_FORMAT, value);

      /* Four steps of a round maximum can fall between integers: say each once. */
      if (tick > 0 && value == self->axis_max * (tick - 1) / 4)
        continue;
      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, tick == 0 ? 0.5 : 0.12);
      cairo_set_line_width (cr, 1);
      cairo_move_to (cr, left, (int) y + 0.5);
      cairo_line_to (cr, right, (int) y + 0.5);
      cairo_stroke (cr);

      pango_layout_set_text (layout, label, -1);
      pango_layout_get_pixel_size (layout, &text_w, &text_h);
      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.6);
      cairo_move_to (cr, left - 6 - text_w, y - text_h / 2.0);
      pango_cairo_show_layout (cr, layout);
    }

  /* Twelve groups of bars, the month under each. */
  group_w = (right - left) / 12.0;
  bar_w = MAX (1.0, (group_w - 6) / G_N_ELEMENTS (series));
  for (guint m = 1; m <= 12; m++)
    {
      double x0 = left + group_w * (m - 1) + 3;
      /* TRANSLATORS: a month under the trend chart: "11月" */
      g_autofree char *month = g_strdup_printf (C_("chart month", "%u"), m);

      for (guint s = 0; self->report != NULL && s < G_N_ELEMENTS (series); s++)
        {
          gint64 value = zs_report_get_month (self->report, m, series[s]);
          double h = self->axis_max > 0 ? (bottom - top) * value / (double) self->axis_max : 0;

          if (value <= 0)
            continue;
          zs_chart_set_series_color (cr, s, 1.0);
          cairo_rectangle (cr, x0 + bar_w * s, bottom - h, MAX (1.0, bar_w - 1), h);
          cairo_fill (cr);
        }

      pango_layout_set_text (layout, month, -1);
      pango_layout_get_pixel_size (layout, &text_w, &text_h);
      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.7);
      cairo_move_to (cr, left + group_w * (m - 0.5) - text_w / 2.0, bottom + 4);
      pango_cairo_show_layout (cr, layout);
    }

  cairo_destroy (cr);
}

static void
zs_trend_chart_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  zs_chart_measure (orientation, 320, 560, 200, 240, minimum, natural);
}

static void
zs_trend_chart_dispose (GObject *object)
{
  ZsTrendChart *self = ZS_TREND_CHART (object);

  g_clear_object (&self->report);

  G_OBJECT_CLASS (zs_trend_chart_parent_class)->dispose (object);
}

static void
zs_trend_chart_class_init (ZsTrendChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zs_trend_chart_dispose;
  widget_class->snapshot = zs_trend_chart_snapshot;
  widget_class->measure = zs_trend_chart_measure;
  gtk_widget_class_set_css_name (widget_class, "zs-trend-chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
zs_trend_chart_init (ZsTrendChart *self)
{
  self->axis_max = zs_chart_nice_ceiling (0);
}

GtkWidget *
zs_trend_chart_new (void)
{
  return g_object_new (ZS_TYPE_TREND_CHART, NULL);
}

void
zs_trend_chart_set_report (ZsTrendChart *self,
                           ZsReport     *report)
{
  g_return_if_fail (ZS_IS_TREND_CHART (self));

  g_set_object (&self->report, report);
  update_axis (self);
  update_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

gint64
zs_trend_chart_get_axis_max (ZsTrendChart *self)
{
  g_return_val_if_fail (ZS_IS_TREND_CHART (self), 0);
  return self->axis_max;
}
