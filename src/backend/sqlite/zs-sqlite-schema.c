/* zs-sqlite-schema.c — the schema, its upgrades, copies and bulk writes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The schema is the SQL of schema/, one file per version, run in order
 * from the version PRAGMA user_version gives; the store runs the upgrade
 * in a transaction after a backup copy (zs-store.c).
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "zs-error.h"
#include "zs-sqlite-private.h"

/* Index i takes a file from version i to i + 1. Never edit a released step. */
static const char * const migrations[] = {
  "001-tables.sql",
  "002-search.sql",
  "003-exchange.sql",
  "004-board.sql",
  "005-partners.sql",
  "006-map.sql",
  "007-carriers.sql",
  "008-funds.sql",
  "009-report.sql",
  "010-autoincrement.sql",
  "011-versions.sql",
  "012-trash.sql",
  "013-history.sql",
  "014-unit-retired.sql",
  "015-amount-hundredths.sql",
  "016-foreign-capital.sql",
  "017-search-any-length.sql",
  "018-attachments.sql",
  "019-search-index.sql",
  "020-supervision.sql",
  "021-report-index.sql",
  "022-reply-attachments.sql",
  "023-board-filters.sql",
  "024-dispatch-indexes.sql",
  "025-ledger-totals.sql",
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == ZS_STORE_SCHEMA_VERSION);

static gboolean
query_int (ZsSqliteBackend  *self,
           const char       *sql,
           int              *value,
           GError          **error)
{
  sqlite3_stmt *stmt = zs_sqlite_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      zs_sqlite_set_error (self, rc, error);
      sqlite3_reset (stmt);
      return FALSE;
    }
  *value = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  return TRUE;
}

static gboolean
backup_to (ZsStoreBackend  *backend,
           const char      *dest,
           GError         **error)
{
  ZsSqliteBackend *self = ZS_SQLITE (backend);
  sqlite3_stmt *stmt;

  /* VACUUM INTO refuses to overwrite. */
  g_unlink (dest);

  stmt = zs_sqlite_prepare (self, "VACUUM INTO ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, dest, -1, SQLITE_TRANSIENT);
  return zs_sqlite_step_done (self, stmt, error);
}

static gboolean
run_migration (ZsSqliteBackend  *self,
               guint             step,
               GError          **error)
{
  g_autofree char *path = g_strdup_printf ("%s/core/schema/%s", RESOURCE_BASE, migrations[step]);
  g_autoptr(GBytes) sql = NULL;
  g_autofree char *text = NULL;

  sql = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (sql == NULL)
    return FALSE;

  text = g_strndup (g_bytes_get_data (sql, NULL), g_bytes_get_size (sql));
  return zs_sqlite_exec (self, text, error);
}

/* Reads only: zs_sqlite_backend_open() asks before it changes anything in
 * the file (the journal mode), so another program's file is left as it
 * was. */
gboolean
zs_sqlite_read_version (ZsSqliteBackend  *self,
                        int              *version,
                        GError          **error)
{
  int n_tables = 0;

  if (!query_int (self, "PRAGMA user_version", version, error) ||
      !query_int (self, "SELECT count(*) FROM sqlite_schema WHERE type = 'table'", &n_tables, error))
    return FALSE;

  if (*version == 0 && n_tables > 0)
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_CORRUPT,
                   _("“%s” is an SQLite database of another program, not a Zhaoshang database."),
                   self->path);
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_version (ZsStoreBackend  *backend,
              int             *version,
              GError         **error)
{
  return zs_sqlite_read_version (ZS_SQLITE (backend), version, error);
}

static gboolean
upgrade (ZsStoreBackend  *backend,
         int              from,
         GError         **error)
{
  ZsSqliteBackend *self = ZS_SQLITE (backend);
  g_autofree char *sql = NULL;
  int broken = 0;

  for (guint step = (guint) from; step < ZS_STORE_SCHEMA_VERSION; step++)
    if (!run_migration (self, step, error))
      return FALSE;
  /* Step 17 made the search columns: the documents of the rows already
   * there are the store's to make (zs-search.h), not SQL's. */
  if (from < 17 && !zs_sqlite_search_fill (self, error))
    return FALSE;

  /* The steps ran with foreign keys off (zs_sqlite_backend_open()). */
  if (!query_int (self, "SELECT count(*) FROM pragma_foreign_key_check", &broken, error))
    return FALSE;
  if (broken > 0)
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_CORRUPT,
                   _("“%s” could not be brought up to date: %d records refer to records that do not exist. "
                     "Restore a copy from the backup folder “%s”."),
                   self->path, broken, zs_store_backend_get_backup_dir (backend));
      return FALSE;
    }

  sql = g_strdup_printf ("PRAGMA user_version = %d", ZS_STORE_SCHEMA_VERSION);
  return zs_sqlite_exec (self, sql, error);
}

/* Drops the triggers or indexes @stmt lists as (name, sql) and keeps
 * their SQL in @saved, to be run again at zs_store_bulk_end(). @kind is
 * "TRIGGER" or "INDEX". */
static gboolean
suspend (ZsSqliteBackend  *self,
         sqlite3_stmt     *stmt,
         const char       *kind,
         GPtrArray        *saved,
         GError          **error)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_ptr_array_add (names, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
      g_ptr_array_add (saved, g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      zs_sqlite_set_error (self, rc, error);
      return FALSE;
    }

  for (guint i = 0; i < names->len; i++)
    {
      /* Names come from the schema itself, never from users. */
      g_autofree char *sql = g_strdup_printf ("DROP %s \"%s\"", kind, (const char *) g_ptr_array_index (names, i));

      if (!zs_sqlite_exec (self, sql, error))
        return FALSE;
    }
  return TRUE;
}

/* The full-text indexes (schema/002-search.sql) are kept by triggers, one
 * index update per row, each flushed at the end of its statement. A bulk
 * write takes the triggers out and has each index rebuilt once at the end,
 * which for an import of thousands of projects is several times faster. */
static gboolean
bulk_begin (ZsStoreBackend  *backend,
            GError         **error)
{
  ZsSqliteBackend *self = ZS_SQLITE (backend);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (self->suspended_triggers == NULL, FALSE);

  stmt = zs_sqlite_prepare (self,
                           "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND name LIKE '%\\_fts\\_%' ESCAPE '\\'",
                           error);
  if (stmt == NULL)
    return FALSE;

  self->suspended_triggers = g_ptr_array_new_with_free_func (g_free);
  return suspend (self, stmt, "TRIGGER", self->suspended_triggers, error);
}

/* An index is kept row by row at a random place in its B-tree; made
 * again after the rows are in, it is one sort. Only the indexes that
 * speed up reading go: a UNIQUE one (the UUID's) keeps rows apart and
 * finds them meanwhile. */
static gboolean
bulk_defer_indexes (ZsStoreBackend  *backend,
                    GType            type,
                    GError         **error)
{
  ZsSqliteBackend *self = ZS_SQLITE (backend);
  ZsRecordClass *klass;
  sqlite3_stmt *stmt;

  klass = zs_store_record_class (type);
  stmt = zs_sqlite_prepare (self,
                           "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ?1 "
                           "AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE %'",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, klass->table, -1, SQLITE_STATIC);

  if (self->suspended_indexes == NULL)
    self->suspended_indexes = g_ptr_array_new_with_free_func (g_free);
  return suspend (self, stmt, "INDEX", self->suspended_indexes, error);
}

/* FTS5's own default (fts5Int.h). */
#define FTS5_AUTOMERGE 4

static gboolean
bulk_end (ZsStoreBackend  *backend,
          GError         **error)
{
  ZsSqliteBackend *self = ZS_SQLITE (backend);
  g_autoptr(GPtrArray) deferred = g_steal_pointer (&self->suspended_indexes);
  g_autoptr(GPtrArray) triggers = NULL;
  g_autoptr(GHashTable) indexes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTableIter iter;
  const char *index;

  triggers = g_steal_pointer (&self->suspended_triggers);
  for (guint i = 0; triggers != NULL && i < triggers->len; i++)
    {
      const char *sql = g_ptr_array_index (triggers, i);
      const char *on = strstr (sql, " ON ");
      const char *begin = on != NULL ? strstr (on, " BEGIN") : NULL;

      if (!zs_sqlite_exec (self, sql, error))
        return FALSE;
      /* "… ON projects [WHEN …] BEGIN": the index is projects_fts. */
      if (begin != NULL)
        {
          g_autofree char *rest = g_strstrip (g_strndup (on + 4, begin - on - 4));
          g_auto(GStrv) words = g_strsplit (rest, " ", 2);

          g_hash_table_add (indexes, g_strconcat (words[0], "_fts", NULL));
        }
    }

  /* Merging the segments while the rebuild writes them (FTS5's
   * automerge) cost a quarter of the rebuild at 100,000 projects, and the
   * index it left answered no faster than one with a few more segments.
   * The setting is back at FTS5's default after, so that later edits keep
   * merging. */
  g_hash_table_iter_init (&iter, indexes);
  while (g_hash_table_iter_next (&iter, (gpointer *) &index, NULL))
    {
      g_autofree char *sql = g_strdup_printf ("INSERT INTO %s (%s, rank) VALUES ('automerge', 0);"
                                              "INSERT INTO %s (%s) VALUES ('rebuild');"
                                              "INSERT INTO %s (%s, rank) VALUES ('automerge', %d)",
                                              index, index, index, index, index, index, FTS5_AUTOMERGE);

      if (!zs_sqlite_exec (self, sql, error))
        return FALSE;
    }

  for (guint i = 0; deferred != NULL && i < deferred->len; i++)
    if (!zs_sqlite_exec (self, g_ptr_array_index (deferred, i), error))
      return FALSE;
  return TRUE;
}

void
zs_sqlite_schema_class_init (ZsStoreBackendClass *klass)
{
  klass->read_version = read_version;
  klass->upgrade = upgrade;
  klass->backup_to = backup_to;
  klass->bulk_begin = bulk_begin;
  klass->bulk_defer_indexes = bulk_defer_indexes;
  klass->bulk_end = bulk_end;
}
