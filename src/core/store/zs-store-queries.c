/* zs-store-queries.c — finding, counting and totalling records
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * A ZsQuery says which records and in which order without the engine's
 * language; the backend answers it in one pass. The totals a summary
 * screen shows are one question of the whole table rather than one per
 * tile.
 */
#include "config.h"

#include "zs-store-private.h"

GArray *
zs_store_query (ZsStore  *self,
                ZsQuery  *query,
                GError  **error)
{
  g_return_val_if_fail (ZS_IS_STORE (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  return self->ops->query (self->backend, query, error);
}

gint64
zs_store_count (ZsStore  *self,
                ZsQuery  *query,
                GError  **error)
{
  gint64 n = 0;

  g_return_val_if_fail (ZS_IS_STORE (self), 0);
  g_return_val_if_fail (query != NULL, 0);

  if (!self->ops->count (self->backend, query, &n, error))
    return 0;
  return n;
}

gboolean
zs_store_aggregate (ZsStore      *self,
                    ZsQuery      *query,
                    const guint  *fields,
                    guint         n_fields,
                    gint64       *count,
                    gint64       *sums,
                    GError      **error)
{
  g_return_val_if_fail (ZS_IS_STORE (self), FALSE);
  g_return_val_if_fail (query != NULL, FALSE);
  g_return_val_if_fail (n_fields == 0 || (fields != NULL && sums != NULL), FALSE);

  return self->ops->aggregate (self->backend, query, fields, n_fields, count, sums, error);
}

gint64
zs_store_sum (ZsStore  *self,
              ZsQuery  *query,
              guint     field,
              GError  **error)
{
  gint64 sum = 0;

  zs_store_aggregate (self, query, &field, 1, NULL, &sum, error);
  return sum;
}

GArray *
zs_store_aggregate_grouped (ZsStore      *self,
                            ZsQuery      *query,
                            const guint  *group_fields,
                            guint         n_group_fields,
                            const guint  *sum_fields,
                            guint         n_sum_fields,
                            GError      **error)
{
  g_return_val_if_fail (ZS_IS_STORE (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);
  g_return_val_if_fail (n_group_fields >= 1 && n_group_fields <= ZS_AGGREGATE_MAX_KEYS, NULL);
  g_return_val_if_fail (n_sum_fields <= ZS_AGGREGATE_MAX_SUMS, NULL);

  return self->ops->aggregate_grouped (self->backend, query, group_fields, n_group_fields,
                                       sum_fields, n_sum_fields, error);
}

GArray *
zs_store_aggregate_by (ZsStore  *self,
                       ZsQuery  *query,
                       guint     group_field,
                       guint     sum_field,
                       GError  **error)
{
  g_autoptr(GArray) rows = zs_store_aggregate_grouped (self, query, &group_field, 1, &sum_field, 1, error);
  GArray *totals;

  if (rows == NULL)
    return NULL;
  totals = g_array_sized_new (FALSE, FALSE, sizeof (ZsGroupTotal), rows->len);
  for (guint i = 0; i < rows->len; i++)
    {
      const ZsAggregateRow *row = &g_array_index (rows, ZsAggregateRow, i);
      ZsGroupTotal total = { row->keys[0], row->count, row->sums[0] };

      g_array_append_val (totals, total);
    }
  return totals;
}

GPtrArray *
zs_store_query_partitioned (ZsStore  *self,
                            ZsQuery  *query,
                            guint     partition_field,
                            guint     n_partitions,
                            int       sum_field,
                            gint64   *sums,
                            GError  **error)
{
  g_return_val_if_fail (ZS_IS_STORE (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  return self->ops->query_partitioned (self->backend, query, partition_field, n_partitions,
                                       sum_field, sums, NULL, error);
}

GPtrArray *
zs_store_query_partitioned_values (ZsStore    *self,
                                   ZsQuery    *query,
                                   guint       partition_field,
                                   guint       n_partitions,
                                   guint       value_field,
                                   GPtrArray **values,
                                   GError    **error)
{
  g_autoptr(GPtrArray) row_values = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  g_autofree gint64 *sums = g_new0 (gint64, n_partitions);
  GPtrArray *parts;

  g_return_val_if_fail (ZS_IS_STORE (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);
  g_return_val_if_fail (values != NULL, NULL);

  for (guint i = 0; i < n_partitions; i++)
    g_ptr_array_add (row_values, g_array_new (FALSE, FALSE, sizeof (gint64)));
  parts = self->ops->query_partitioned (self->backend, query, partition_field, n_partitions,
                                        (int) value_field, sums, row_values, error);
  if (parts != NULL)
    *values = g_steal_pointer (&row_values);
  return parts;
}

GArray *
zs_store_search_ids (ZsStore     *self,
                     GType        type,
                     const char  *search,
                     GArray     **first,
                     GError     **error)
{
  g_return_val_if_fail (ZS_IS_STORE (self), NULL);
  g_return_val_if_fail (first != NULL, NULL);

  *first = NULL;
  if (self->ops->search_ids == NULL || search == NULL)
    return NULL;
  return self->ops->search_ids (self->backend, type, search, first, error);
}

GHashTable *
zs_store_latest_by (ZsStore  *self,
                    ZsQuery  *query,
                    guint     group_field,
                    guint     field,
                    GError  **error)
{
  g_return_val_if_fail (ZS_IS_STORE (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  return self->ops->latest_by (self->backend, query, group_field, field, error);
}

gint64
zs_store_count_all (ZsStore  *self,
                    GType     type,
                    GError  **error)
{
  g_return_val_if_fail (ZS_IS_STORE (self), -1);
  g_return_val_if_fail (g_type_is_a (type, ZS_TYPE_RECORD), -1);

  return self->ops->count_all (self->backend, type, error);
}
