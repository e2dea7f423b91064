/* zs-store-integrity.c — the full check, the backups a clerk restores from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Opening a database runs only the engine's quick check, which misses a
 * broken index; the full one reads every row of every index and takes
 * long on a large database. So the window asks for it on a second
 * connection in a worker thread once its first frame is up, and the
 * damaged-database dialog lists the copies zs_store_auto_backup() made and
 * restores one, after keeping the damaged file. The engine's part (the
 * check itself, where the copies are, which files make a database) is in
 * the backend.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gstdio.h>

#include "zs-error.h"
#include "zs-main-context.h"
#include "zs-store-private.h"

/* "file:///a/b.db" is "/a/b.db", as zs_store_open() takes it. */
static char *
location_from (const char *location)
{
  char *path = NULL;

  if (g_str_has_prefix (location, "file://"))
    path = g_filename_from_uri (location, NULL, NULL);
  return path != NULL ? path : g_strdup (location);
}

gboolean
zs_store_check_integrity (ZsStore       *self,
                          GCancellable  *cancellable,
                          GError       **error)
{
  g_return_val_if_fail (ZS_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->txn_depth == 0, FALSE);

  return self->ops->check_integrity (self->backend, cancellable, error);
}

static void
check_in_thread (GTask        *task,
                 gpointer      source,
                 gpointer      data,
                 GCancellable *cancellable)
{
  const char *location = data;
  g_autoptr(ZsStore) store = NULL;
  GError *error = NULL;

  store = zs_store_open_secondary (location, &error);
  if (store == NULL || !zs_store_check_integrity (store, cancellable, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

void
zs_store_check_integrity_async (ZsStore             *self,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (ZS_IS_STORE (self));

  task = zs_thread_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, zs_store_check_integrity_async);
  g_task_set_task_data (task, g_strdup (self->path), g_free);
  g_task_run_in_thread (task, check_in_thread);
}

gboolean
zs_store_check_integrity_finish (ZsStore       *self,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* ---- the copies ---------------------------------------------------------- */

void
zs_store_backup_free (ZsStoreBackup *backup)
{
  if (backup == NULL)
    return;
  g_free (backup->path);
  g_clear_pointer (&backup->time, g_date_time_unref);
  g_free (backup);
}

/* "<stem>-<tag>-YYYYmmdd-HHMMSS.db" (zs_store_backup_path()): the time in
 * the name, local time; the file's own time when the name has none. */
static GDateTime *
backup_time (const char *name,
             GStatBuf   *st)
{
  gsize len = strlen (name);
  const char *stamp;
  int y, mo, d, h, mi, s;
  char tail[4] = "";

  if (len > strlen ("YYYYmmdd-HHMMSS.db"))
    {
      stamp = name + len - strlen ("YYYYmmdd-HHMMSS.db");
      if (sscanf (stamp, "%4d%2d%2d-%2d%2d%2d%3s", &y, &mo, &d, &h, &mi, &s, tail) == 7 &&
          strcmp (tail, ".db") == 0)
        {
          g_autoptr(GTimeZone) local = g_time_zone_new_local ();
          GDateTime *time = g_date_time_new (local, y, mo, d, h, mi, s);

          if (time != NULL)
            return time;
        }
    }
  return g_date_time_new_from_unix_local (st->st_mtime);
}

static gint
newest_first (gconstpointer a,
              gconstpointer b)
{
  const ZsStoreBackup *x = *(ZsStoreBackup * const *) a;
  const ZsStoreBackup *y = *(ZsStoreBackup * const *) b;

  return g_date_time_compare (y->time, x->time);
}

GPtrArray *
zs_store_list_backups (const char *location)
{
  GPtrArray *backups = g_ptr_array_new_with_free_func ((GDestroyNotify) zs_store_backup_free);
  g_autofree char *path = NULL;
  g_autoptr(ZsStoreBackend) backend = NULL;
  g_autofree char *backup_dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *prefix = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;
  char *dot;

  g_return_val_if_fail (location != NULL, backups);

  path = location_from (location);
  backend = zs_store_backend_for (path, NULL);
  if (backend == NULL)
    return backups;
  backup_dir = ZS_STORE_BACKEND_GET_CLASS (backend)->backup_dir_for (backend, path);
  if (backup_dir == NULL || (dir = g_dir_open (backup_dir, 0, NULL)) == NULL)
    return backups;

  /* The copies of this database, whatever their tag. */
  base = g_path_get_basename (path);
  dot = strrchr (base, '.');
  if (dot != NULL && dot != base)
    *dot = '\0';
  prefix = g_strconcat (base, "-", NULL);

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = NULL;
      ZsStoreBackup *backup;
      GStatBuf st;

      if (!g_str_has_prefix (name, prefix) || !g_str_has_suffix (name, ".db") ||
          zs_store_backup_is_torn (backup_dir, name))
        continue;
      file = g_build_filename (backup_dir, name, NULL);
      if (g_stat (file, &st) != 0 || !S_ISREG (st.st_mode))
        continue;

      backup = g_new0 (ZsStoreBackup, 1);
      backup->path = g_steal_pointer (&file);
      backup->time = backup_time (name, &st);
      backup->size = st.st_size;
      g_ptr_array_add (backups, backup);
    }

  g_ptr_array_sort (backups, newest_first);
  return backups;
}

char *
zs_store_restore_backup (const char  *location,
                         const char  *backup,
                         GError     **error)
{
  g_autofree char *path = NULL;
  g_autoptr(ZsStoreBackend) backend = NULL;

  g_return_val_if_fail (location != NULL, NULL);
  g_return_val_if_fail (backup != NULL, NULL);

  path = location_from (location);
  backend = zs_store_backend_for (path, error);
  if (backend == NULL)
    return NULL;
  return ZS_STORE_BACKEND_GET_CLASS (backend)->restore (backend, path, backup, error);
}
