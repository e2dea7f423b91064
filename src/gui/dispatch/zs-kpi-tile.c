/* zs-kpi-tile.c — one indicator of the dispatch dashboard: the period's
 * figure, and the year's against the annual target
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zs-kpi-tile.h"
#include "zs-ui-util.h"

struct _ZsKpiTile
{
  GtkWidget       parent_instance;

  ZsKpi           kpi;
  int             foreign;  /* a ZsForeign figure in 万美元, or -1 */

  GtkLabel       *title_label;
  GtkLabel       *value_label;
  GtkLevelBar    *progress_bar;
  GtkLabel       *detail_label;
};

G_DEFINE_FINAL_TYPE (ZsKpiTile, zs_kpi_tile, GTK_TYPE_WIDGET)

static void
zs_kpi_tile_dispose (GObject *object)
{
  zs_widget_dispose_template (GTK_WIDGET (object), ZS_TYPE_KPI_TILE);

  G_OBJECT_CLASS (zs_kpi_tile_parent_class)->dispose (object);
}

static void
zs_kpi_tile_class_init (ZsKpiTileClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zs_kpi_tile_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "zs-kpi-tile");
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/zs-kpi-tile.ui");
  gtk_widget_class_bind_template_child (widget_class, ZsKpiTile, title_label);
  gtk_widget_class_bind_template_child (widget_class, ZsKpiTile, value_label);
  gtk_widget_class_bind_template_child (widget_class, ZsKpiTile, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, ZsKpiTile, detail_label);
}

static void
zs_kpi_tile_init (ZsKpiTile *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Past the target is still a full bar; the text says by how much. */
  gtk_level_bar_set_max_value (self->progress_bar, 1.0);
}

ZsKpiTile *
zs_kpi_tile_new (ZsKpi kpi)
{
  ZsKpiTile *self = g_object_new (ZS_TYPE_KPI_TILE, NULL);

  self->kpi = kpi;
  self->foreign = -1;
  gtk_label_set_text (self->title_label, zs_kpi_get_label (kpi));
  zs_kpi_tile_set_line (self, NULL);
  return self;
}

ZsKpiTile *
zs_kpi_tile_new_foreign (ZsForeign which)
{
  ZsKpiTile *self = g_object_new (ZS_TYPE_KPI_TILE, NULL);

  self->foreign = (int) which;
  gtk_label_set_text (self->title_label, zs_foreign_get_label (which));
  zs_kpi_tile_set_line (self, NULL);
  return self;
}

ZsKpi
zs_kpi_tile_get_kpi (ZsKpiTile *self)
{
  g_return_val_if_fail (ZS_IS_KPI_TILE (self), 0);
  return self->kpi;
}

void
zs_kpi_tile_set_line (ZsKpiTile    *self,
                      ZsReportLine *line)
{
  g_autofree char *value = NULL;
  g_autofree char *year = NULL;
  g_autofree char *target = NULL;
  g_autofree char *progress = NULL;
  g_autofree char *detail = NULL;
  double fraction;

  g_return_if_fail (ZS_IS_KPI_TILE (self));

  if (line == NULL)
    {
      gtk_label_set_text (self->value_label, "…");
      gtk_label_set_text (self->detail_label, "");
      gtk_level_bar_set_value (self->progress_bar, 0);
      return;
    }

  /* Foreign capital: 万美元, never ranked, no target. */
  if (self->foreign >= 0)
    {
      value = zs_format_dollars (zs_report_line_get_foreign (line, self->foreign, FALSE));
      year = zs_format_dollars (zs_report_line_get_foreign (line, self->foreign, TRUE));
      detail = g_strdup_printf (_("This year %s · no target"), year);
      gtk_label_set_text (self->value_label, value);
      gtk_label_set_text (self->detail_label, detail);
      gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), FALSE);
      return;
    }

  value = zs_kpi_format (self->kpi, zs_report_line_get_value (line, self->kpi));
  year = zs_kpi_format (self->kpi, zs_report_line_get_year_value (line, self->kpi));
  gtk_label_set_text (self->value_label, value);

  fraction = zs_report_line_get_progress (line, self->kpi);
  if (fraction < 0)
    /* TRANSLATORS: under a dashboard figure: the year so far, when there is no target */
    detail = g_strdup_printf (_("This year %s · no target"), year);
  else
    {
      target = zs_kpi_format (self->kpi, zs_report_line_get_target (line, self->kpi));
      progress = zs_report_line_format_progress (line, self->kpi);
      /* TRANSLATORS: under a dashboard figure: "this year 12 of 20 · 60%" */
      detail = g_strdup_printf (_("This year %s of %s · %s"), year, target, progress);
    }
  gtk_label_set_text (self->detail_label, detail);
  gtk_level_bar_set_value (self->progress_bar, CLAMP (fraction, 0.0, 1.0));
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), fraction >= 0);
}

const char *
zs_kpi_tile_get_value_text (ZsKpiTile *self)
{
  g_return_val_if_fail (ZS_IS_KPI_TILE (self), NULL);
  return gtk_label_get_text (self->value_label);
}

const char *
zs_kpi_tile_get_detail_text (ZsKpiTile *self)
{
  g_return_val_if_fail (ZS_IS_KPI_TILE (self), NULL);
  return gtk_label_get_text (self->detail_label);
}
