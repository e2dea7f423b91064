/* zs-kpi-tile.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <gtk/gtk.h>

#include "zs-core.h"

G_BEGIN_DECLS

#define ZS_TYPE_KPI_TILE (zs_kpi_tile_get_type ())
G_DECLARE_FINAL_TYPE (ZsKpiTile, zs_kpi_tile, ZS, KPI_TILE, GtkWidget)

ZsKpiTile  *zs_kpi_tile_new            (ZsKpi         kpi);
/* A tile of foreign capital (万美元): the period and the year, no target. */
ZsKpiTile  *zs_kpi_tile_new_foreign    (ZsForeign     which);
ZsKpi       zs_kpi_tile_get_kpi        (ZsKpiTile    *self);
/* Shows @line's figure for the period and its year against the target;
 * NULL while the figures are being worked out. */
void        zs_kpi_tile_set_line       (ZsKpiTile    *self,
                                        ZsReportLine *line);
const char *zs_kpi_tile_get_value_text (ZsKpiTile    *self);
const char *zs_kpi_tile_get_detail_text (ZsKpiTile   *self);

G_END_DECLS
