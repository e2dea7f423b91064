/* zs-open-obstacles.c — the open obstacles of every project, counted at once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Each board card says how many open obstacles its project has. A count
 * per card was a query per card each time a filter refilled the columns;
 * here one grouped query (an index of step 023 answers it) counts them
 * all, and runs again only when obstacles change.
 */
#include "config.h"

#include "zs-open-obstacles.h"
#include "zs-obstacle.h"

struct _ZsOpenObstacles
{
  GObject     parent_instance;

  ZsStore    *store;
  GHashTable *counts;     /* project id → open obstacles; NULL until asked */
  guint       reload_id;
};

G_DEFINE_FINAL_TYPE (ZsOpenObstacles, zs_open_obstacles, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GHashTable *
count_all (ZsOpenObstacles *self)
{
  g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_OBSTACLE);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) rows = NULL;
  const guint by_project = ZS_OBSTACLE_PROJECT_ID;
  GHashTable *counts = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);

  zs_query_add_int (query, ZS_OBSTACLE_STATE, ZS_QUERY_EQ, ZS_OBSTACLE_OPEN);
  rows = zs_store_aggregate_grouped (self->store, query, &by_project, 1, NULL, 0, &error);
  if (rows == NULL)
    {
      g_warning ("Cannot count the open obstacles: %s", error->message);
      return counts;
    }
  for (guint i = 0; i < rows->len; i++)
    {
      const ZsAggregateRow *row = &g_array_index (rows, ZsAggregateRow, i);

      g_hash_table_insert (counts, g_memdup2 (&row->keys[0], sizeof (gint64)),
                           g_memdup2 (&row->count, sizeof (gint64)));
    }
  return counts;
}

static gboolean
same_counts (GHashTable *a,
             GHashTable *b)
{
  GHashTableIter iter;
  gpointer key, value;

  if (g_hash_table_size (a) != g_hash_table_size (b))
    return FALSE;
  g_hash_table_iter_init (&iter, a);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      gint64 *other = g_hash_table_lookup (b, key);

      if (other == NULL || *other != *(gint64 *) value)
        return FALSE;
    }
  return TRUE;
}

static gboolean
reload (gpointer data)
{
  ZsOpenObstacles *self = data;
  GHashTable *counts;
  gboolean same;

  self->reload_id = 0;
  if (self->counts == NULL)
    return G_SOURCE_REMOVE;
  counts = count_all (self);
  same = same_counts (counts, self->counts);
  g_hash_table_unref (self->counts);
  self->counts = counts;
  if (!same)
    g_signal_emit (self, signals[CHANGED], 0);
  return G_SOURCE_REMOVE;
}

static void
on_store_changed (ZsStore         *store,
                  GType            type,
                  gint64           id,
                  ZsOpenObstacles *self)
{
  /* G_TYPE_NONE: another program's commit, or an undo of anything. */
  if (type != ZS_TYPE_OBSTACLE && type != G_TYPE_NONE)
    return;
  /* Once after a burst of changes, before the cards are drawn again. */
  if (self->reload_id == 0 && self->counts != NULL)
    self->reload_id = g_idle_add_full (G_PRIORITY_DEFAULT, reload, self, NULL);
}

static void
zs_open_obstacles_dispose (GObject *object)
{
  ZsOpenObstacles *self = ZS_OPEN_OBSTACLES (object);

  g_clear_handle_id (&self->reload_id, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_pointer (&self->counts, g_hash_table_unref);

  G_OBJECT_CLASS (zs_open_obstacles_parent_class)->dispose (object);
}

static void
zs_open_obstacles_class_init (ZsOpenObstaclesClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = zs_open_obstacles_dispose;

  /**
   * ZsOpenObstacles::changed:
   *
   * A project's count of open obstacles changed.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
zs_open_obstacles_init (ZsOpenObstacles *self)
{
}

ZsOpenObstacles *
zs_open_obstacles_new (ZsStore *store)
{
  ZsOpenObstacles *self;

  g_return_val_if_fail (ZS_IS_STORE (store), NULL);

  self = g_object_new (ZS_TYPE_OPEN_OBSTACLES, NULL);
  self->store = g_object_ref (store);
  g_signal_connect (store, "changed", G_CALLBACK (on_store_changed), self);
  return self;
}

gint64
zs_open_obstacles_get (ZsOpenObstacles *self,
                       gint64           project_id)
{
  gint64 *count;

  g_return_val_if_fail (ZS_IS_OPEN_OBSTACLES (self), 0);

  if (self->counts == NULL)
    self->counts = count_all (self);
  count = g_hash_table_lookup (self->counts, &project_id);
  return count != NULL ? *count : 0;
}
