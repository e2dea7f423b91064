/* zs-map.h — the industry map's figures: projects, money, targets and gaps per chain
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-enums.h"
#include "zs-store.h"

G_BEGIN_DECLS

#define ZS_MAP_N_STAGES (ZS_STAGE_TERMINATED + 1)
/* Tile colour levels: 0 for no planned investment, then four steps up to
 * the largest chain's. */
#define ZS_MAP_N_LEVELS 5

typedef struct {
  gint64 chain_id;
  gint64 count[ZS_MAP_N_STAGES];    /* projects at each stage */
  gint64 planned[ZS_MAP_N_STAGES];  /* their planned total investment, 0.01 万元 */
  gint64 funds[ZS_MAP_N_STAGES];    /* their funds in place, 0.01 万元 */
  gint64 targets;                   /* target enterprises (目标企业) */
  gint64 open_gaps;                 /* segments marked 补链, 延链 or 强链 */
} ZsChainFigures;

/* Totals over the projects still counted: every stage but 终止. */
gint64 zs_chain_figures_get_projects (const ZsChainFigures *self);
gint64 zs_chain_figures_get_planned  (const ZsChainFigures *self);
gint64 zs_chain_figures_get_funds    (const ZsChainFigures *self);

/* What the map counts. The unit keeps the projects of that unit and the
 * target enterprises whose responsible person works there. The period
 * (both dates ISO, inclusive) keeps the projects with a stage event dated
 * in it: those that entered the list or moved to another stage then. They
 * are counted at the stage they are at now. Targets and gaps describe the
 * chain and do not depend on the period. */
typedef struct {
  gint64      unit_id;  /* 0: every unit */
  const char *from;     /* NULL with @to: any time */
  const char *to;
} ZsMapFilter;

typedef struct _ZsMapFigures ZsMapFigures;

/* The figures of every chain, from three grouped queries whatever the
 * number of chains or projects. */
ZsMapFigures         *zs_map_figures_compute         (ZsStore           *store,
                                                      const ZsMapFilter *filter,
                                                      GError           **error);
/* Never NULL: a chain with nothing to count has zeros. Chain id 0 holds
 * the projects that belong to no chain. */
const ZsChainFigures *zs_map_figures_get             (ZsMapFigures      *self,
                                                      gint64             chain_id);
/* The largest planned investment of any one chain. */
gint64                zs_map_figures_get_max_planned (ZsMapFigures      *self);
/* The colour level (0 … ZS_MAP_N_LEVELS - 1) of a chain with @planned. */
guint                 zs_map_figures_get_level       (ZsMapFigures      *self,
                                                      gint64             planned);
/* The largest planned investment that still has @level (1 … 4); 0 for level 0. */
gint64                zs_map_figures_get_level_limit (ZsMapFigures      *self,
                                                      guint              level);
/* The figures do not change once computed; tiles share them. */
ZsMapFigures         *zs_map_figures_ref             (ZsMapFigures      *self);
void                  zs_map_figures_unref           (ZsMapFigures      *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZsMapFigures, zs_map_figures_unref)

G_END_DECLS
