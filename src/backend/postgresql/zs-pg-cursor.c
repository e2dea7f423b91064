/* zs-pg-cursor.c — streaming over rows, and selections of rows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * An export of 100,000 projects must not hold 100,000 objects, nor the
 * whole table in one result: a cursor reads a batch of rows at a time, in
 * id order, from after the last id it gave (inside the export's read
 * transaction each batch sees the same snapshot). The UUIDs its
 * references point to come in the same rows.
 *
 * A selection is a temporary table of (table, id) pairs on this
 * connection, filled as on SQLite (zs-sqlite-cursor.c); temporary tables
 * are the session's own and never written to the database.
 */
#include "config.h"

#include "zs-query-private.h"
#include "zs-records.h"
#include "zs-pg-private.h"

#define BATCH 2000

struct _ZsStoreBackendCursor
{
  ZsRecordClass *klass;
  char          *sql;          /* a batch after $1 */
  int           *ref_columns;  /* per field: column of the referred UUID, or -1 */
  PGresult      *batch;
  int            row;          /* the current row of @batch */
  gint64         last_id;
  gboolean       done;
};

gboolean
zs_pg_make_scratch (ZsPgBackend  *self,
                    GError      **error)
{
  return zs_pg_exec (self,
                     "CREATE TEMP TABLE IF NOT EXISTS zs_selection ("
                     "  tbl text NOT NULL, id bigint NOT NULL, PRIMARY KEY (tbl, id))",
                     error);
}

static ZsStoreBackendCursor *
cursor_new (ZsStoreBackend  *backend,
            GType            type,
            gboolean         selected_only,
            GError         **error)
{
  g_autoptr(GString) sql = g_string_new ("SELECT ");
  g_autofree char *columns = NULL;
  ZsRecordClass *klass = zs_store_record_class (type);
  ZsStoreBackendCursor *cursor;
  int column;

  cursor = g_new0 (ZsStoreBackendCursor, 1);
  cursor->klass = klass;
  cursor->ref_columns = g_new (int, MAX (klass->n_fields, 1));
  cursor->row = -1;

  columns = zs_pg_column_list (klass, "t.");
  g_string_append (sql, columns);
  column = ZS_PG_FIRST_FIELD_COLUMN + (int) klass->n_fields;
  for (guint i = 0; i < klass->n_fields; i++)
    {
      const ZsField *f = &klass->fields[i];
      g_autofree char *col = NULL;

      cursor->ref_columns[i] = -1;
      if (f->kind != ZS_FIELD_REF)
        continue;
      col = zs_pg_column_name (f);
      g_string_append_printf (sql, ", (SELECT uuid FROM %s WHERE id = t.%s)",
                              zs_store_record_class (f->get_type ())->table, col);
      cursor->ref_columns[i] = column++;
    }

  if (selected_only)
    g_string_append_printf (sql, " FROM zs_selection AS s JOIN %s AS t ON t.id = s.id"
                            " WHERE s.tbl = '%s' AND s.id > $1 ORDER BY s.id LIMIT %d",
                            klass->table, klass->table, BATCH);
  else
    g_string_append_printf (sql, " FROM %s AS t WHERE t.id > $1 ORDER BY t.id LIMIT %d", klass->table, BATCH);
  cursor->sql = g_string_free (g_steal_pointer (&sql), FALSE);
  return cursor;
}

static gboolean
cursor_next (ZsStoreBackend        *backend,
             ZsStoreBackendCursor  *cursor,
             ZsRecord              *into,
             GError               **error)
{
  if (cursor->done)
    return FALSE;

  if (cursor->batch == NULL || cursor->row + 1 >= PQntuples (cursor->batch))
    {
      g_autoptr(ZsPgParams) params = NULL;

      /* A short batch was the last. */
      if (cursor->batch != NULL && PQntuples (cursor->batch) < BATCH)
        {
          cursor->done = TRUE;
          return FALSE;
        }
      g_clear_pointer (&cursor->batch, PQclear);
      params = zs_pg_params_new ();
      zs_pg_params_add_int (params, cursor->last_id);
      cursor->batch = zs_pg_run (ZS_PG (backend), cursor->sql, params, error);
      cursor->row = -1;
      if (cursor->batch == NULL || PQntuples (cursor->batch) == 0)
        {
          cursor->done = TRUE;
          return FALSE;
        }
    }

  cursor->row++;
  zs_pg_read_row (cursor->batch, cursor->row, into);
  cursor->last_id = zs_record_get_id (into);
  return TRUE;
}

static const char *
cursor_get_ref_uuid (ZsStoreBackend       *backend,
                     ZsStoreBackendCursor *cursor,
                     guint                 field)
{
  g_return_val_if_fail (field < cursor->klass->n_fields, NULL);
  g_return_val_if_fail (cursor->ref_columns[field] >= 0, NULL);
  g_return_val_if_fail (cursor->batch != NULL && cursor->row >= 0, NULL);

  return zs_pg_get_text (cursor->batch, cursor->row, cursor->ref_columns[field]);
}

static void
cursor_free (ZsStoreBackend       *backend,
             ZsStoreBackendCursor *cursor)
{
  g_clear_pointer (&cursor->batch, PQclear);
  g_free (cursor->ref_columns);
  g_free (cursor->sql);
  g_free (cursor);
}

/* ---- selections ------------------------------------------------------------ */

static gboolean
selection_clear (ZsStoreBackend  *backend,
                 GError         **error)
{
  return zs_pg_run_done (ZS_PG (backend), "DELETE FROM zs_selection", NULL, error);
}

static gboolean
selection_add_query (ZsStoreBackend  *backend,
                     ZsQuery         *query,
                     GError         **error)
{
  ZsRecordClass *klass = zs_store_record_class (zs_query_get_record_type (query));
  g_autoptr(GString) sql = g_string_new ("INSERT INTO zs_selection (tbl, id) ");
  g_autoptr(ZsPgParams) params = zs_pg_params_new ();
  g_autofree char *select = g_strdup_printf ("'%s', id", klass->table);

  zs_pg_append_query_sql (sql, params, query, select);
  g_string_append (sql, " ON CONFLICT DO NOTHING");
  return zs_pg_run_done (ZS_PG (backend), sql->str, params, error);
}

static gboolean
selection_add_owned (ZsStoreBackend  *backend,
                     GType            owner_type,
                     GError         **error)
{
  ZsRecordClass *owner = zs_store_record_class (owner_type);
  guint n_types;
  const GType *types = zs_record_types (&n_types);

  for (guint t = 0; t < n_types; t++)
    {
      ZsRecordClass *klass = zs_store_record_class (types[t]);

      for (guint i = 0; i < klass->n_fields; i++)
        {
          const ZsField *f = &klass->fields[i];
          const ZsFieldFlags owned = ZS_FIELD_OWNER | ZS_FIELD_REQUIRED;
          g_autofree char *col = NULL;
          g_autofree char *sql = NULL;

          if (f->kind != ZS_FIELD_REF || (f->flags & owned) != owned || f->get_type () != owner_type)
            continue;

          col = zs_pg_column_name (f);
          sql = g_strdup_printf ("INSERT INTO zs_selection (tbl, id) "
                                 "SELECT '%s', r.id FROM zs_selection AS s "
                                 "JOIN %s AS r ON r.%s = s.id WHERE s.tbl = '%s' ON CONFLICT DO NOTHING",
                                 klass->table, klass->table, col, owner->table);
          if (!zs_pg_run_done (ZS_PG (backend), sql, NULL, error))
            return FALSE;
        }
    }
  return TRUE;
}

static gboolean
selection_add_referenced (ZsStoreBackend  *backend,
                          GError         **error)
{
  guint n_types;
  const GType *types = zs_record_types (&n_types);

  /* A record only refers to types before its own: from the last type to
   * the first reaches what the referred records refer to as well. */
  for (guint t = n_types; t-- > 0;)
    {
      ZsRecordClass *klass = zs_store_record_class (types[t]);

      for (guint i = 0; i < klass->n_fields; i++)
        {
          const ZsField *f = &klass->fields[i];
          g_autofree char *col = NULL;
          g_autofree char *sql = NULL;

          if (f->kind != ZS_FIELD_REF)
            continue;

          col = zs_pg_column_name (f);
          sql = g_strdup_printf ("INSERT INTO zs_selection (tbl, id) "
                                 "SELECT '%s', r.%s FROM zs_selection AS s "
                                 "JOIN %s AS r ON r.id = s.id WHERE s.tbl = '%s' AND r.%s IS NOT NULL "
                                 "ON CONFLICT DO NOTHING",
                                 zs_store_record_class (f->get_type ())->table, col,
                                 klass->table, klass->table, col);
          if (!zs_pg_run_done (ZS_PG (backend), sql, NULL, error))
            return FALSE;
        }
    }
  return TRUE;
}

static gint64
count_sql (ZsPgBackend  *self,
           const char   *sql,
           GError      **error)
{
  g_autoptr(PGresult) result = zs_pg_run (self, sql, NULL, error);

  return result != NULL ? zs_pg_get_int (result, 0, 0) : -1;
}

static gint64
selection_count (ZsStoreBackend  *backend,
                 GType            type,
                 GError         **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM zs_selection WHERE tbl = '%s'",
                                          zs_store_record_class (type)->table);

  return count_sql (ZS_PG (backend), sql, error);
}

static gint64
count_all (ZsStoreBackend  *backend,
           GType            type,
           GError         **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", zs_store_record_class (type)->table);

  return count_sql (ZS_PG (backend), sql, error);
}

void
zs_pg_cursor_class_init (ZsStoreBackendClass *klass)
{
  klass->cursor_new = cursor_new;
  klass->cursor_next = cursor_next;
  klass->cursor_get_ref_uuid = cursor_get_ref_uuid;
  klass->cursor_free = cursor_free;
  klass->selection_clear = selection_clear;
  klass->selection_add_query = selection_add_query;
  klass->selection_add_owned = selection_add_owned;
  klass->selection_add_referenced = selection_add_referenced;
  klass->selection_count = selection_count;
  klass->count_all = count_all;
}
