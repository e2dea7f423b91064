/* zs-sqlite-aggregate.c — counts and sums grouped by several fields
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
#include "zs-sqlite-private.h"

static GArray *
aggregate_grouped (ZsStoreBackend  *backend,
                   ZsQuery         *query,
                   const guint     *group_fields,
                   guint            n_group_fields,
                   const guint     *sum_fields,
                   guint            n_sum_fields,
                   GError         **error)
{
  ZsSqliteBackend *self = ZS_SQLITE (backend);
  g_autoptr(GTypeClass) type_class = NULL;
  ZsRecordClass *klass;
  g_autoptr(GString) select = g_string_new (NULL);
  g_autoptr(GString) group_by = g_string_new (NULL);
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(GArray) binds = zs_sqlite_binds_new ();
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (ZsAggregateRow));
  sqlite3_stmt *stmt;
  int rc;

  type_class = g_type_class_ref (query->record_type);
  klass = ZS_RECORD_CLASS (type_class);

  /* Column names come from the static field tables, never from users. */
  for (guint i = 0; i < n_group_fields; i++)
    {
      g_autofree char *col = NULL;

      g_return_val_if_fail (group_fields[i] < klass->n_fields, NULL);
      col = zs_sqlite_column_name (&klass->fields[group_fields[i]]);
      g_string_append_printf (select, "coalesce(%s, 0), ", col);
      g_string_append_printf (group_by, "%s%s", i ? ", " : "", col);
    }
  g_string_append (select, "count(*)");
  for (guint i = 0; i < n_sum_fields; i++)
    {
      g_autofree char *col = NULL;

      g_return_val_if_fail (sum_fields[i] < klass->n_fields, NULL);
      col = zs_sqlite_column_name (&klass->fields[sum_fields[i]]);
      g_string_append_printf (select, ", total(%s)", col);
    }

  zs_sqlite_append_query_sql (sql, binds, query, select->str);
  g_string_append_printf (sql, " GROUP BY %s", group_by->str);

  stmt = zs_sqlite_prepare (self, sql->str, error);
  if (stmt == NULL)
    return NULL;
  zs_sqlite_bind_all (stmt, binds);

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
      zs_sqlite_set_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&rows);
}

static gboolean
aggregate (ZsStoreBackend  *backend,
           ZsQuery         *query,
           const guint     *fields,
           guint            n_fields,
           gint64          *count,
           gint64          *sums,
           GError         **error)
{
  ZsSqliteBackend *self = ZS_SQLITE (backend);
  g_autoptr(GTypeClass) type_class = g_type_class_ref (query->record_type);
  ZsRecordClass *klass = ZS_RECORD_CLASS (type_class);
  g_autoptr(GString) select = g_string_new ("count(*)");
  sqlite3_stmt *stmt;
  int rc;

  for (guint i = 0; i < n_fields; i++)
    {
      g_autofree char *col = NULL;

      g_return_val_if_fail (fields[i] < klass->n_fields, FALSE);
      col = zs_sqlite_column_name (&klass->fields[fields[i]]);
      g_string_append_printf (select, ", total(%s)", col);
    }

  stmt = zs_sqlite_prepare_query (self, query, select->str, FALSE, error);
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
      zs_sqlite_set_error (self, rc, error);
      return FALSE;
    }
  return TRUE;
}

static GHashTable *
latest_by (ZsStoreBackend  *backend,
           ZsQuery         *query,
           guint            group_field,
           guint            field,
           GError         **error)
{
  ZsSqliteBackend *self = ZS_SQLITE (backend);
  g_autoptr(GTypeClass) type_class = g_type_class_ref (query->record_type);
  ZsRecordClass *klass = ZS_RECORD_CLASS (type_class);
  g_autofree char *group_col = NULL;
  g_autofree char *col = NULL;
  g_autofree char *select = NULL;
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(GArray) binds = zs_sqlite_binds_new ();
  g_autoptr(GHashTable) latest = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (group_field < klass->n_fields && field < klass->n_fields, NULL);

  group_col = zs_sqlite_column_name (&klass->fields[group_field]);
  col = zs_sqlite_column_name (&klass->fields[field]);
  select = g_strdup_printf ("%s, max(%s)", group_col, col);
  zs_sqlite_append_query_sql (sql, binds, query, select);
  g_string_append_printf (sql, " AND %s IS NOT NULL AND %s IS NOT NULL GROUP BY %s", group_col, col, group_col);

  stmt = zs_sqlite_prepare (self, sql->str, error);
  if (stmt == NULL)
    return NULL;
  zs_sqlite_bind_all (stmt, binds);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 key = sqlite3_column_int64 (stmt, 0);

      g_hash_table_insert (latest, g_memdup2 (&key, sizeof key),
                           g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      zs_sqlite_set_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&latest);
}

void
zs_sqlite_aggregate_class_init (ZsStoreBackendClass *klass)
{
  klass->aggregate = aggregate;
  klass->aggregate_grouped = aggregate_grouped;
  klass->latest_by = latest_by;
}
