/* zs-sqlite-cursor.c — streaming over rows, and selections of rows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * An export of 100,000 projects must not hold 100,000 objects. A cursor
 * steps one SQLite statement through a table and refills one record per
 * row; the UUIDs its references point to come from the same statement, so
 * the writer never asks the store again per row.
 *
 * A selection is a temporary table of (table, id) pairs on this connection.
 * A filtered export fills it with the filter's projects, then what belongs
 * to them, then, one pass per type from the last to the first in reference
 * order, everything the selected rows refer to. Temporary tables live in
 * SQLite's temporary database, so none of this writes the database file.
 *
 * Streaming (an export), the UUIDs references point to come from a map
 * of each referred table, id → UUID, made once in the transaction: the
 * referred rows themselves are large and come in no order (a stage event's
 * project), and looking them up through an 8 MiB page cache read every
 * page of the projects table two or three times over (218,787 reads of
 * 4 KiB at 100,000 projects, most of the export's system time). The map is
 * read from the UUID index, a few pages for thousands of rows.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "zs-query-private.h"
#include "zs-record-private.h"
#include "zs-records.h"
#include "zs-sqlite-private.h"

struct _ZsStoreBackendCursor
{
  sqlite3_stmt  *stmt;
  ZsRecordClass *klass;
  int           *ref_columns;  /* per field: column of the referred UUID, or -1 */
};

#define SELECTION_TABLE "temp.zs_selection"

static gboolean
ensure_selection (ZsSqliteBackend  *self,
                  GError          **error)
{
  return zs_sqlite_exec (self,
                        "CREATE TEMP TABLE IF NOT EXISTS zs_selection ("
                        "  tbl TEXT NOT NULL,"
                        "  id INTEGER NOT NULL,"
                        "  PRIMARY KEY (tbl, id)"
                        ") WITHOUT ROWID",
                        error);
}

static void cursor_free (ZsStoreBackend       *backend,
                         ZsStoreBackendCursor *cursor);

/* Whether references go through the maps: streaming, in a transaction
 * (which the maps last for). */
static gboolean
uses_maps (ZsSqliteBackend *self)
{
  return self->hint == ZS_STORE_HINT_STREAM && !sqlite3_get_autocommit (self->db);
}

/* temp.zs_uuids_TABLE, made from @table's UUID index if this transaction
 * has not made it yet. Table names come from the record classes. */
static gboolean
ensure_map (ZsSqliteBackend  *self,
            const char       *table,
            GError          **error)
{
  g_autofree char *sql = NULL;

  if (self->uuid_maps == NULL)
    self->uuid_maps = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (g_hash_table_contains (self->uuid_maps, table))
    return TRUE;

  sql = g_strdup_printf ("DROP TABLE IF EXISTS temp.zs_uuids_%s;"
                         "CREATE TEMP TABLE zs_uuids_%s (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL);"
                         "INSERT INTO temp.zs_uuids_%s (id, uuid) SELECT id, uuid FROM main.%s",
                         table, table, table, table);
  if (!zs_sqlite_exec (self, sql, error))
    return FALSE;
  g_hash_table_add (self->uuid_maps, g_strdup (table));
  return TRUE;
}

gboolean
zs_sqlite_cursor_drop_maps (ZsSqliteBackend  *self,
                            GError          **error)
{
  GHashTableIter iter;
  const char *table;

  if (self->uuid_maps == NULL)
    return TRUE;
  g_hash_table_iter_init (&iter, self->uuid_maps);
  while (g_hash_table_iter_next (&iter, (gpointer *) &table, NULL))
    {
      g_autofree char *sql = g_strdup_printf ("DROP TABLE IF EXISTS temp.zs_uuids_%s", table);

      if (!zs_sqlite_exec (self, sql, error))
        return FALSE;
    }
  g_hash_table_remove_all (self->uuid_maps);
  return TRUE;
}

static ZsStoreBackendCursor *
cursor_new (ZsStoreBackend  *backend,
            GType            type,
            gboolean         selected_only,
            GError         **error)
{
  ZsSqliteBackend *self = ZS_SQLITE (backend);
  g_autoptr(GString) sql = g_string_new ("SELECT ");
  ZsRecordClass *klass;
  ZsStoreBackendCursor *cursor;
  gboolean maps = uses_maps (self);
  int column;
  int rc;

  if (selected_only && !ensure_selection (self, error))
    return NULL;

  klass = zs_store_record_class (type);
  cursor = g_new0 (ZsStoreBackendCursor, 1);
  cursor->klass = klass;
  cursor->ref_columns = g_new (int, MAX (klass->n_fields, 1));

  g_string_append (sql, "t.id, t.uuid, t.created, t.updated, t.version");
  for (guint i = 0; i < klass->n_fields; i++)
    {
      g_autofree char *col = zs_sqlite_column_name (&klass->fields[i]);

      g_string_append_printf (sql, ", t.%s", col);
    }

  /* The referred UUIDs follow the fields, each from a LEFT JOIN on the
   * referred row's id: a correlated subquery per reference cost SQLite a
   * subroutine and a copy of the UUID per row, a third of an export's
   * reading. */
  column = ZS_SQLITE_FIRST_FIELD_COLUMN + (int) klass->n_fields;
  for (guint i = 0; i < klass->n_fields; i++)
    {
      const ZsField *f = &klass->fields[i];

      cursor->ref_columns[i] = -1;
      if (f->kind != ZS_FIELD_REF)
        continue;
      g_string_append_printf (sql, ", r%u.uuid", i);
      cursor->ref_columns[i] = column++;
    }

  if (selected_only)
    g_string_append_printf (sql, " FROM " SELECTION_TABLE " AS s JOIN %s AS t ON t.id = s.id", klass->table);
  else
    g_string_append_printf (sql, " FROM %s AS t", klass->table);
  for (guint i = 0; i < klass->n_fields; i++)
    {
      const ZsField *f = &klass->fields[i];
      const char *table;
      g_autofree char *col = NULL;

      if (f->kind != ZS_FIELD_REF)
        continue;
      table = zs_store_record_class (f->get_type ())->table;
      if (maps && !ensure_map (self, table, error))
        {
          cursor_free (backend, cursor);
          return NULL;
        }
      col = zs_sqlite_column_name (f);
      g_string_append_printf (sql, " LEFT JOIN %s%s AS r%u ON r%u.id = t.%s",
                              maps ? "temp.zs_uuids_" : "", table, i, i, col);
    }
  if (selected_only)
    g_string_append_printf (sql, " WHERE s.tbl = '%s' ORDER BY s.id", klass->table);
  else
    g_string_append (sql, " ORDER BY t.id");

  /* Its own statement, not the store's cache: it stays mid-way for long. */
  rc = sqlite3_prepare_v2 (self->db, sql->str, -1, &cursor->stmt, NULL);
  if (rc != SQLITE_OK)
    {
      zs_sqlite_set_error (self, rc, error);
      cursor_free (backend, cursor);
      return NULL;
    }
  return cursor;
}

static gboolean
cursor_next (ZsStoreBackend        *backend,
             ZsStoreBackendCursor  *cursor,
             ZsRecord              *into,
             GError               **error)
{
  int rc = sqlite3_step (cursor->stmt);

  if (rc == SQLITE_ROW)
    {
      zs_sqlite_read_row (cursor->stmt, into);
      return TRUE;
    }
  if (rc != SQLITE_DONE)
    zs_sqlite_set_error (ZS_SQLITE (backend), rc, error);
  return FALSE;
}

static const char *
cursor_get_ref_uuid (ZsStoreBackend       *backend,
                     ZsStoreBackendCursor *cursor,
                     guint                 field)
{
  g_return_val_if_fail (field < cursor->klass->n_fields, NULL);
  g_return_val_if_fail (cursor->ref_columns[field] >= 0, NULL);

  return (const char *) sqlite3_column_text (cursor->stmt, cursor->ref_columns[field]);
}

static void
cursor_free (ZsStoreBackend       *backend,
             ZsStoreBackendCursor *cursor)
{
  sqlite3_finalize (cursor->stmt);
  g_free (cursor->ref_columns);
  g_free (cursor);
}

/* ---- selections ------------------------------------------------------------ */

static gboolean
selection_clear (ZsStoreBackend  *backend,
                 GError         **error)
{
  ZsSqliteBackend *self = ZS_SQLITE (backend);

  return ensure_selection (self, error) &&
         zs_sqlite_exec (self, "DELETE FROM " SELECTION_TABLE, error);
}

static gboolean
run_sql (ZsSqliteBackend  *self,
         const char       *sql,
         GArray           *binds,
         GError          **error)
{
  sqlite3_stmt *stmt = zs_sqlite_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  if (binds != NULL)
    zs_sqlite_bind_all (stmt, binds);
  return zs_sqlite_step_done (self, stmt, error);
}

static gboolean
selection_add_query (ZsStoreBackend  *backend,
                     ZsQuery         *query,
                     GError         **error)
{
  ZsSqliteBackend *self = ZS_SQLITE (backend);
  ZsRecordClass *klass;
  g_autoptr(GString) sql = g_string_new ("INSERT OR IGNORE INTO " SELECTION_TABLE " (tbl, id) ");
  g_autoptr(GArray) binds = zs_sqlite_binds_new ();
  g_autofree char *select = NULL;

  if (!ensure_selection (self, error))
    return FALSE;

  klass = zs_store_record_class (zs_query_get_record_type (query));
  /* Table names come from the static field tables, never from users. */
  select = g_strdup_printf ("'%s', id", klass->table);
  zs_sqlite_append_query_sql (sql, binds, query, select);
  return run_sql (self, sql->str, binds, error);
}

static gboolean
selection_add_owned (ZsStoreBackend  *backend,
                     GType            owner_type,
                     GError         **error)
{
  ZsSqliteBackend *self = ZS_SQLITE (backend);
  ZsRecordClass *owner = zs_store_record_class (owner_type);
  guint n_types;
  const GType *types = zs_record_types (&n_types);

  if (!ensure_selection (self, error))
    return FALSE;

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

          col = zs_sqlite_column_name (f);
          sql = g_strdup_printf ("INSERT OR IGNORE INTO " SELECTION_TABLE " (tbl, id) "
                                 "SELECT '%s', r.id FROM " SELECTION_TABLE " AS s "
                                 "JOIN %s AS r ON r.%s = s.id WHERE s.tbl = '%s'",
                                 klass->table, klass->table, col, owner->table);
          if (!run_sql (self, sql, NULL, error))
            return FALSE;
        }
    }
  return TRUE;
}

static gboolean
selection_add_referenced (ZsStoreBackend  *backend,
                          GError         **error)
{
  ZsSqliteBackend *self = ZS_SQLITE (backend);
  guint n_types;
  const GType *types = zs_record_types (&n_types);

  if (!ensure_selection (self, error))
    return FALSE;

  /* A record only refers to types before its own, so walking from the last
   * type to the first reaches what the referred records refer to as well. */
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

          col = zs_sqlite_column_name (f);
          sql = g_strdup_printf ("INSERT OR IGNORE INTO " SELECTION_TABLE " (tbl, id) "
                                 "SELECT '%s', r.%s FROM " SELECTION_TABLE " AS s "
                                 "JOIN %s AS r ON r.id = s.id WHERE s.tbl = '%s' AND r.%s IS NOT NULL",
                                 zs_store_record_class (f->get_type ())->table, col,
                                 klass->table, klass->table, col);
          if (!run_sql (self, sql, NULL, error))
            return FALSE;
        }
    }
  return TRUE;
}

static gint64
count_sql (ZsSqliteBackend  *self,
           const char       *sql,
           GError          **error)
{
  sqlite3_stmt *stmt = zs_sqlite_prepare (self, sql, error);
  gint64 n = -1;
  int rc;

  if (stmt == NULL)
    return -1;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  else
    zs_sqlite_set_error (self, rc, error);
  sqlite3_reset (stmt);
  return n;
}

static gint64
selection_count (ZsStoreBackend  *backend,
                 GType            type,
                 GError         **error)
{
  ZsSqliteBackend *self = ZS_SQLITE (backend);
  g_autofree char *sql = NULL;

  if (!ensure_selection (self, error))
    return -1;
  sql = g_strdup_printf ("SELECT count(*) FROM " SELECTION_TABLE " WHERE tbl = '%s'",
                         zs_store_record_class (type)->table);
  return count_sql (self, sql, error);
}

static gint64
count_all (ZsStoreBackend  *backend,
           GType            type,
           GError         **error)
{
  ZsSqliteBackend *self = ZS_SQLITE (backend);
  g_autofree char *sql = NULL;

  sql = g_strdup_printf ("SELECT count(*) FROM %s", zs_store_record_class (type)->table);
  return count_sql (self, sql, error);
}

void
zs_sqlite_cursor_class_init (ZsStoreBackendClass *klass)
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
