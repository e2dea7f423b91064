/* zs-chain-tile.h — one chain on the industry map
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <gtk/gtk.h>

#include "zs-core.h"

G_BEGIN_DECLS

#define ZS_TYPE_CHAIN_TILE (zs_chain_tile_get_type ())
G_DECLARE_FINAL_TYPE (ZsChainTile, zs_chain_tile, ZS, CHAIN_TILE, GtkWidget)

GtkWidget            *zs_chain_tile_new          (ZsChain         *chain);
ZsChain              *zs_chain_tile_get_chain    (ZsChainTile     *self);
/* Shows @figures (copied) with the colour of @level (0 … ZS_MAP_N_LEVELS - 1). */
void                  zs_chain_tile_set_figures  (ZsChainTile     *self,
                                                  const ZsChainFigures *figures,
                                                  guint            level);
const ZsChainFigures *zs_chain_tile_get_figures  (ZsChainTile     *self);
guint                 zs_chain_tile_get_level    (ZsChainTile     *self);
/* Everything the tile shows, in one sentence: its accessible label. */
const char           *zs_chain_tile_get_summary  (ZsChainTile     *self);

G_END_DECLS
