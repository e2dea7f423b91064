/* zs-sqlite-integrity.c — the full check, the backup folder, restoring
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Opening runs PRAGMA quick_check, which reads every page but does not
 * compare an index with its table: a changed byte in an index leaves a
 * row that the index no longer finds, and only integrity_check sees it.
 * That reads every index entry against its row, too slow to make the
 * window wait, so the store runs it on a second connection in a worker
 * thread (zs-store-integrity.c). A database is one file, with a journal
 * ("-wal", or "-journal") and the WAL's index ("-shm") beside it while it
 * is open or after a crash: restoring moves all of them aside.
 */
#include "config.h"

#include <errno.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "zs-error.h"
#include "zs-sqlite-private.h"

#define SCHEME "sqlite://"

const char *
zs_sqlite_location_path (const char *location)
{
  if (g_ascii_strncasecmp (location, SCHEME, strlen (SCHEME)) == 0)
    return location + strlen (SCHEME);
  return location;
}

char *
zs_sqlite_backup_dir_for (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  return g_build_filename (dir, "backups", NULL);
}

const char *
zs_sqlite_damage_reason (const char *problems)
{
  /* "row 12 missing from index …", "wrong # of entries in index …",
   * "non-unique entry in index …": the table is whole, its index is not. */
  if (strstr (problems, "index") != NULL)
    return _("an index no longer agrees with the records it lists, so lists and searches may miss "
             "records or show wrong ones");
  return _("some of its pages cannot be read");
}

static int
on_progress (void *data)
{
  return g_cancellable_is_cancelled (data) ? 1 : 0;
}

static gboolean
check_integrity (ZsStoreBackend  *backend,
                 GCancellable    *cancellable,
                 GError         **error)
{
  ZsSqliteBackend *self = ZS_SQLITE (backend);
  g_autoptr(GString) problems = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;
  int rc;

  /* Every page read, no memory map. The check also looks each row's
   * entries up in its indexes, where a larger cache than the stream's
   * saves reading index pages again: with 2 MiB the check of 100k took
   * 15–25 s instead of 16–23, with half again the system time. */
  if (!zs_sqlite_apply_hint (self, ZS_STORE_HINT_STREAM, error) ||
      !zs_sqlite_exec (self, "PRAGMA cache_size = -8192", error))
    return FALSE;

  rc = sqlite3_prepare_v2 (self->db, "PRAGMA integrity_check", -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      zs_sqlite_set_error (self, rc, error);
      return FALSE;
    }
  if (cancellable != NULL)
    sqlite3_progress_handler (self->db, 10000, on_progress, cancellable);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *line = (const char *) sqlite3_column_text (stmt, 0);

      if (g_strcmp0 (line, "ok") != 0 && problems->len < 2000)
        g_string_append_printf (problems, "%s%s", problems->len ? "; " : "", line);
    }
  sqlite3_finalize (stmt);
  sqlite3_progress_handler (self->db, 0, NULL, NULL);

  if (rc == SQLITE_INTERRUPT && g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  if (rc != SQLITE_DONE)
    {
      zs_sqlite_set_error (self, rc, error);
      return FALSE;
    }
  if (problems->len > 0)
    {
      g_debug ("SQLite integrity_check of %s: %s", self->path, problems->str);
      zs_sqlite_set_damaged_error (self, zs_sqlite_damage_reason (problems->str), error);
      return FALSE;
    }
  return TRUE;
}

static char *
backup_dir_for (ZsStoreBackend *backend,
                const char     *location)
{
  return zs_sqlite_backup_dir_for (zs_sqlite_location_path (location));
}

/* What SQLite may keep beside a database file. */
static const char * const side_files[] = { "-wal", "-journal" };

static gboolean
move_database (const char  *from,
               const char  *to,
               GError     **error)
{
  g_autofree char *shm = g_strconcat (from, "-shm", NULL);

  if (g_rename (from, to) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, ZS_ERROR, ZS_ERROR_IO, _("Cannot move “%s” to “%s”: %s"),
                   from, to, g_strerror (saved_errno));
      return FALSE;
    }
  /* A journal goes with its database: left behind, SQLite would play it
   * into the copy put in its place. The WAL's index is made again. */
  for (guint i = 0; i < G_N_ELEMENTS (side_files); i++)
    {
      g_autofree char *side = g_strconcat (from, side_files[i], NULL);
      g_autofree char *moved = g_strconcat (to, side_files[i], NULL);

      if (g_file_test (side, G_FILE_TEST_EXISTS))
        g_rename (side, moved);
    }
  g_unlink (shm);
  return TRUE;
}

/* "<stem>-damaged-<time>.db" beside @path, a name not taken. */
static char *
safety_name (const char *path)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *stem = g_strdup (path);
  char *slash = strrchr (stem, G_DIR_SEPARATOR);
  char *dot = strrchr (stem, '.');

  if (dot != NULL && (slash == NULL || dot > slash + 1))
    *dot = '\0';
  for (guint n = 1;; n++)
    {
      char *name = n == 1 ? g_strdup_printf ("%s-damaged-%s.db", stem, stamp)
                          : g_strdup_printf ("%s-damaged-%s-%u.db", stem, stamp, n);

      if (!g_file_test (name, G_FILE_TEST_EXISTS))
        return name;
      g_free (name);
    }
}

static char *
restore (ZsStoreBackend  *backend,
         const char      *location,
         const char      *backup,
         GError         **error)
{
  const char *path = zs_sqlite_location_path (location);
  g_autofree char *safety = safety_name (path);
  g_autofree char *part = g_strconcat (path, ".part", NULL);
  g_autoptr(GFile) from = g_file_new_for_path (backup);
  g_autoptr(GFile) to = g_file_new_for_path (part);
  g_autoptr(GError) copy_error = NULL;

  /* The copy is made first under a temporary name: a full disk leaves
   * the damaged database where it was. */
  if (!g_file_copy (from, to, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &copy_error))
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_IO, _("Cannot copy the backup “%s”: %s"),
                   backup, copy_error->message);
      g_unlink (part);
      return NULL;
    }
  if (g_file_test (path, G_FILE_TEST_EXISTS) && !move_database (path, safety, error))
    {
      g_unlink (part);
      return NULL;
    }
  if (g_rename (part, path) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, ZS_ERROR, ZS_ERROR_IO, _("Cannot move “%s” to “%s”: %s"),
                   part, path, g_strerror (saved_errno));
      g_unlink (part);
      /* Put back what was there. */
      move_database (safety, path, NULL);
      return NULL;
    }
  return g_steal_pointer (&safety);
}

void
zs_sqlite_integrity_class_init (ZsStoreBackendClass *klass)
{
  klass->check_integrity = check_integrity;
  klass->backup_dir_for = backup_dir_for;
  klass->restore = restore;
}
