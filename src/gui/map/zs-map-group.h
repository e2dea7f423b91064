/* zs-map-group.h — one group of the industry map: its header and its tiles
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <gtk/gtk.h>

#include "zs-chain-tile.h"
#include "zs-core.h"

G_BEGIN_DECLS

#define ZS_TYPE_MAP_GROUP (zs_map_group_get_type ())
G_DECLARE_FINAL_TYPE (ZsMapGroup, zs_map_group, ZS, MAP_GROUP, GtkWidget)

/* The chains of @group in catalogue order, a tile each. Activating a tile
 * emits ::chain-activated; the add button ::add-chain. */
GtkWidget    *zs_map_group_new           (ZsStore      *store,
                                          ZsChainGroup *group);
ZsChainGroup *zs_map_group_get_group     (ZsMapGroup   *self);
void          zs_map_group_set_figures   (ZsMapGroup   *self,
                                          ZsMapFigures *figures);
guint         zs_map_group_get_n_tiles   (ZsMapGroup   *self);
ZsChainTile  *zs_map_group_get_tile      (ZsMapGroup   *self,
                                          guint         position);
/* "12 / 19" */
const char   *zs_map_group_get_count_text (ZsMapGroup  *self);
/* The add button's label, NULL when the group is full and it is hidden. */
const char   *zs_map_group_get_add_text  (ZsMapGroup   *self);

G_END_DECLS
