/* zs-store.c — the SQLite database behind every screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * ZsStore is the one place that speaks SQL. It opens (and if needed
 * migrates) one database file, hands out one live object per stored row so
 * an edit shows on every screen at once, and turns every SQLite failure into
 * a GError that says what happened and what to do. Record reading and
 * writing is in zs-store-records.c, schema and backups in zs-store-schema.c.
 */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "zs-date.h"
#include "zs-error.h"
#include "zs-store-private.h"

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void zs_store_initable_iface_init (GInitableIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (ZsStore, zs_store, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_INITABLE, zs_store_initable_iface_init))

#define DEFAULT_BUSY_TIMEOUT_MS 5000

/* Sizes in KiB (negative cache sizes) and bytes (mmap). Changing where
 * temporary tables live starts the temporary database afresh, so its cache
 * size comes after; inside a transaction SQLite refuses that change and
 * the statements after it, so it comes after the page cache and the map. */
static const char * const tunings[] = {
  /* Totals over 100,000 projects read the whole table: keep it in memory
   * and map the file instead of one read call per page. */
  [ZS_STORE_TUNING_DEFAULT] =
    "PRAGMA cache_size = -65536; PRAGMA mmap_size = 268435456; PRAGMA temp_store = MEMORY",
  /* Every row read once: mapped pages would stay in memory, and a cache
   * larger than a few pages of each table would only fill up. */
  [ZS_STORE_TUNING_STREAM] =
    "PRAGMA cache_size = -8192; PRAGMA mmap_size = 0; "
    "PRAGMA temp_store = FILE; PRAGMA temp.cache_size = -8192",
  /* Reading and writing every row: the import writes rows in order and
   * makes large indexes again in one sort at the end, so a larger cache
   * (16 or 32 MiB were tried) is no faster at 100,000 projects. SQLite
   * sizes the sorts of CREATE INDEX by it too. */
  [ZS_STORE_TUNING_BULK] =
    "PRAGMA cache_size = -8192; PRAGMA mmap_size = 0; "
    "PRAGMA temp_store = FILE; PRAGMA temp.cache_size = -4096",
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

void
zs_store_set_error (ZsStore  *self,
                    int       rc,
                    GError  **error)
{
  const char *detail = self->db != NULL ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc);

  switch (rc & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, ZS_ERROR, ZS_ERROR_LOCKED,
                   _("The database “%s” is locked by another program. "
                     "Close the other program and try again."),
                   self->path);
      break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      g_set_error (error, ZS_ERROR, ZS_ERROR_CORRUPT,
                   _("“%s” is not a Zhaoshang database or it is damaged (%s). "
                     "Restore a copy from the backup folder “%s”."),
                   self->path, detail, self->backup_dir);
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
zs_store_prepare (ZsStore     *self,
                  const char  *sql,
                  GError     **error)
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
      zs_store_set_error (self, rc, error);
      return NULL;
    }

  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

gboolean
zs_store_exec (ZsStore     *self,
               const char  *sql,
               GError     **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      zs_store_set_error (self, rc, error);
      return FALSE;
    }
  return TRUE;
}

gboolean
zs_store_step_done (ZsStore       *self,
                    sqlite3_stmt  *stmt,
                    GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      zs_store_set_error (self, rc, error);
      sqlite3_reset (stmt);
      return FALSE;
    }
  sqlite3_reset (stmt);
  return TRUE;
}

void
zs_store_emit_changed (ZsStore *self,
                       GType    type,
                       gint64   id)
{
  /* Inside a transaction listeners would see half a change; tell them all
   * at once when it commits. */
  if (self->txn_depth > 0)
    {
      self->txn_dirty = TRUE;
      return;
    }
  g_signal_emit (self, signals[CHANGED], 0, type, id);
}

static void
finalize_statement (gpointer data)
{
  sqlite3_finalize (data);
}

static gboolean
check_integrity (ZsStore  *self,
                 GError  **error)
{
  sqlite3_stmt *stmt = NULL;
  g_autoptr(GString) problems = g_string_new (NULL);
  int rc;

  rc = sqlite3_prepare_v2 (self->db, "PRAGMA quick_check", -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      zs_store_set_error (self, rc, error);
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
      zs_store_set_error (self, rc, error);
      return FALSE;
    }
  if (problems->len > 0)
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_CORRUPT,
                   _("“%s” is damaged (%s). Restore a copy from the backup folder “%s”."),
                   self->path, problems->str, self->backup_dir);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_version (ZsStore  *self,
               GError  **error)
{
  sqlite3_stmt *stmt = zs_store_prepare (self, "PRAGMA user_version", error);
  int version;

  if (stmt == NULL)
    return FALSE;
  version = sqlite3_step (stmt) == SQLITE_ROW ? sqlite3_column_int (stmt, 0) : -1;
  sqlite3_reset (stmt);
  if (version != ZS_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_FAILED,
                   _("“%s” is not ready to be read (database version %d; this version of Zhaoshang writes %d)."),
                   self->path, version, ZS_STORE_SCHEMA_VERSION);
      return FALSE;
    }
  return TRUE;
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

static gboolean
zs_store_initable_init (GInitable     *initable,
                        GCancellable  *cancellable,
                        GError       **error)
{
  ZsStore *self = ZS_STORE (initable);
  g_autofree char *dir = NULL;
  int rc;

  g_return_val_if_fail (self->path != NULL, FALSE);

  dir = g_path_get_dirname (self->path);
  self->backup_dir = g_build_filename (dir, "backups", NULL);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, ZS_ERROR, ZS_ERROR_IO,
                   _("Cannot create the folder “%s”: %s"), dir, g_strerror (saved_errno));
      return FALSE;
    }

  rc = sqlite3_open_v2 (self->path, &self->db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                        NULL);
  if (rc != SQLITE_OK)
    {
      zs_store_set_error (self, rc, error);
      return FALSE;
    }

  sqlite3_extended_result_codes (self->db, 1);
  if (g_getenv ("ZHAOSHANG_SQL_PROFILE") != NULL)
    sqlite3_trace_v2 (self->db, SQLITE_TRACE_PROFILE, on_sql_profile,
                      GINT_TO_POINTER (atoi (g_getenv ("ZHAOSHANG_SQL_PROFILE"))));
  sqlite3_busy_timeout (self->db, (int) self->busy_timeout);

  /* The first read of the file tells a foreign or damaged file apart. */
  if (!zs_store_exec (self, "PRAGMA foreign_keys = ON", error) ||
      !zs_store_exec (self, "SELECT count(*) FROM sqlite_schema", error) ||
      !zs_store_exec (self, "PRAGMA journal_mode = WAL", error) ||
      !zs_store_exec (self, "PRAGMA synchronous = FULL", error))
    return FALSE;

  /* The window's own connection checked and migrated the file when it
   * opened it; a worker's second connection only makes sure of that. */
  if (self->secondary)
    return check_version (self, error) &&
           zs_store_exec (self, tunings[ZS_STORE_TUNING_DEFAULT], error);

  /* The check reads every page once: through SQLite's small default cache
   * and without the memory map, as fast, and a command that opens a large
   * file for an export does not start with all of it in memory. */
  return check_integrity (self, error) &&
         zs_store_exec (self, tunings[ZS_STORE_TUNING_DEFAULT], error) &&
         zs_store_migrate (self, error);
}

static void
zs_store_initable_iface_init (GInitableIface *iface)
{
  iface->init = zs_store_initable_init;
}

static void
zs_store_dispose (GObject *object)
{
  ZsStore *self = ZS_STORE (object);

  zs_store_live_clear (self);

  G_OBJECT_CLASS (zs_store_parent_class)->dispose (object);
}

static void
zs_store_finalize (GObject *object)
{
  ZsStore *self = ZS_STORE (object);

  g_clear_pointer (&self->row_statements, g_hash_table_unref);
  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->live, g_hash_table_unref);
  g_clear_pointer (&self->suspended_triggers, g_ptr_array_unref);
  g_clear_pointer (&self->suspended_indexes, g_ptr_array_unref);
  if (self->db != NULL)
    sqlite3_close_v2 (self->db);
  g_free (self->path);
  g_free (self->backup_dir);

  G_OBJECT_CLASS (zs_store_parent_class)->finalize (object);
}

static void
zs_store_class_init (ZsStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = zs_store_dispose;
  object_class->finalize = zs_store_finalize;

  /**
   * ZsStore::changed:
   * @type: the record type that changed, or %G_TYPE_NONE for "anything"
   * @id: the row that changed, or 0 for "any row of @type"
   *
   * Emitted after a change is committed.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_GTYPE, G_TYPE_INT64);
}

static void
zs_store_init (ZsStore *self)
{
  self->busy_timeout = DEFAULT_BUSY_TIMEOUT_MS;
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, finalize_statement);
  self->row_statements = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  self->live = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_hash_table_unref);
}

char *
zs_store_default_path (void)
{
  /* In the Flatpak sandbox this is the app's own data folder. */
  return g_build_filename (g_get_user_data_dir (), "zhaoshang", "zhaoshang.db", NULL);
}

ZsStore *
zs_store_open_full (const char  *path,
                    guint        busy_timeout_ms,
                    GError     **error)
{
  g_autoptr(ZsStore) self = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (ZS_TYPE_STORE, NULL);
  self->path = g_strdup (path);
  self->busy_timeout = busy_timeout_ms;

  if (!g_initable_init (G_INITABLE (self), NULL, error))
    return NULL;

  return g_steal_pointer (&self);
}

ZsStore *
zs_store_open (const char  *path,
               GError     **error)
{
  return zs_store_open_full (path, DEFAULT_BUSY_TIMEOUT_MS, error);
}

ZsStore *
zs_store_open_secondary (const char  *path,
                         GError     **error)
{
  g_autoptr(ZsStore) self = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (ZS_TYPE_STORE, NULL);
  self->path = g_strdup (path);
  self->busy_timeout = DEFAULT_BUSY_TIMEOUT_MS;
  self->secondary = TRUE;

  if (!g_initable_init (G_INITABLE (self), NULL, error))
    return NULL;

  return g_steal_pointer (&self);
}

const char *
zs_store_get_path (ZsStore *self)
{
  g_return_val_if_fail (ZS_IS_STORE (self), NULL);
  return self->path;
}

gboolean
zs_store_was_created (ZsStore *self)
{
  g_return_val_if_fail (ZS_IS_STORE (self), FALSE);
  return self->created;
}

int
zs_store_get_opened_version (ZsStore *self)
{
  g_return_val_if_fail (ZS_IS_STORE (self), 0);
  return self->opened_version;
}

const char *
zs_store_get_backup_dir (ZsStore *self)
{
  g_return_val_if_fail (ZS_IS_STORE (self), NULL);
  return self->backup_dir;
}

gboolean
zs_store_begin (ZsStore  *self,
                GError  **error)
{
  g_autofree char *sql = NULL;

  g_return_val_if_fail (ZS_IS_STORE (self), FALSE);

  /* IMMEDIATE takes the write lock now, so a locked file fails here, before
   * any work, rather than at commit. */
  if (self->txn_depth == 0)
    sql = g_strdup ("BEGIN IMMEDIATE");
  else
    sql = g_strdup_printf ("SAVEPOINT zs_%u", self->txn_depth);

  if (!zs_store_exec (self, sql, error))
    return FALSE;

  if (self->txn_depth == 0)
    self->txn_dirty = FALSE;
  self->txn_depth++;
  return TRUE;
}

gboolean
zs_store_commit (ZsStore  *self,
                 GError  **error)
{
  g_autofree char *sql = NULL;

  g_return_val_if_fail (ZS_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->txn_depth > 0, FALSE);

  if (self->txn_depth == 1)
    sql = g_strdup ("COMMIT");
  else
    sql = g_strdup_printf ("RELEASE zs_%u", self->txn_depth - 1);

  if (!zs_store_exec (self, sql, error))
    return FALSE;

  self->txn_depth--;
  if (self->txn_depth == 0 && self->txn_dirty)
    {
      self->txn_dirty = FALSE;
      g_signal_emit (self, signals[CHANGED], 0, G_TYPE_NONE, (gint64) 0);
    }
  return TRUE;
}

void
zs_store_rollback (ZsStore *self)
{
  g_autofree char *sql = NULL;

  g_return_if_fail (ZS_IS_STORE (self));
  g_return_if_fail (self->txn_depth > 0);

  if (self->txn_depth == 1)
    sql = g_strdup ("ROLLBACK");
  else
    sql = g_strdup_printf ("ROLLBACK TO zs_%u; RELEASE zs_%u",
                           self->txn_depth - 1, self->txn_depth - 1);

  /* A failed rollback leaves SQLite's own automatic rollback in place. */
  sqlite3_exec (self->db, sql, NULL, NULL, NULL);
  self->txn_depth--;
  /* The dropped search triggers and indexes came back with the rollback. */
  if (self->txn_depth == 0)
    {
      g_clear_pointer (&self->suspended_triggers, g_ptr_array_unref);
      g_clear_pointer (&self->suspended_indexes, g_ptr_array_unref);
    }

  /* Objects changed inside the transaction no longer match the file. */
  zs_store_live_refresh (self);
}

gboolean
zs_store_begin_read (ZsStore  *self,
                     GError  **error)
{
  g_return_val_if_fail (ZS_IS_STORE (self), FALSE);

  if (self->txn_depth > 0)
    return zs_store_begin (self, error);

  if (!zs_store_exec (self, "BEGIN DEFERRED", error))
    return FALSE;

  self->txn_dirty = FALSE;
  self->txn_depth++;
  return TRUE;
}

void
zs_store_set_tuning (ZsStore       *self,
                     ZsStoreTuning  tuning)
{
  g_return_if_fail (ZS_IS_STORE (self));
  g_return_if_fail (tuning < G_N_ELEMENTS (tunings));

  if (tuning == self->tuning)
    return;
  /* Inside a transaction the temporary tables stay where they are. */
  zs_store_exec (self, tunings[tuning], NULL);
  self->tuning = tuning;
}

void
zs_store_refresh (ZsStore *self)
{
  g_return_if_fail (ZS_IS_STORE (self));
  g_return_if_fail (self->txn_depth == 0);

  zs_store_live_refresh (self);
  g_signal_emit (self, signals[CHANGED], 0, G_TYPE_NONE, (gint64) 0);
}

char *
zs_store_get_setting (ZsStore    *self,
                      const char *key)
{
  sqlite3_stmt *stmt;
  char *value = NULL;

  g_return_val_if_fail (ZS_IS_STORE (self), NULL);

  stmt = zs_store_prepare (self, "SELECT value FROM settings WHERE key = ?1", NULL);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);

  return value;
}

gboolean
zs_store_set_setting (ZsStore     *self,
                      const char  *key,
                      const char  *value,
                      GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ZS_IS_STORE (self), FALSE);

  if (value == NULL)
    stmt = zs_store_prepare (self, "DELETE FROM settings WHERE key = ?1", error);
  else
    stmt = zs_store_prepare (self, "INSERT OR REPLACE INTO settings (key, value) VALUES (?1, ?2)", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  if (value != NULL)
    sqlite3_bind_text (stmt, 2, value, -1, SQLITE_TRANSIENT);

  if (!zs_store_step_done (self, stmt, error))
    return FALSE;

  zs_store_emit_changed (self, G_TYPE_NONE, 0);
  return TRUE;
}
