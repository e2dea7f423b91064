/* zs-map.c — the industry map's figures
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Three questions fill the whole map, whatever its size: projects and money
 * per chain and stage, target enterprises per chain, and open gaps per
 * chain. Tiles look their chain up here instead of asking the store.
 */
#include "config.h"

#include "zs-map.h"
#include "zs-records.h"

struct _ZsMapFigures
{
  GHashTable     *chains;        /* gint64 chain id → ZsChainFigures */
  ZsChainFigures  empty;
  gint64          max_planned;
};

gint64
zs_chain_figures_get_projects (const ZsChainFigures *self)
{
  gint64 n = 0;

  for (guint s = 0; s < ZS_STAGE_TERMINATED; s++)
    n += self->count[s];
  return n;
}

gint64
zs_chain_figures_get_planned (const ZsChainFigures *self)
{
  gint64 n = 0;

  for (guint s = 0; s < ZS_STAGE_TERMINATED; s++)
    n += self->planned[s];
  return n;
}

gint64
zs_chain_figures_get_funds (const ZsChainFigures *self)
{
  gint64 n = 0;

  for (guint s = 0; s < ZS_STAGE_TERMINATED; s++)
    n += self->funds[s];
  return n;
}

static ZsChainFigures *
lookup_or_add (ZsMapFigures *self,
               gint64        chain_id)
{
  ZsChainFigures *figures = g_hash_table_lookup (self->chains, &chain_id);

  if (figures == NULL)
    {
      figures = g_new0 (ZsChainFigures, 1);
      figures->chain_id = chain_id;
      g_hash_table_insert (self->chains, &figures->chain_id, figures);
    }
  return figures;
}

static gboolean
add_projects (ZsMapFigures       *self,
              ZsStore            *store,
              const ZsMapFilter  *filter,
              GError            **error)
{
  static const guint groups[] = { ZS_PROJECT_CHAIN_ID, ZS_PROJECT_STAGE };
  static const guint sums[] = { ZS_PROJECT_PLANNED_INVESTMENT, ZS_PROJECT_FUNDS_IN_PLACE };
  g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_PROJECT);
  g_autoptr(GArray) rows = NULL;

  if (filter != NULL && filter->unit_id != 0)
    zs_query_add_int (query, ZS_PROJECT_UNIT_ID, ZS_QUERY_EQ, filter->unit_id);
  if (filter != NULL && filter->from != NULL && filter->to != NULL)
    {
      /* Stage events are the history: "moved in March" is a question
       * about them, not about today's dates on the project. */
      g_autoptr(ZsQuery) events = zs_query_new (ZS_TYPE_STAGE_EVENT);

      zs_query_add_string (events, ZS_STAGE_EVENT_DATE, ZS_QUERY_GE, filter->from);
      zs_query_add_string (events, ZS_STAGE_EVENT_DATE, ZS_QUERY_LE, filter->to);
      zs_query_add_subquery (query, -1, events, ZS_STAGE_EVENT_PROJECT_ID);
    }

  rows = zs_store_aggregate_grouped (store, query, groups, G_N_ELEMENTS (groups),
                                     sums, G_N_ELEMENTS (sums), error);
  if (rows == NULL)
    return FALSE;

  for (guint i = 0; i < rows->len; i++)
    {
      const ZsAggregateRow *row = &g_array_index (rows, ZsAggregateRow, i);
      ZsChainFigures *figures;

      if (row->keys[1] < 0 || row->keys[1] >= ZS_MAP_N_STAGES)
        continue;
      figures = lookup_or_add (self, row->keys[0]);
      figures->count[row->keys[1]] += row->count;
      figures->planned[row->keys[1]] += row->sums[0];
      figures->funds[row->keys[1]] += row->sums[1];
    }
  return TRUE;
}

/* Counts per chain of the records @query keeps, into the field at @offset
 * of each chain's figures. */
static gboolean
add_counts (ZsMapFigures  *self,
            ZsStore       *store,
            ZsQuery       *query,
            guint          chain_field,
            gsize          offset,
            GError       **error)
{
  g_autoptr(GArray) rows = zs_store_aggregate_grouped (store, query, &chain_field, 1, NULL, 0, error);

  if (rows == NULL)
    return FALSE;
  for (guint i = 0; i < rows->len; i++)
    {
      const ZsAggregateRow *row = &g_array_index (rows, ZsAggregateRow, i);
      ZsChainFigures *figures;

      if (row->keys[0] == 0)
        continue;
      figures = lookup_or_add (self, row->keys[0]);
      G_STRUCT_MEMBER (gint64, figures, offset) += row->count;
    }
  return TRUE;
}

ZsMapFigures *
zs_map_figures_compute (ZsStore            *store,
                        const ZsMapFilter  *filter,
                        GError            **error)
{
  g_autoptr(ZsMapFigures) self = g_rc_box_new0 (ZsMapFigures);
  g_autoptr(ZsQuery) targets = zs_query_new (ZS_TYPE_ENTERPRISE);
  g_autoptr(ZsQuery) gaps = zs_query_new (ZS_TYPE_SEGMENT);
  GHashTableIter iter;
  ZsChainFigures *figures;

  g_return_val_if_fail (ZS_IS_STORE (store), NULL);

  self->chains = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, g_free);

  zs_query_add_int (targets, ZS_ENTERPRISE_ROLE, ZS_QUERY_EQ, ZS_ROLE_TARGET);
  if (filter != NULL && filter->unit_id != 0)
    {
      g_autoptr(ZsQuery) people = zs_query_new (ZS_TYPE_PERSON);

      zs_query_add_int (people, ZS_PERSON_UNIT_ID, ZS_QUERY_EQ, filter->unit_id);
      zs_query_add_subquery (targets, ZS_ENTERPRISE_PERSON_ID, people, (guint) -1);
    }
  zs_query_add_int (gaps, ZS_SEGMENT_GAP_KIND, ZS_QUERY_NE, ZS_GAP_NONE);

  /* One read transaction: the three answers describe one moment. */
  if (!zs_store_begin_read (store, error))
    return NULL;
  if (!add_projects (self, store, filter, error) ||
      !add_counts (self, store, targets, ZS_ENTERPRISE_CHAIN_ID, G_STRUCT_OFFSET (ZsChainFigures, targets), error) ||
      !add_counts (self, store, gaps, ZS_SEGMENT_CHAIN_ID, G_STRUCT_OFFSET (ZsChainFigures, open_gaps), error))
    {
      zs_store_rollback (store);
      return NULL;
    }
  if (!zs_store_commit (store, error))
    return NULL;

  g_hash_table_iter_init (&iter, self->chains);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &figures))
    if (figures->chain_id != 0)
      self->max_planned = MAX (self->max_planned, zs_chain_figures_get_planned (figures));

  return g_steal_pointer (&self);
}

const ZsChainFigures *
zs_map_figures_get (ZsMapFigures *self,
                    gint64        chain_id)
{
  const ZsChainFigures *figures;

  g_return_val_if_fail (self != NULL, NULL);

  figures = g_hash_table_lookup (self->chains, &chain_id);
  return figures != NULL ? figures : &self->empty;
}

gint64
zs_map_figures_get_max_planned (ZsMapFigures *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->max_planned;
}

guint
zs_map_figures_get_level (ZsMapFigures *self,
                          gint64        planned)
{
  guint steps = ZS_MAP_N_LEVELS - 1;

  g_return_val_if_fail (self != NULL, 0);

  if (planned <= 0 || self->max_planned <= 0)
    return 0;
  /* Level k holds (max·(k-1)/4, max·k/4]: the largest chain is the
   * darkest, and any investment at all shows. */
  return (guint) MIN ((planned * steps + self->max_planned - 1) / self->max_planned, (gint64) steps);
}

gint64
zs_map_figures_get_level_limit (ZsMapFigures *self,
                                guint         level)
{
  guint steps = ZS_MAP_N_LEVELS - 1;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (level < ZS_MAP_N_LEVELS, 0);

  /* The largest amount whose level is @level, as zs_map_figures_get_level() rounds. */
  return self->max_planned * level / steps;
}

ZsMapFigures *
zs_map_figures_ref (ZsMapFigures *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return g_rc_box_acquire (self);
}

static void
clear_figures (gpointer data)
{
  ZsMapFigures *self = data;

  g_clear_pointer (&self->chains, g_hash_table_unref);
}

void
zs_map_figures_unref (ZsMapFigures *self)
{
  if (self != NULL)
    g_rc_box_release_full (self, clear_figures);
}
