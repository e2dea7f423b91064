/* zs-funnel-chart.c — how many projects got how far
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * One bar per stage from lead to production, as wide as the projects that
 * reached at least that stage (and were not terminated), centred so the
 * bars make a funnel; beside each, the number and the share of the stage
 * before. Terminated projects are counted underneath.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zs-chart-util.h"
#include "zs-funnel-chart.h"

struct _ZsFunnelChart
{
  GtkWidget  parent_instance;

  gint64     reached[ZS_STAGE_N_ACTIVE];
  gint64     terminated;
};

G_DEFINE_FINAL_TYPE (ZsFunnelChart, zs_funnel_chart, GTK_TYPE_WIDGET)

static int
show_text (cairo_t     *cr,
           PangoLayout *layout,
           const char  *text,
           double       x,
           double       y,
           double       align)
{
  int w, h;

  pango_layout_set_text (layout, text, -1);
  pango_layout_get_pixel_size (layout, &w, &h);
  cairo_move_to (cr, x - w * align, y - h / 2.0);
  pango_cairo_show_layout (cr, layout);
  return w;
}

static void
zs_funnel_chart_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  ZsFunnelChart *self = ZS_FUNNEL_CHART (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, NULL);
  g_autofree char *footer = NULL;
  GdkRGBA fg;
  cairo_t *cr;
  double label_w = 0, number_w = 0, bar_left, bar_w, row_h;
  int w, h;

  if (width <= 0 || height <= 0)
    return;

  zs_chart_get_foreground (widget, &fg);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

  /* Room for the longest stage name on the left and "1234 · 100%" on the right. */
  for (ZsStage s = ZS_STAGE_LEAD; s < ZS_STAGE_N_ACTIVE; s++)
    {
      pango_layout_set_text (layout, zs_stage_get_label (s), -1);
      pango_layout_get_pixel_size (layout, &w, &h);
      label_w = MAX (label_w, w);
    }
  {
    g_autofree char *count = g_strdup_printf ("%" G_GINT64_FORMAT, MAX (self->reached[0], 1000));
    g_autofree char *widest = g_strdup_printf (_("%s · %d%%"), count, 100);

    pango_layout_set_text (layout, widest, -1);
    pango_layout_get_pixel_size (layout, &w, &h);
    number_w = w;
  }

  bar_left = label_w + 12;
  bar_w = width - bar_left - number_w - 12;
  row_h = (height - h - 8) / (double) ZS_STAGE_N_ACTIVE;
  if (bar_w < 40 || row_h < h)
    {
      cairo_destroy (cr);
      return;
    }

  for (ZsStage s = ZS_STAGE_LEAD; s < ZS_STAGE_N_ACTIVE; s++)
    {
      double y = row_h * s;
      double fraction = self->reached[0] > 0 ? (double) self->reached[s] / self->reached[0] : 0;
      double w_bar = MAX (self->reached[s] > 0 ? 2.0 : 0.0, bar_w * fraction);
      g_autofree char *count = g_strdup_printf ("%" G_GINT64_FORMAT, self->reached[s]);
      g_autofree char *number = NULL;

      zs_chart_set_series_color (cr, 0, 1.0 - 0.12 * s);
      cairo_rectangle (cr, bar_left + (bar_w - w_bar) / 2, y + 3, w_bar, row_h - 6);
      cairo_fill (cr);

      gdk_cairo_set_source_rgba (cr, &fg);
      show_text (cr, layout, zs_stage_get_label (s), label_w, y + row_h / 2, 1.0);

      /* The share of the stage before: how many moved on. */
      if (s == ZS_STAGE_LEAD || self->reached[s - 1] == 0)
        number = g_strdup (count);
      else
        /* TRANSLATORS: beside a funnel bar: projects, and their share of the stage before */
        number = g_strdup_printf (_("%s · %d%%"), count,
                                  (int) (100.0 * self->reached[s] / self->reached[s - 1] + 0.5));
      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.8);
      show_text (cr, layout, number, bar_left + bar_w + 12, y + row_h / 2, 0.0);
    }

  {
    g_autofree char *count = g_strdup_printf ("%" G_GINT64_FORMAT, self->terminated);

    /* TRANSLATORS: under the stage funnel */
    footer = g_strdup_printf (_("Terminated: %s"), count);
  }
  cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.6);
  show_text (cr, layout, footer, bar_left + bar_w / 2, height - h / 2.0 - 2, 0.5);

  cairo_destroy (cr);
}

static void
zs_funnel_chart_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  zs_chart_measure (orientation, 280, 400, 200, 240, minimum, natural);
}

static void
zs_funnel_chart_class_init (ZsFunnelChartClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->snapshot = zs_funnel_chart_snapshot;
  widget_class->measure = zs_funnel_chart_measure;
  gtk_widget_class_set_css_name (widget_class, "zs-funnel-chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
zs_funnel_chart_init (ZsFunnelChart *self)
{
}

GtkWidget *
zs_funnel_chart_new (void)
{
  return g_object_new (ZS_TYPE_FUNNEL_CHART, NULL);
}

void
zs_funnel_chart_set_report (ZsFunnelChart *self,
                            ZsReport      *report)
{
  g_autoptr(GString) description = g_string_new (NULL);
  gint64 from_here = 0;

  g_return_if_fail (ZS_IS_FUNNEL_CHART (self));

  /* A project in production has passed every stage before it. */
  for (int s = ZS_STAGE_N_ACTIVE - 1; s >= 0; s--)
    {
      from_here += report != NULL ? zs_report_get_stage_count (report, s, NULL) : 0;
      self->reached[s] = from_here;
    }
  self->terminated = report != NULL ? zs_report_get_stage_count (report, ZS_STAGE_TERMINATED, NULL) : 0;

  for (ZsStage s = ZS_STAGE_LEAD; s < ZS_STAGE_N_ACTIVE; s++)
    g_string_append_printf (description, "%s: %" G_GINT64_FORMAT "; ", zs_stage_get_label (s), self->reached[s]);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description->str, -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

gint64
zs_funnel_chart_get_reached (ZsFunnelChart *self,
                             ZsStage        stage)
{
  g_return_val_if_fail (ZS_IS_FUNNEL_CHART (self), 0);
  g_return_val_if_fail (stage < ZS_STAGE_N_ACTIVE, 0);
  return self->reached[stage];
}
