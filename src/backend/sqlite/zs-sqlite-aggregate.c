/* zs-store-aggregate.c — counts and sums grouped by several fields
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * A summary screen asks one question of the whole table rather than one per
 * tile: "how many projects and how much money per chain and stage" is one
 * GROUP BY, whatever the number of chains.
 */
#include "config.h"

#include "zs-query-private.h"
#include "zs-store-private.h"

GArray *
zs_store_aggregate_grouped (ZsStore      *self,
                            ZsQuery      *query,
                            const guint  *group_fields,
                            guint         n_group_fields,
                            const guint  *sum_fields,
                            guint         n_sum_fields,
                            GError      **error)
{
  g_autoptr(GTypeClass) type_class = NULL;
  ZsRecordClass *klass;
  g_autoptr(GString) select = g_string_new (NULL);
  g_autoptr(GString) group_by = g_string_new (NULL);
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(GArray) binds = zs_store_binds_new ();
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (ZsAggregateRow));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (ZS_IS_STORE (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);
  g_return_val_if_fail (n_group_fields >= 1 && n_group_fields <= ZS_AGGREGATE_MAX_KEYS, NULL);
  g_return_val_if_fail (n_sum_fields <= ZS_AGGREGATE_MAX_SUMS, NULL);

  type_class = g_type_class_ref (query->record_type);
  klass = ZS_RECORD_CLASS (type_class);

  /* Column names come from the static field tables, never from users. */
  for (guint i = 0; i < n_group_fields; i++)
    {
      g_autofree char *col = NULL;

      g_return_val_if_fail (group_fields[i] < klass->n_fields, NULL);
      col = zs_store_column_name (&klass->fields[group_fields[i]]);
      g_string_append_printf (select, "coalesce(%s, 0), ", col);
      g_string_append_printf (group_by, "%s%s", i ? ", " : "", col);
    }
  g_string_append (select, "count(*)");
  for (guint i = 0; i < n_sum_fields; i++)
    {
      g_autofree char *col = NULL;

      g_return_val_if_fail (sum_fields[i] < klass->n_fields, NULL);
      col = zs_store_column_name (&klass->fields[sum_fields[i]]);
      g_string_append_printf (select, ", coalesce(sum(%s), 0)", col);
    }

  zs_store_append_query_sql (sql, binds, query, select->str);
  g_string_append_printf (sql, " GROUP BY %s", group_by->str);

  stmt = zs_store_prepare (self, sql->str, error);
  if (stmt == NULL)
    return NULL;
  zs_store_bind_all (stmt, binds);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ZsAggregateRow row = { { 0 }, 0, { 0 } };
      int column = 0;

      for (guint i = 0; i < n_group_fields; i++)
        row.keys[i] = sqlite3_column_int64 (stmt, column++);
      row.count = sqlite3_column_int64 (stmt, column++);
      for (guint i = 0; i < n_sum_fields; i++)
        row.sums[i] = sqlite3_column_int64 (stmt, column++);
      g_array_append_val (rows, row);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      zs_store_set_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&rows);
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
  g_autoptr(GTypeClass) type_class = g_type_class_ref (query->record_type);
  ZsRecordClass *klass = ZS_RECORD_CLASS (type_class);
  g_autoptr(GString) select = g_string_new ("count(*)");
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (ZS_IS_STORE (self), FALSE);

  for (guint i = 0; i < n_fields; i++)
    {
      g_autofree char *col = NULL;

      g_return_val_if_fail (fields[i] < klass->n_fields, FALSE);
      col = zs_store_column_name (&klass->fields[fields[i]]);
      g_string_append_printf (select, ", coalesce(sum(%s), 0)", col);
    }

  stmt = zs_store_prepare_query (self, query, select->str, FALSE, error);
  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      if (count != NULL)
        *count = sqlite3_column_int64 (stmt, 0);
      for (guint i = 0; i < n_fields; i++)
        sums[i] = sqlite3_column_int64 (stmt, (int) i + 1);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW)
    {
      zs_store_set_error (self, rc, error);
      return FALSE;
    }
  return TRUE;
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

GHashTable *
zs_store_latest_by (ZsStore  *self,
                    ZsQuery  *query,
                    guint     group_field,
                    guint     field,
                    GError  **error)
{
  g_autoptr(GTypeClass) type_class = g_type_class_ref (query->record_type);
  ZsRecordClass *klass = ZS_RECORD_CLASS (type_class);
  g_autofree char *group_col = NULL;
  g_autofree char *col = NULL;
  g_autofree char *select = NULL;
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(GArray) binds = zs_store_binds_new ();
  g_autoptr(GHashTable) latest = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (ZS_IS_STORE (self), NULL);
  g_return_val_if_fail (group_field < klass->n_fields && field < klass->n_fields, NULL);

  group_col = zs_store_column_name (&klass->fields[group_field]);
  col = zs_store_column_name (&klass->fields[field]);
  select = g_strdup_printf ("%s, max(%s)", group_col, col);
  zs_store_append_query_sql (sql, binds, query, select);
  g_string_append_printf (sql, " AND %s IS NOT NULL AND %s IS NOT NULL GROUP BY %s", group_col, col, group_col);

  stmt = zs_store_prepare (self, sql->str, error);
  if (stmt == NULL)
    return NULL;
  zs_store_bind_all (stmt, binds);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 key = sqlite3_column_int64 (stmt, 0);

      g_hash_table_insert (latest, g_memdup2 (&key, sizeof key),
                           g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      zs_store_set_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&latest);
}
