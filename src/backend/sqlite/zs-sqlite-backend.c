/* zs-sqlite-backend.c — the store's SQLite engine: one database file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * ZsSqliteBackend is the only code that speaks SQL to SQLite. It opens one
 * database file in WAL mode with foreign keys on and checks it, prepares
 * each statement once, and turns every SQLite failure into a GError that
 * says what happened and what to do. Rows are read and written in
 * zs-sqlite-records.c, queries are made in zs-sqlite-query.c and
 * zs-sqlite-aggregate.c, cursors and selections in zs-sqlite-cursor.c, the
 * schema and bulk writes in zs-sqlite-schema.c.
 */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "zs-collate.h"
#include "zs-error.h"
#include "zs-sqlite-private.h"

G_DEFINE_FINAL_TYPE (ZsSqliteBackend, zs_sqlite_backend, ZS_TYPE_STORE_BACKEND)

/* The scheme of locations "sqlite://PATH"; plain paths open here too. */
#define SCHEME "sqlite"

/* Registration. The store cannot depend on its backends (they depend on
 * it), and no program's main() should have to remember to name them.
 * Like the GResource bundles of these static libraries, linked whole, the
 * backend registers itself from a constructor function that runs before
 * main(): a program that links the library can open its locations, and
 * one that does not gets a clear error (zs-store.c) instead of a crash.
 * Only a function pointer is noted; the type is made on first use. */
#if defined(__GNUC__) || defined(__clang__)
static void register_backend (void) __attribute__ ((constructor));
#else
#error "The SQLite backend registers itself from a constructor function: GCC or Clang is needed"
#endif

static void
register_backend (void)
{
  zs_store_backend_register (SCHEME, zs_sqlite_backend_get_type);
}

/* Sizes in KiB (negative cache sizes) and bytes (mmap). Changing where
 * temporary tables live starts the temporary database afresh, so its cache
 * size comes after; inside a transaction SQLite refuses that change and
 * the statements after it, so it comes after the page cache and the map. */
static const char * const hints[] = {
  /* The window's connection: memory bounded by design. Mapped pages of a
   * 600 MB file at 100,000 projects counted against the process (a full
   * scan touched them all); the system's file cache keeps the file warm
   * without that, and 16 MiB holds the indexes the lists page through. */
  [ZS_STORE_HINT_INTERACTIVE] =
    "PRAGMA cache_size = -16384; PRAGMA mmap_size = 0; PRAGMA temp_store = MEMORY",
  /* Every row read once: mapped pages would stay in memory, and a cache
   * larger than a few pages of each table would only fill up: at 100k
   * the export peaked at 44 MB with 8 MiB and at 38 MB with SQLite's
   * default of 2 MiB (a spreadsheet of the projects at 47 and 35 MB),
   * as fast. */
  [ZS_STORE_HINT_STREAM] =
    "PRAGMA cache_size = -2048; PRAGMA mmap_size = 0; "
    "PRAGMA temp_store = FILE; PRAGMA temp.cache_size = -8192",
  /* Reading and writing every row: the import writes rows in order and
   * makes large indexes again in one sort at the end, so a larger cache
   * (16 or 32 MiB were tried) is no faster at 100,000 projects. SQLite
   * sizes the sorts of CREATE INDEX by it too. */
  [ZS_STORE_HINT_BULK] =
    "PRAGMA cache_size = -8192; PRAGMA mmap_size = 0; "
    "PRAGMA temp_store = FILE; PRAGMA temp.cache_size = -4096",
  /* A worker's connection lives for one read. The dispatch report reads
   * through three indexes of 14 MiB at 100k, each page once: a 16 MiB
   * cache took as much new memory at each opening, and its page faults
   * cost more than reading a page again from the system's file cache.
   * With 2 MiB (SQLite's default) the month's figures were on screen at
   * 100k in 164 ms instead of 233 (means of five runs). */
  [ZS_STORE_HINT_WORKER] =
    "PRAGMA cache_size = -2048; PRAGMA mmap_size = 0; PRAGMA temp_store = MEMORY",
};

static const char *
constraint_reason (int extended_rc)
{
  switch (extended_rc)
    {
    case SQLITE_CONSTRAINT_FOREIGNKEY:
      return _("a record it refers to does not exist, or other records still refer to it");
    case SQLITE_CONSTRAINT_UNIQUE:
    case SQLITE_CONSTRAINT_PRIMARYKEY:
      return _("a record with the same identifier already exists");
    case SQLITE_CONSTRAINT_CHECK:
      return _("a value is out of range (amounts and areas must not be negative)");
    case SQLITE_CONSTRAINT_NOTNULL:
      return _("a required value is missing");
    default:
      return _("a database rule was broken");
    }
}

/* SQLite keeps a journal (-wal, -shm) beside the database, and writes it
 * even to read: a read-only folder or file makes every command fail, an
 * export too, with "attempt to write a readonly database". Says which. */
static gboolean
set_read_only_error (ZsSqliteBackend  *self,
                     GError          **error)
{
  g_autofree char *dir = g_path_get_dirname (self->path);

  if (g_access (dir, W_OK) != 0)
    g_set_error (error, ZS_ERROR, ZS_ERROR_IO,
                 _("Cannot open “%s”: its folder “%s” is read-only, and Zhaoshang writes its journal beside "
                   "the database even to read it. Copy the database into a folder you can write to, or ask "
                   "for permission to write in this one."),
                 self->path, dir);
  else if (g_access (self->path, W_OK) != 0)
    g_set_error (error, ZS_ERROR, ZS_ERROR_IO,
                 _("Cannot open “%s”: the file is read-only, and Zhaoshang writes to the database even to read "
                   "it. Make it writable, or work on a copy."),
                 self->path);
  else
    return FALSE;
  return TRUE;
}

void
zs_sqlite_set_damaged_error (ZsSqliteBackend  *self,
                             const char       *reason,
                             GError          **error)
{
  const char *backup_dir = zs_store_backend_get_backup_dir (ZS_STORE_BACKEND (self));

  /* The folder is named only where there is one: a database that was
   * never backed up has none. */
  if (backup_dir != NULL && g_file_test (backup_dir, G_FILE_TEST_IS_DIR))
    g_set_error (error, ZS_ERROR, ZS_ERROR_CORRUPT,
                 _("The database “%s” is damaged: %s. Restore it from one of the automatic backups "
                   "in “%s”, or open another database."),
                 self->path, reason, backup_dir);
  else
    g_set_error (error, ZS_ERROR, ZS_ERROR_CORRUPT,
                 _("The database “%s” is damaged: %s. There is no automatic backup of it to restore; "
                   "open another database."),
                 self->path, reason);
}

void
zs_sqlite_set_error (ZsSqliteBackend  *self,
                     int               rc,
                     GError          **error)
{
  const char *detail = self->db != NULL ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc);

  switch (rc & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      /* Reading never waits (WAL); only a write does, for as long as
       * another program's write takes. */
      g_set_error (error, ZS_ERROR, ZS_ERROR_LOCKED,
                   _("Another program is saving to the database “%s” right now, so this change was not "
                     "saved. Try again in a moment."),
                   self->path);
      break;
    case SQLITE_CORRUPT:
      g_debug ("SQLite: %s", detail);
      zs_sqlite_set_damaged_error (self, _("some of its pages cannot be read"), error);
      break;
    case SQLITE_NOTADB:
      g_debug ("SQLite: %s", detail);
      zs_sqlite_set_damaged_error (self, _("it is not a database file, or its first page is damaged"), error);
      break;
    case SQLITE_FULL:
      g_set_error (error, ZS_ERROR, ZS_ERROR_DISK_FULL,
                   _("The disk holding “%s” is full, so the change was not saved. "
                     "Free some space and try again."),
                   self->path);
      break;
    case SQLITE_CONSTRAINT:
      g_set_error (error, ZS_ERROR, ZS_ERROR_CONSTRAINT,
                   _("The change was not saved: %s."),
                   constraint_reason (self->db != NULL ? sqlite3_extended_errcode (self->db) : rc));
      break;
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
    case SQLITE_READONLY:
    case SQLITE_PERM:
      if ((rc & 0xff) != SQLITE_IOERR && self->path != NULL && set_read_only_error (self, error))
        break;
      g_set_error (error, ZS_ERROR, ZS_ERROR_IO,
                   _("Cannot read or write “%s”: %s"), self->path, detail);
      break;
    default:
      g_set_error (error, ZS_ERROR, ZS_ERROR_FAILED,
                   _("Database error in “%s”: %s"), self->path, detail);
      break;
    }
}

sqlite3_stmt *
zs_sqlite_prepare (ZsSqliteBackend  *self,
                   const char       *sql,
                   GError          **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);
  int rc;

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      zs_sqlite_set_error (self, rc, error);
      return NULL;
    }

  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

gboolean
zs_sqlite_exec (ZsSqliteBackend  *self,
                const char       *sql,
                GError          **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      zs_sqlite_set_error (self, rc, error);
      return FALSE;
    }
  return TRUE;
}

gboolean
zs_sqlite_step_done (ZsSqliteBackend  *self,
                     sqlite3_stmt     *stmt,
                     GError          **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      zs_sqlite_set_error (self, rc, error);
      sqlite3_reset (stmt);
      return FALSE;
    }
  sqlite3_reset (stmt);
  return TRUE;
}

gboolean
zs_sqlite_apply_hint (ZsSqliteBackend  *self,
                      ZsStoreHint       hint,
                      GError          **error)
{
  g_return_val_if_fail (hint < G_N_ELEMENTS (hints), FALSE);

  self->hint = hint;
  return zs_sqlite_exec (self, hints[hint], error);
}

static void
finalize_statement (gpointer data)
{
  sqlite3_finalize (data);
}

static gboolean
check_integrity (ZsSqliteBackend  *self,
                 GError          **error)
{
  sqlite3_stmt *stmt = NULL;
  g_autoptr(GString) problems = g_string_new (NULL);
  int rc;

  rc = sqlite3_prepare_v2 (self->db, "PRAGMA quick_check", -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      zs_sqlite_set_error (self, rc, error);
      return FALSE;
    }

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *line = (const char *) sqlite3_column_text (stmt, 0);

      if (g_strcmp0 (line, "ok") != 0 && problems->len < 200)
        g_string_append_printf (problems, "%s%s", problems->len ? "; " : "", line);
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_DONE)
    {
      zs_sqlite_set_error (self, rc, error);
      return FALSE;
    }
  if (problems->len > 0)
    {
      g_debug ("SQLite quick_check of %s: %s", self->path, problems->str);
      zs_sqlite_set_damaged_error (self, zs_sqlite_damage_reason (problems->str), error);
      return FALSE;
    }
  return TRUE;
}

/* The collation ORDER BY gives text (zs-sqlite-query.c): pinyin order. */
static int
collate_pinyin (void       *data,
                int         a_length,
                const void *a,
                int         b_length,
                const void *b)
{
  return zs_collate_pinyin (a, a_length, b, b_length);
}

/* ZHAOSHANG_SQL_PROFILE=N prints every statement slower than N ms: for
 * benchmarks, never on in normal use. */
static int
on_sql_profile (unsigned int  type,
                void         *data,
                void         *p,
                void         *x)
{
  double ms = *(sqlite3_int64 *) x / 1e6;
  double threshold = GPOINTER_TO_INT (data);

  if (ms >= threshold)
    {
      char *sql = sqlite3_expanded_sql (p);

      g_printerr ("%8.2f ms  %s\n", ms, sql ? sql : sqlite3_sql (p));
      sqlite3_free (sql);
    }
  return 0;
}

/* ---- the backend's methods ------------------------------------------------ */

/* SQLite counts every allocation of every connection under one
 * process-wide mutex. The window's search and the worker threads' reads
 * (the sidebar's counts, 今日待办) then queue on it: the first search
 * typed after the window opened waited on it about 8,000 times. Nothing
 * here asks SQLite for those counts. Only possible before SQLite starts. */
static GOnce configure_once = G_ONCE_INIT;

static gpointer
configure_sqlite_once (gpointer data)
{
  sqlite3_config (SQLITE_CONFIG_MEMSTATUS, 0);
  return NULL;
}

static gboolean
zs_sqlite_backend_open (ZsStoreBackend    *backend,
                        const char        *location,
                        guint              busy_timeout_ms,
                        ZsStoreOpenFlags   flags,
                        GError           **error)
{
  ZsSqliteBackend *self = ZS_SQLITE (backend);
  g_autofree char *dir = NULL;
  g_autofree char *backup_dir = NULL;
  int version = 0;
  int rc;

  location = zs_sqlite_location_path (location);
  if (*location == '\0')
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_FAILED,
                   _("The database location “%s” names no file."), SCHEME "://");
      return FALSE;
    }
  self->path = g_strdup (location);

  dir = g_path_get_dirname (self->path);
  backup_dir = zs_sqlite_backup_dir_for (self->path);
  zs_store_backend_set_backup_dir (backend, backup_dir);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, ZS_ERROR, ZS_ERROR_IO,
                   _("Cannot create the folder “%s”: %s"), dir, g_strerror (saved_errno));
      return FALSE;
    }

  g_once (&configure_once, configure_sqlite_once, NULL);
  rc = sqlite3_open_v2 (self->path, &self->db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                        NULL);
  if (rc != SQLITE_OK)
    {
      zs_sqlite_set_error (self, rc, error);
      return FALSE;
    }

  sqlite3_extended_result_codes (self->db, 1);
  if (!zs_sqlite_search_register (self, error))
    return FALSE;
  rc = sqlite3_create_collation_v2 (self->db, ZS_COLLATE_PINYIN, SQLITE_UTF8, NULL, collate_pinyin, NULL);
  if (rc != SQLITE_OK)
    {
      zs_sqlite_set_error (self, rc, error);
      return FALSE;
    }
  if (g_getenv ("ZHAOSHANG_SQL_PROFILE") != NULL)
    sqlite3_trace_v2 (self->db, SQLITE_TRACE_PROFILE, on_sql_profile,
                      GINT_TO_POINTER (atoi (g_getenv ("ZHAOSHANG_SQL_PROFILE"))));
  sqlite3_busy_timeout (self->db, (int) busy_timeout_ms);

  /* The first read of the file tells a foreign or damaged file apart;
   * WAL mode rewrites the file's header, so it comes only once the file
   * is known to be ours (or new). */
  if (!zs_sqlite_exec (self, "SELECT count(*) FROM sqlite_schema", error) ||
      !zs_sqlite_read_version (self, &version, error) ||
      !zs_sqlite_exec (self, "PRAGMA journal_mode = WAL", error) ||
      !zs_sqlite_exec (self, "PRAGMA synchronous = FULL", error))
    return FALSE;

  /* A file the store is about to upgrade has its tables made again
   * (schema/010): with foreign keys on, dropping a table would delete or
   * change the rows of the tables that refer to it. SQLite ignores the
   * setting inside a transaction, so it goes on at the upgrade's commit;
   * the upgrade checks every reference before. */
  if (version < ZS_STORE_SCHEMA_VERSION)
    self->foreign_keys_after_upgrade = TRUE;
  else if (!zs_sqlite_exec (self, "PRAGMA foreign_keys = ON", error))
    return FALSE;

  /* The window's own connection checked the file when it opened it.
   * The check reads every page once: through SQLite's small default cache
   * and without the memory map, as fast, and a command that opens a large
   * file for an export does not start with all of it in memory. */
  if ((flags & (ZS_STORE_OPEN_SECONDARY | ZS_STORE_OPEN_CHECK_LATER)) == 0 && !check_integrity (self, error))
    return FALSE;

  return zs_sqlite_apply_hint (self, ZS_STORE_HINT_INTERACTIVE, error);
}

static gboolean
zs_sqlite_backend_begin (ZsStoreBackend  *backend,
                         guint            depth,
                         GError         **error)
{
  ZsSqliteBackend *self = ZS_SQLITE (backend);
  g_autofree char *sql = NULL;

  /* IMMEDIATE takes the write lock now, so a locked file fails here, before
   * any work, rather than at commit. */
  if (depth == 1)
    return zs_sqlite_exec (self, "BEGIN IMMEDIATE", error);

  sql = g_strdup_printf ("SAVEPOINT zs_%u", depth - 1);
  return zs_sqlite_exec (self, sql, error);
}

static gboolean
zs_sqlite_backend_begin_read (ZsStoreBackend  *backend,
                              GError         **error)
{
  return zs_sqlite_exec (ZS_SQLITE (backend), "BEGIN DEFERRED", error);
}

static gboolean
zs_sqlite_backend_commit (ZsStoreBackend  *backend,
                          guint            depth,
                          GError         **error)
{
  ZsSqliteBackend *self = ZS_SQLITE (backend);
  g_autofree char *sql = NULL;

  if (depth == 1)
    {
      if (!zs_sqlite_cursor_drop_maps (self, error) || !zs_sqlite_exec (self, "COMMIT", error))
        return FALSE;
      if (self->foreign_keys_after_upgrade)
        {
          self->foreign_keys_after_upgrade = FALSE;
          return zs_sqlite_exec (self, "PRAGMA foreign_keys = ON", error);
        }
      return TRUE;
    }

  sql = g_strdup_printf ("RELEASE zs_%u", depth - 1);
  return zs_sqlite_exec (self, sql, error);
}

static void
zs_sqlite_backend_rollback (ZsStoreBackend *backend,
                            guint           depth)
{
  ZsSqliteBackend *self = ZS_SQLITE (backend);
  g_autofree char *sql = NULL;

  if (depth == 1)
    sql = g_strdup ("ROLLBACK");
  else
    sql = g_strdup_printf ("ROLLBACK TO zs_%u; RELEASE zs_%u", depth - 1, depth - 1);

  /* A failed rollback leaves SQLite's own automatic rollback in place. */
  sqlite3_exec (self->db, sql, NULL, NULL, NULL);
  /* The cursors' UUID maps made since went with it (the others are made
   * again, which drops them first). */
  if (self->uuid_maps != NULL)
    g_hash_table_remove_all (self->uuid_maps);
  /* The dropped search triggers and indexes came back with the rollback. */
  if (depth == 1)
    {
      g_clear_pointer (&self->suspended_triggers, g_ptr_array_unref);
      g_clear_pointer (&self->suspended_indexes, g_ptr_array_unref);
    }
}

static void
zs_sqlite_backend_set_hint (ZsStoreBackend *backend,
                            ZsStoreHint     hint)
{
  /* Inside a transaction the temporary tables stay where they are. */
  zs_sqlite_apply_hint (ZS_SQLITE (backend), hint, NULL);
}

/* SQLite's own counter: it changes when another connection, of this
 * program or another, commits; reading it looks at the WAL index in
 * shared memory, not at the file. */
static gboolean
zs_sqlite_backend_data_version (ZsStoreBackend *backend,
                                guint64        *version)
{
  ZsSqliteBackend *self = ZS_SQLITE (backend);
  sqlite3_stmt *stmt = zs_sqlite_prepare (self, "PRAGMA data_version", NULL);
  gboolean ok;

  if (stmt == NULL)
    return FALSE;
  ok = sqlite3_step (stmt) == SQLITE_ROW;
  if (ok)
    *version = (guint64) sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return ok;
}

static char *
zs_sqlite_backend_get_setting (ZsStoreBackend *backend,
                               const char     *key)
{
  ZsSqliteBackend *self = ZS_SQLITE (backend);
  sqlite3_stmt *stmt;
  char *value = NULL;

  stmt = zs_sqlite_prepare (self, "SELECT value FROM settings WHERE key = ?1", NULL);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);

  return value;
}

static gboolean
zs_sqlite_backend_set_setting (ZsStoreBackend  *backend,
                               const char      *key,
                               const char      *value,
                               GError         **error)
{
  ZsSqliteBackend *self = ZS_SQLITE (backend);
  sqlite3_stmt *stmt;

  if (value == NULL)
    stmt = zs_sqlite_prepare (self, "DELETE FROM settings WHERE key = ?1", error);
  else
    stmt = zs_sqlite_prepare (self, "INSERT OR REPLACE INTO settings (key, value) VALUES (?1, ?2)", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  if (value != NULL)
    sqlite3_bind_text (stmt, 2, value, -1, SQLITE_TRANSIENT);

  return zs_sqlite_step_done (self, stmt, error);
}

static GHashTable *
zs_sqlite_backend_list_settings (ZsStoreBackend  *backend,
                                 GError         **error)
{
  ZsSqliteBackend *self = ZS_SQLITE (backend);
  g_autoptr(GHashTable) settings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = zs_sqlite_prepare (self, "SELECT key, value FROM settings", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_insert (settings, g_strdup ((const char *) sqlite3_column_text (stmt, 0)),
                         g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      zs_sqlite_set_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&settings);
}

static void
zs_sqlite_backend_finalize (GObject *object)
{
  ZsSqliteBackend *self = ZS_SQLITE_BACKEND (object);

  g_clear_pointer (&self->row_statements, g_hash_table_unref);
  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->suspended_triggers, g_ptr_array_unref);
  g_clear_pointer (&self->suspended_indexes, g_ptr_array_unref);
  g_clear_pointer (&self->uuid_maps, g_hash_table_unref);
  g_clear_pointer (&self->file_index, zs_sqlite_file_index_free);
  if (self->db != NULL)
    sqlite3_close_v2 (self->db);
  g_free (self->path);

  G_OBJECT_CLASS (zs_sqlite_backend_parent_class)->finalize (object);
}

static void
zs_sqlite_backend_class_init (ZsSqliteBackendClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  ZsStoreBackendClass *backend_class = ZS_STORE_BACKEND_CLASS (klass);

  object_class->finalize = zs_sqlite_backend_finalize;

  backend_class->open = zs_sqlite_backend_open;
  backend_class->begin = zs_sqlite_backend_begin;
  backend_class->begin_read = zs_sqlite_backend_begin_read;
  backend_class->commit = zs_sqlite_backend_commit;
  backend_class->rollback = zs_sqlite_backend_rollback;
  backend_class->set_hint = zs_sqlite_backend_set_hint;
  backend_class->data_version = zs_sqlite_backend_data_version;
  backend_class->get_setting = zs_sqlite_backend_get_setting;
  backend_class->set_setting = zs_sqlite_backend_set_setting;
  backend_class->list_settings = zs_sqlite_backend_list_settings;

  /* The rest, file by file. */
  zs_sqlite_records_class_init (backend_class);
  zs_sqlite_query_class_init (backend_class);
  zs_sqlite_aggregate_class_init (backend_class);
  zs_sqlite_cursor_class_init (backend_class);
  zs_sqlite_exchange_class_init (backend_class);
  zs_sqlite_file_index_class_init (backend_class);
  zs_sqlite_funds_class_init (backend_class);
  zs_sqlite_history_class_init (backend_class);
  zs_sqlite_schema_class_init (backend_class);
  zs_sqlite_integrity_class_init (backend_class);
  zs_sqlite_trash_class_init (backend_class);
  zs_sqlite_attachments_class_init (backend_class);
}

static void
zs_sqlite_backend_init (ZsSqliteBackend *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, finalize_statement);
  self->row_statements = g_hash_table_new_full (NULL, NULL, NULL, g_free);
}
