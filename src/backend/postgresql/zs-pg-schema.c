/* zs-pg-schema.c — the schema, its upgrades, copies, checks and bulk writes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The schema is schema/001-baseline.sql (SQLite's versions 1 … 14 in
 * one), then one file per later version, run in order from the version
 * the table zs_schema holds, inside the store's upgrade transaction (DDL
 * is transactional in PostgreSQL: a failed upgrade leaves nothing).
 *
 * A copy (backup_to) is what zs_store_open() opens: an SQLite file,
 * written through the SQLite backend's own methods from one consistent
 * view of the server's data. The server's own copies are pg_dump's
 * (docs/server-setup.md).
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "zs-error.h"
#include "zs-pg-private.h"
#include "zs-records.h"
#include "zs-store-private.h"
#include "zs-trash.h"

/* The version schema/001-baseline.sql makes. */
#define BASELINE_VERSION 14

/* Index i takes a database from version BASELINE_VERSION + i to the next,
 * the same step as SQLite's file of that number. Never edit a released
 * step. */
static const char * const migrations[] = {
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
  NULL,
};

#define N_MIGRATIONS (G_N_ELEMENTS (migrations) - 1)
G_STATIC_ASSERT (BASELINE_VERSION + N_MIGRATIONS == ZS_STORE_SCHEMA_VERSION);

static gboolean
run_file (ZsPgBackend  *self,
          const char   *name,
          GError      **error)
{
  g_autofree char *path = g_strdup_printf ("%s/postgresql/schema/%s", RESOURCE_BASE, name);
  g_autoptr(GBytes) sql = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  g_autofree char *text = NULL;

  if (sql == NULL)
    return FALSE;
  text = g_strndup (g_bytes_get_data (sql, NULL), g_bytes_get_size (sql));
  return zs_pg_exec (self, text, error);
}

gboolean
zs_pg_read_version (ZsPgBackend  *self,
                    int          *version,
                    GError      **error)
{
  g_autoptr(PGresult) result = NULL;

  result = zs_pg_run (self,
                      "SELECT to_regclass ('zs_schema') IS NOT NULL, "
                      "(SELECT count(*) FROM pg_tables WHERE schemaname = current_schema ())",
                      NULL, error);
  if (result == NULL)
    return FALSE;
  if (g_strcmp0 (PQgetvalue (result, 0, 0), "t") == 0)
    {
      g_autoptr(PGresult) stored = zs_pg_run (self, "SELECT max(version) FROM zs_schema", NULL, error);

      if (stored == NULL)
        return FALSE;
      *version = (int) zs_pg_get_int (stored, 0, 0);
      return TRUE;
    }
  if (zs_pg_get_int (result, 0, 1) > 0)
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_CORRUPT,
                   _("The database “%s” on the server holds another program's tables, not Zhaoshang's. "
                     "Give the name of an empty database or of Zhaoshang's."),
                   self->display);
      return FALSE;
    }
  *version = 0;
  return TRUE;
}

static gboolean
read_version (ZsStoreBackend  *backend,
              int             *version,
              GError         **error)
{
  return zs_pg_read_version (ZS_PG (backend), version, error);
}

static gboolean
upgrade (ZsStoreBackend  *backend,
         int              from,
         GError         **error)
{
  ZsPgBackend *self = ZS_PG (backend);
  g_autofree char *sql = NULL;

  if (from == 0)
    {
      if (!run_file (self, "001-baseline.sql", error))
        return FALSE;
      from = BASELINE_VERSION;
    }
  else if (from < BASELINE_VERSION)
    {
      /* No server database was ever made before the baseline. */
      g_set_error (error, ZS_ERROR, ZS_ERROR_CORRUPT,
                   _("The database “%s” on the server has schema version %d, which no version of Zhaoshang "
                     "made on a server."),
                   self->display, from);
      return FALSE;
    }

  for (int step = from - BASELINE_VERSION; step < (int) N_MIGRATIONS; step++)
    if (!run_file (self, migrations[step], error))
      return FALSE;
  /* Step 17 made the search columns: the documents of the rows already
   * there are the store's to make (zs-search.h), not SQL's. */
  if (from < 17 && !zs_pg_search_fill (self, error))
    return FALSE;

  sql = g_strdup_printf ("UPDATE zs_schema SET version = %d", ZS_STORE_SCHEMA_VERSION);
  return zs_pg_exec (self, sql, error);
}

/* ---- bulk writes ---------------------------------------------------------- */

/* PostgreSQL keeps its indexes well enough row by row inside one
 * transaction, and the search indexes are GIN indexes with a pending
 * list: nothing is taken out. */
static gboolean
bulk_begin (ZsStoreBackend  *backend,
            GError         **error)
{
  return TRUE;
}

static gboolean
bulk_defer_indexes (ZsStoreBackend  *backend,
                    GType            type,
                    GError         **error)
{
  return TRUE;
}

static gboolean
bulk_end (ZsStoreBackend  *backend,
          GError         **error)
{
  return TRUE;
}

/* ---- copies ------------------------------------------------------------------- */

static gboolean
copy_records (ZsPgBackend     *self,
              ZsStoreBackend  *dest,
              GError         **error)
{
  ZsStoreBackendClass *ops = ZS_STORE_BACKEND_GET_CLASS (self);
  ZsStoreBackendClass *dest_ops = ZS_STORE_BACKEND_GET_CLASS (dest);
  guint n_types;
  const GType *types = zs_record_types (&n_types);

  /* A record refers only to types before its own. */
  for (guint t = 0; t < n_types; t++)
    {
      ZsStoreBackendCursor *cursor = ops->cursor_new (ZS_STORE_BACKEND (self), types[t], FALSE, error);
      g_autoptr(ZsRecord) record = g_object_new (types[t], NULL);
      GError *local_error = NULL;

      if (cursor == NULL)
        return FALSE;
      while (ops->cursor_next (ZS_STORE_BACKEND (self), cursor, record, &local_error))
        if (!dest_ops->write_row (dest, record, TRUE, TRUE, &local_error))
          break;
      ops->cursor_free (ZS_STORE_BACKEND (self), cursor);
      if (local_error != NULL)
        {
          g_propagate_error (error, local_error);
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
copy_rest (ZsPgBackend     *self,
           ZsStoreBackend  *dest,
           GError         **error)
{
  ZsStoreBackendClass *dest_ops = ZS_STORE_BACKEND_GET_CLASS (dest);
  g_autoptr(PGresult) settings = NULL;
  g_autoptr(PGresult) marks = NULL;
  g_autoptr(PGresult) history = NULL;
  g_autoptr(PGresult) trash = NULL;

  settings = zs_pg_run (self, "SELECT key, value FROM settings ORDER BY key", NULL, error);
  if (settings == NULL)
    return FALSE;
  for (int r = 0; r < PQntuples (settings); r++)
    if (!dest_ops->set_setting (dest, zs_pg_get_text (settings, r, 0), zs_pg_get_text (settings, r, 1), error))
      return FALSE;

  marks = zs_pg_run (self, "SELECT record_table, record_uuid, updated FROM import_marks", NULL, error);
  if (marks == NULL || !dest_ops->mark_queue_reset (dest, error))
    return FALSE;
  for (int r = 0; r < PQntuples (marks); r++)
    {
      guint n_types;
      const GType *types = zs_record_types (&n_types);

      for (guint t = 0; t < n_types; t++)
        if (g_strcmp0 (zs_store_record_class (types[t])->table, zs_pg_get_text (marks, r, 0)) == 0 &&
            !dest_ops->mark_queue_add (dest, types[t], zs_pg_get_text (marks, r, 1), zs_pg_get_text (marks, r, 2), error))
          return FALSE;
    }
  if (!dest_ops->mark_queue_write (dest, error))
    return FALSE;

  history = zs_pg_run (self,
                       "SELECT id, at, who, action, record_type, record_id, record_uuid, title, field, "
                       "old_value, new_value FROM history ORDER BY id",
                       NULL, error);
  if (history == NULL)
    return FALSE;
  for (int r = 0; r < PQntuples (history); r++)
    {
      g_autoptr(ZsHistoryEntry) entry =
        zs_history_entry_new (zs_pg_get_int (history, r, 0), zs_pg_get_text (history, r, 1),
                              zs_pg_get_text (history, r, 2),
                              zs_history_action_from_string (zs_pg_get_text (history, r, 3)),
                              zs_pg_get_text (history, r, 4), zs_pg_get_int (history, r, 5),
                              zs_pg_get_text (history, r, 6), zs_pg_get_text (history, r, 7),
                              zs_pg_get_text (history, r, 8), zs_pg_get_text (history, r, 9),
                              zs_pg_get_text (history, r, 10));

      if (!dest_ops->history_add (dest, entry, error))
        return FALSE;
    }

  trash = zs_pg_run (self,
                     "SELECT record_type, record_id, title, deleted_at, deleted_by, n_records, "
                     "encode (data, 'base64') FROM trash ORDER BY id",
                     NULL, error);
  if (trash == NULL)
    return FALSE;
  for (int r = 0; r < PQntuples (trash); r++)
    {
      gsize size = 0;
      guchar *bytes = g_base64_decode (PQgetvalue (trash, r, 6), &size);
      g_autoptr(GBytes) data = g_bytes_new_take (bytes, size);

      if (dest_ops->trash_add (dest, zs_pg_get_text (trash, r, 0), zs_pg_get_int (trash, r, 1),
                               zs_pg_get_text (trash, r, 2), zs_pg_get_text (trash, r, 3),
                               zs_pg_get_text (trash, r, 4), (guint) zs_pg_get_int (trash, r, 5),
                               data, error) == 0)
        return FALSE;
    }
  return TRUE;
}

static gboolean
backup_to (ZsStoreBackend  *backend,
           const char      *dest_path,
           GError         **error)
{
  ZsPgBackend *self = ZS_PG (backend);
  g_autofree char *location = g_strconcat ("sqlite://", dest_path, NULL);
  g_autoptr(ZsStoreBackend) dest = NULL;
  ZsStoreBackendClass *dest_ops;
  gboolean ok;

  g_unlink (dest_path);
  dest = zs_store_backend_for (location, error);
  if (dest == NULL)
    return FALSE;
  dest_ops = ZS_STORE_BACKEND_GET_CLASS (dest);
  if (!dest_ops->open (dest, location, 5000, ZS_STORE_OPEN_DEFAULT, error) ||
      !dest_ops->begin (dest, 1, error))
    return FALSE;
  if (!dest_ops->upgrade (dest, 0, error) || !dest_ops->bulk_begin (dest, error))
    {
      dest_ops->rollback (dest, 1);
      return FALSE;
    }

  /* One view of the server's data, however long the copy takes. */
  if (!ZS_STORE_BACKEND_GET_CLASS (self)->begin_read (backend, error))
    {
      dest_ops->rollback (dest, 1);
      return FALSE;
    }
  ok = copy_records (self, dest, error) && copy_rest (self, dest, error);
  ZS_STORE_BACKEND_GET_CLASS (self)->commit (backend, 1, NULL);

  if (ok && dest_ops->bulk_end (dest, error) && dest_ops->commit (dest, 1, error))
    return TRUE;
  dest_ops->rollback (dest, 1);
  return FALSE;
}

/* ---- checks and restoring -------------------------------------------------- */

/* The server checks its own pages (data checksums, its logs); what a
 * client can check cheaply is that every table answers. */
static gboolean
check_integrity (ZsStoreBackend  *backend,
                 GCancellable    *cancellable,
                 GError         **error)
{
  guint n_types;
  const GType *types = zs_record_types (&n_types);

  for (guint t = 0; t < n_types; t++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT 1 FROM %s LIMIT 1", zs_store_record_class (types[t])->table);

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      if (!zs_pg_run_done (ZS_PG (backend), sql, NULL, error))
        return FALSE;
    }
  return TRUE;
}

static char *
backup_dir_for (ZsStoreBackend *backend,
                const char     *location)
{
  g_autoptr(PQconninfoOption) options = PQconninfoParse (location, NULL);
  g_autofree char *db = NULL;

  for (PQconninfoOption *o = options; o != NULL && o->keyword != NULL; o++)
    if (g_strcmp0 (o->keyword, "dbname") == 0 && o->val != NULL)
      db = g_strdup (o->val);
  if (db == NULL)
    db = g_strdup (g_get_user_name ());
  g_strdelimit (db, "/\\:", '_');
  return g_build_filename (g_get_user_data_dir (), "zhaoshang", "server-backups", db, NULL);
}

static char *
restore (ZsStoreBackend  *backend,
         const char      *location,
         const char      *backup,
         GError         **error)
{
  /* A server database is restored by its administrator, from pg_dump. */
  g_set_error (error, ZS_ERROR, ZS_ERROR_FAILED,
               _("A database on a server is restored by the bureau's administrator from the server's own "
                 "copies (pg_dump), not from this computer."));
  return NULL;
}

void
zs_pg_schema_class_init (ZsStoreBackendClass *klass)
{
  klass->read_version = read_version;
  klass->upgrade = upgrade;
  klass->backup_to = backup_to;
  klass->backed_up_by_server = TRUE;
  klass->bulk_begin = bulk_begin;
  klass->bulk_defer_indexes = bulk_defer_indexes;
  klass->bulk_end = bulk_end;
  klass->check_integrity = check_integrity;
  klass->backup_dir_for = backup_dir_for;
  klass->restore = restore;
}
