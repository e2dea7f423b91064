/* zs-map-page.h — the industry map (产业图谱) and the target-enterprise ledger
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <gtk/gtk.h>

#include "zs-core.h"
#include "zs-page.h"
#include "zs-map-group.h"
#include "zs-target-ledger.h"

G_BEGIN_DECLS

#define ZS_TYPE_MAP_PAGE (zs_map_page_get_type ())
G_DECLARE_FINAL_TYPE (ZsMapPage, zs_map_page, ZS, MAP_PAGE, ZsPage)

/* Any time: the period filter is off. */
#define ZS_MAP_PAGE_ANY_TIME (-1)

/* "map" or "targets". */
void            zs_map_page_show_view     (ZsMapPage  *self,
                                           const char *view);
const char     *zs_map_page_get_view      (ZsMapPage  *self);
/* 0 for every unit. */
void            zs_map_page_set_unit      (ZsMapPage  *self,
                                           gint64      unit_id);
/* A ZsPeriodKind (this week, month…) or ZS_MAP_PAGE_ANY_TIME. */
void            zs_map_page_set_period    (ZsMapPage  *self,
                                           int         period);
/* What the tiles show now. */
ZsMapFigures   *zs_map_page_get_figures   (ZsMapPage  *self);
guint           zs_map_page_get_n_groups  (ZsMapPage  *self);
ZsMapGroup     *zs_map_page_get_group     (ZsMapPage  *self,
                                           guint       position);
ZsChainTile    *zs_map_page_find_tile     (ZsMapPage  *self,
                                           gint64      chain_id);
ZsTargetLedger *zs_map_page_get_targets   (ZsMapPage  *self);
/* The colour legend's labels, level by level, joined by " | ". */
char           *zs_map_page_get_legend    (ZsMapPage  *self);
/* Opens the dialog for a new chain or track in @group; returns it. */
GtkWidget      *zs_map_page_add_chain     (ZsMapPage    *self,
                                           ZsChainGroup *group);

G_END_DECLS
