/* zs-pg-aggregate.c — counts and sums, grouped by several fields
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * As zs-sqlite-aggregate.c, one GROUP BY per summary; SQLite's total()
 * (0 over no rows) is coalesce (sum (…), 0) here. Also the dispatch
 * report's narrow rows (zs_store_project_figures() and the events and funds
 * of a span of days), which the report joins in memory.
 */
#include "config.h"

#include "zs-date.h"
#include "zs-query-private.h"
#include "zs-pg-private.h"

static GArray *
aggregate_grouped (ZsStoreBackend  *backend,
                   ZsQuery         *query,
                   const guint     *group_fields,
                   guint            n_group_fields,
                   const guint     *sum_fields,
                   guint            n_sum_fields,
                   GError         **error)
{
  g_autoptr(GTypeClass) type_class = g_type_class_ref (query->record_type);
  ZsRecordClass *klass = ZS_RECORD_CLASS (type_class);
  g_autoptr(GString) select = g_string_new (NULL);
  g_autoptr(GString) group_by = g_string_new (NULL);
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(ZsPgParams) params = zs_pg_params_new ();
  g_autoptr(PGresult) result = NULL;
  GArray *rows;

  for (guint i = 0; i < n_group_fields; i++)
    {
      g_autofree char *col = NULL;

      g_return_val_if_fail (group_fields[i] < klass->n_fields, NULL);
      col = zs_pg_column_name (&klass->fields[group_fields[i]]);
      g_string_append_printf (select, "coalesce(%s, 0), ", col);
      g_string_append_printf (group_by, "%s%s", i ? ", " : "", col);
    }
  g_string_append (select, "count(*)");
  for (guint i = 0; i < n_sum_fields; i++)
    {
      g_autofree char *col = NULL;

      g_return_val_if_fail (sum_fields[i] < klass->n_fields, NULL);
      col = zs_pg_column_name (&klass->fields[sum_fields[i]]);
      g_string_append_printf (select, ", coalesce(sum(%s), 0)", col);
    }

  zs_pg_append_query_sql (sql, params, query, select->str);
  g_string_append_printf (sql, " GROUP BY %s", group_by->str);

  result = zs_pg_run (ZS_PG (backend), sql->str, params, error);
  if (result == NULL)
    return NULL;

  rows = g_array_new (FALSE, TRUE, sizeof (ZsAggregateRow));
  for (int r = 0; r < PQntuples (result); r++)
    {
      ZsAggregateRow row = { { 0 }, 0, { 0 } };
      int column = 0;

      for (guint i = 0; i < n_group_fields; i++)
        row.keys[i] = zs_pg_get_int (result, r, column++);
      row.count = zs_pg_get_int (result, r, column++);
      for (guint i = 0; i < n_sum_fields; i++)
        row.sums[i] = zs_pg_get_int (result, r, column++);
      g_array_append_val (rows, row);
    }
  return rows;
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
  g_autoptr(GTypeClass) type_class = g_type_class_ref (query->record_type);
  ZsRecordClass *klass = ZS_RECORD_CLASS (type_class);
  g_autoptr(GString) select = g_string_new ("count(*)");
  g_autoptr(ZsPgParams) params = zs_pg_params_new ();
  g_autofree char *sql = NULL;
  g_autoptr(PGresult) result = NULL;

  for (guint i = 0; i < n_fields; i++)
    {
      g_autofree char *col = NULL;

      g_return_val_if_fail (fields[i] < klass->n_fields, FALSE);
      col = zs_pg_column_name (&klass->fields[fields[i]]);
      g_string_append_printf (select, ", coalesce(sum(%s), 0)", col);
    }

  sql = zs_pg_query_sql (query, params, select->str, FALSE);
  result = zs_pg_run (ZS_PG (backend), sql, params, error);
  if (result == NULL)
    return FALSE;
  if (count != NULL)
    *count = zs_pg_get_int (result, 0, 0);
  for (guint i = 0; i < n_fields; i++)
    sums[i] = zs_pg_get_int (result, 0, (int) i + 1);
  return TRUE;
}

static GHashTable *
latest_by (ZsStoreBackend  *backend,
           ZsQuery         *query,
           guint            group_field,
           guint            field,
           GError         **error)
{
  g_autoptr(GTypeClass) type_class = g_type_class_ref (query->record_type);
  ZsRecordClass *klass = ZS_RECORD_CLASS (type_class);
  g_autofree char *group_col = NULL;
  g_autofree char *col = NULL;
  g_autofree char *select = NULL;
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(ZsPgParams) params = zs_pg_params_new ();
  g_autoptr(PGresult) result = NULL;
  GHashTable *latest;

  g_return_val_if_fail (group_field < klass->n_fields && field < klass->n_fields, NULL);

  group_col = zs_pg_column_name (&klass->fields[group_field]);
  col = zs_pg_column_name (&klass->fields[field]);
  select = g_strdup_printf ("%s, max(%s)", group_col, col);
  zs_pg_append_query_sql (sql, params, query, select);
  g_string_append_printf (sql, " AND %s IS NOT NULL AND %s IS NOT NULL GROUP BY %s", group_col, col, group_col);

  result = zs_pg_run (ZS_PG (backend), sql->str, params, error);
  if (result == NULL)
    return NULL;

  latest = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  for (int r = 0; r < PQntuples (result); r++)
    {
      gint64 key = zs_pg_get_int (result, r, 0);

      g_hash_table_insert (latest, g_memdup2 (&key, sizeof key), g_strdup (zs_pg_get_text (result, r, 1)));
    }
  return latest;
}

static GArray *
project_figures (ZsStoreBackend  *backend,
                 GError         **error)
{
  g_autoptr(PGresult) result = NULL;
  GArray *rows;

  result = zs_pg_run (ZS_PG (backend),
                      "SELECT id, coalesce(unit_id, 0), coalesce(chain_id, 0), planned_investment, "
                      "contracted_foreign_capital, foreign_capital_used FROM projects ORDER BY id",
                      NULL, error);
  if (result == NULL)
    return NULL;
  rows = g_array_sized_new (FALSE, TRUE, sizeof (ZsProjectFigures), PQntuples (result));
  for (int r = 0; r < PQntuples (result); r++)
    {
      ZsProjectFigures row = {
        zs_pg_get_int (result, r, 0), zs_pg_get_int (result, r, 1), zs_pg_get_int (result, r, 2),
        zs_pg_get_int (result, r, 3), zs_pg_get_int (result, r, 4), zs_pg_get_int (result, r, 5),
      };

      g_array_append_val (rows, row);
    }
  return rows;
}

/* Project, day, and stage or amount a row. */
static GArray *
read_dated (PGresult *result,
            gboolean  with_stage)
{
  GArray *rows = g_array_sized_new (FALSE, TRUE, sizeof (ZsDatedRow), PQntuples (result));

  for (int r = 0; r < PQntuples (result); r++)
    {
      ZsDatedRow row = { 0 };

      row.project_id = zs_pg_get_int (result, r, 0);
      row.day = zs_date_number (zs_pg_get_text (result, r, 1));
      if (with_stage)
        row.stage = (gint32) zs_pg_get_int (result, r, 2);
      else
        row.amount = zs_pg_get_int (result, r, 2);
      g_array_append_val (rows, row);
    }
  return rows;
}

static GArray *
stage_events_between (ZsStoreBackend  *backend,
                      int              first_stage,
                      int              last_stage,
                      const char      *first,
                      const char      *last,
                      GError         **error)
{
  g_autoptr(ZsPgParams) params = zs_pg_params_new ();
  g_autoptr(PGresult) result = NULL;

  zs_pg_params_add_int (params, first_stage);
  zs_pg_params_add_int (params, last_stage);
  zs_pg_params_add_text (params, first);
  zs_pg_params_add_text (params, last);
  result = zs_pg_run (ZS_PG (backend),
                      "SELECT project_id, date, to_stage FROM stage_events "
                      "WHERE to_stage >= $1 AND to_stage <= $2 AND date >= $3 AND date <= $4 "
                      "ORDER BY to_stage, date",
                      params, error);
  return result != NULL ? read_dated (result, TRUE) : NULL;
}

static GArray *
funds_between (ZsStoreBackend  *backend,
               const char      *first,
               const char      *last,
               GError         **error)
{
  g_autoptr(ZsPgParams) params = zs_pg_params_new ();
  g_autoptr(PGresult) result = NULL;

  zs_pg_params_add_text (params, first);
  zs_pg_params_add_text (params, last);
  result = zs_pg_run (ZS_PG (backend),
                      "SELECT project_id, date, amount FROM funds_entries "
                      "WHERE date >= $1 AND date <= $2 ORDER BY date",
                      params, error);
  return result != NULL ? read_dated (result, FALSE) : NULL;
}

void
zs_pg_aggregate_class_init (ZsStoreBackendClass *klass)
{
  klass->aggregate = aggregate;
  klass->aggregate_grouped = aggregate_grouped;
  klass->latest_by = latest_by;
  klass->project_figures = project_figures;
  klass->stage_events_between = stage_events_between;
  klass->funds_between = funds_between;
}
