/* zs-store-schema.c — schema migrations and backup copies
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "zs-date.h"
#include "zs-error.h"
#include "zs-store-private.h"
#include "zs-store-rules.h"

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
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == ZS_STORE_SCHEMA_VERSION);

#define BACKUP_AUTO_TAG "auto"
#define SETTING_LAST_BACKUP "backup-last-date"

static gboolean
query_int (ZsStore     *self,
           const char  *sql,
           int         *value,
           GError     **error)
{
  sqlite3_stmt *stmt = zs_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      zs_store_set_error (self, rc, error);
      sqlite3_reset (stmt);
      return FALSE;
    }
  *value = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  return TRUE;
}

static char *
backup_name (ZsStore    *self,
             const char *tag)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *base = g_path_get_basename (self->path);
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  char *dot = strrchr (base, '.');

  if (dot != NULL && dot != base)
    *dot = '\0';

  return g_strdup_printf ("%s-%s-%s.db", base, tag, stamp);
}

gboolean
zs_store_backup_to (ZsStore     *self,
                    const char  *dest,
                    GError     **error)
{
  sqlite3_stmt *stmt;
  g_autofree char *dir = g_path_get_dirname (dest);

  g_return_val_if_fail (ZS_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->txn_depth == 0, FALSE);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_IO,
                   _("Cannot create the folder “%s”: %s"), dir, g_strerror (errno));
      return FALSE;
    }
  /* VACUUM INTO refuses to overwrite. */
  g_unlink (dest);

  stmt = zs_store_prepare (self, "VACUUM INTO ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, dest, -1, SQLITE_TRANSIENT);
  return zs_store_step_done (self, stmt, error);
}

static gint
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

static void
prune_backups (ZsStore *self,
               guint    keep)
{
  g_autoptr(GDir) dir = g_dir_open (self->backup_dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *probe = backup_name (self, BACKUP_AUTO_TAG);
  /* Everything up to the time stamp is the same for every automatic copy. */
  gsize prefix_len = strlen (probe) - strlen ("YYYYmmdd-HHMMSS.db");
  const char *name;

  if (dir == NULL)
    return;

  while ((name = g_dir_read_name (dir)) != NULL)
    if (strncmp (name, probe, prefix_len) == 0 && g_str_has_suffix (name, ".db"))
      g_ptr_array_add (names, g_strdup (name));

  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i + keep < names->len; i++)
    {
      g_autofree char *path = g_build_filename (self->backup_dir, g_ptr_array_index (names, i), NULL);

      g_unlink (path);
    }
}

char *
zs_store_auto_backup (ZsStore  *self,
                      guint     keep,
                      GError  **error)
{
  g_autofree char *today = zs_date_today ();
  g_autofree char *last = zs_store_get_setting (self, SETTING_LAST_BACKUP);
  g_autofree char *name = NULL;
  g_autofree char *dest = NULL;

  g_return_val_if_fail (ZS_IS_STORE (self), NULL);

  if (g_strcmp0 (last, today) == 0)
    return NULL;

  name = backup_name (self, BACKUP_AUTO_TAG);
  dest = g_build_filename (self->backup_dir, name, NULL);
  if (!zs_store_backup_to (self, dest, error))
    return NULL;

  if (!zs_store_set_setting (self, SETTING_LAST_BACKUP, today, error))
    return NULL;

  prune_backups (self, MAX (keep, 1));
  return g_steal_pointer (&dest);
}

static gboolean
run_migration (ZsStore     *self,
               guint        step,
               GError     **error)
{
  g_autofree char *path = g_strdup_printf ("%s/core/schema/%s", RESOURCE_BASE, migrations[step]);
  g_autoptr(GBytes) sql = NULL;
  g_autofree char *text = NULL;

  sql = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (sql == NULL)
    return FALSE;

  text = g_strndup (g_bytes_get_data (sql, NULL), g_bytes_get_size (sql));
  return zs_store_exec (self, text, error);
}

gboolean
zs_store_migrate (ZsStore  *self,
                  GError  **error)
{
  int version = 0;
  int n_tables = 0;

  if (!zs_store_begin (self, error))
    return FALSE;

  if (!query_int (self, "PRAGMA user_version", &version, error) ||
      !query_int (self, "SELECT count(*) FROM sqlite_schema WHERE type = 'table'", &n_tables, error))
    goto fail;

  self->opened_version = version;

  if (version > ZS_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_TOO_NEW,
                   _("“%s” was written by a newer version of Zhaoshang (database version %d; "
                     "this version reads up to %d). Update Zhaoshang to open it."),
                   self->path, version, ZS_STORE_SCHEMA_VERSION);
      goto fail;
    }

  if (version == 0 && n_tables > 0)
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_CORRUPT,
                   _("“%s” is an SQLite database of another program, not a Zhaoshang database."),
                   self->path);
      goto fail;
    }

  if (version == ZS_STORE_SCHEMA_VERSION)
    return zs_store_commit (self, error);

  if (version > 0)
    {
      g_autofree char *tag = g_strdup_printf ("before-v%d", ZS_STORE_SCHEMA_VERSION);
      g_autofree char *name = backup_name (self, tag);
      g_autofree char *dest = g_build_filename (self->backup_dir, name, NULL);

      /* The copy must be made outside a transaction; nothing has been
       * written yet, so give the lock back for the moment it takes. */
      zs_store_rollback (self);
      if (!zs_store_backup_to (self, dest, error))
        return FALSE;
      if (!zs_store_begin (self, error))
        return FALSE;
      /* Another program may have migrated the file meanwhile. */
      if (!query_int (self, "PRAGMA user_version", &version, error))
        goto fail;
      if (version == ZS_STORE_SCHEMA_VERSION)
        return zs_store_commit (self, error);
    }

  for (guint step = (guint) version; step < ZS_STORE_SCHEMA_VERSION; step++)
    if (!run_migration (self, step, error))
      goto fail;

  /* What SQL alone cannot carry over (the totals kept before step 008
   * become dated entries, with a note in the clerk's language). */
  if (!zs_store_run_upgrades (self, version, error))
    goto fail;

  {
    g_autofree char *sql = g_strdup_printf ("PRAGMA user_version = %d", ZS_STORE_SCHEMA_VERSION);

    if (!zs_store_exec (self, sql, error))
      goto fail;
  }

  if (!zs_store_commit (self, error))
    goto fail;

  self->created = (version == 0);
  return TRUE;

fail:
  if (self->txn_depth > 0)
    zs_store_rollback (self);
  return FALSE;
}

/* Drops the triggers or indexes @stmt lists as (name, sql) and keeps
 * their SQL in @saved, to be run again at zs_store_bulk_end(). @kind is
 * "TRIGGER" or "INDEX". */
static gboolean
suspend (ZsStore       *self,
         sqlite3_stmt  *stmt,
         const char    *kind,
         GPtrArray     *saved,
         GError       **error)
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
      zs_store_set_error (self, rc, error);
      return FALSE;
    }

  for (guint i = 0; i < names->len; i++)
    {
      /* Names come from the schema itself, never from users. */
      g_autofree char *sql = g_strdup_printf ("DROP %s \"%s\"", kind, (const char *) g_ptr_array_index (names, i));

      if (!zs_store_exec (self, sql, error))
        return FALSE;
    }
  return TRUE;
}

/* The full-text indexes (schema/002-search.sql) are kept by triggers, one
 * index update per row, each flushed at the end of its statement. A bulk
 * write takes the triggers out and has each index rebuilt once at the end,
 * which for an import of thousands of projects is several times faster. */
gboolean
zs_store_bulk_begin (ZsStore  *self,
                     GError  **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ZS_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->txn_depth > 0, FALSE);
  g_return_val_if_fail (self->suspended_triggers == NULL, FALSE);

  stmt = zs_store_prepare (self,
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
gboolean
zs_store_bulk_defer_indexes (ZsStore  *self,
                             GType     type,
                             GError  **error)
{
  ZsRecordClass *klass;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ZS_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->txn_depth > 0, FALSE);

  klass = zs_store_record_class (type);
  stmt = zs_store_prepare (self,
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

gboolean
zs_store_bulk_end (ZsStore  *self,
                   GError  **error)
{
  g_autoptr(GPtrArray) deferred = g_steal_pointer (&self->suspended_indexes);
  g_autoptr(GPtrArray) triggers = NULL;
  g_autoptr(GHashTable) indexes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTableIter iter;
  const char *index;

  g_return_val_if_fail (ZS_IS_STORE (self), FALSE);

  triggers = g_steal_pointer (&self->suspended_triggers);
  for (guint i = 0; triggers != NULL && i < triggers->len; i++)
    {
      const char *sql = g_ptr_array_index (triggers, i);
      const char *on = strstr (sql, " ON ");
      const char *begin = on != NULL ? strstr (on, " BEGIN") : NULL;

      if (!zs_store_exec (self, sql, error))
        return FALSE;
      /* "… ON projects BEGIN": the index is projects_fts. */
      if (begin != NULL)
        {
          g_autofree char *table = g_strstrip (g_strndup (on + 4, begin - on - 4));

          g_hash_table_add (indexes, g_strconcat (table, "_fts", NULL));
        }
    }

  g_hash_table_iter_init (&iter, indexes);
  while (g_hash_table_iter_next (&iter, (gpointer *) &index, NULL))
    {
      g_autofree char *sql = g_strdup_printf ("INSERT INTO %s (%s) VALUES ('rebuild')", index, index);

      if (!zs_store_exec (self, sql, error))
        return FALSE;
    }

  for (guint i = 0; deferred != NULL && i < deferred->len; i++)
    if (!zs_store_exec (self, g_ptr_array_index (deferred, i), error))
      return FALSE;
  return TRUE;
}
