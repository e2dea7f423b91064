/* zs-scratch.c — the program's own temporary files, gone even after a crash
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * A scratch folder holds a file "lock" that its owner keeps locked with
 * flock() for as long as it works: the kernel lets go of the lock when the
 * owner exits, however it exits. The lock file is made and locked under
 * another name and then renamed to "lock", so a "lock" that nobody holds
 * always means a dead owner, never one that is still starting. A folder
 * without a lock (its owner died while making it) counts as dead once it
 * is an hour old.
 *
 * A half-written export is not in the cache but beside its destination,
 * so that it can be renamed into place: its scratch folder (kind "export")
 * holds its path, written before the file is made, and the cleaner removes
 * that file only if its name is one this program makes, it is a regular
 * file of this user, and it is older than the cleaning process.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "zs-scratch.h"

#define LOCK_NAME "lock"
#define PARTIAL_NAME "partial"
#define PARTIAL_PREFIX ".zhaoshang-"
#define PARTIAL_SUFFIX ".part"
#define NAME_CHARS "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
/* A folder its owner died making, before it had a lock, or one an older
 * version made: an hour, longer than any of them works. */
#define LOCKLESS_GRACE_SECONDS 3600

struct _ZsScratch
{
  char *path;
  int   lock_fd;
};

static gint64 process_start;  /* µs */

__attribute__ ((constructor)) static void
note_process_start (void)
{
  process_start = g_get_real_time ();
}

static gboolean
older_than_process (const GStatBuf *st)
{
  return (gint64) st->st_mtim.tv_sec * G_USEC_PER_SEC + st->st_mtim.tv_nsec / 1000 < process_start;
}

static void
set_error_from_errno (GError     **error,
                      int          saved_errno,
                      const char  *what)
{
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               "%s: %s", what, g_strerror (saved_errno));
}

static char *
random_name (const char *prefix,
             const char *suffix)
{
  char middle[7];

  for (guint i = 0; i < 6; i++)
    middle[i] = NAME_CHARS[g_random_int_range (0, sizeof NAME_CHARS - 1)];
  middle[6] = '\0';
  return g_strconcat (prefix, middle, suffix, NULL);
}

/* PREFIX + six letters or digits + SUFFIX, exactly. */
static gboolean
has_generated_name (const char *name,
                    const char *prefix,
                    const char *suffix)
{
  gsize prefix_len = strlen (prefix);
  gsize suffix_len = strlen (suffix);

  if (strlen (name) != prefix_len + 6 + suffix_len ||
      strncmp (name, prefix, prefix_len) != 0 ||
      strcmp (name + prefix_len + 6, suffix) != 0)
    return FALSE;
  for (guint i = 0; i < 6; i++)
    if (strchr (NAME_CHARS, name[prefix_len + i]) == NULL || name[prefix_len + i] == '\0')
      return FALSE;
  return TRUE;
}

/* Removes @path and, for a folder, all it holds, never following a link. */
static void
remove_tree (const char *path)
{
  GStatBuf st;

  if (g_lstat (path, &st) != 0)
    return;
  if (S_ISDIR (st.st_mode))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

char *
zs_scratch_get_cache_dir (void)
{
  return g_build_filename (g_get_user_cache_dir (), "zhaoshang", NULL);
}

ZsScratch *
zs_scratch_new_in (const char  *parent,
                   const char  *kind,
                   GError     **error)
{
  g_autoptr(ZsScratch) self = g_new0 (ZsScratch, 1);
  g_autofree char *template = NULL;
  g_autofree char *lock_path = NULL;
  g_autofree char *making = NULL;

  g_return_val_if_fail (parent != NULL && kind != NULL, NULL);

  self->lock_fd = -1;
  if (g_mkdir_with_parents (parent, 0700) != 0)
    {
      set_error_from_errno (error, errno, parent);
      return NULL;
    }
  template = g_strdup_printf ("%s%c%s-XXXXXX", parent, G_DIR_SEPARATOR, kind);
  if (g_mkdtemp_full (template, 0700) == NULL)
    {
      set_error_from_errno (error, errno, parent);
      return NULL;
    }
  self->path = g_steal_pointer (&template);

  /* Locked before it is called "lock": see the top of the file. */
  making = g_build_filename (self->path, "lock.new", NULL);
  lock_path = g_build_filename (self->path, LOCK_NAME, NULL);
  self->lock_fd = g_open (making, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
  if (self->lock_fd < 0 || flock (self->lock_fd, LOCK_EX | LOCK_NB) != 0 ||
      g_rename (making, lock_path) != 0)
    {
      set_error_from_errno (error, errno, self->path);
      return NULL;
    }
  return g_steal_pointer (&self);
}

/* Where scratch folders go when the cache cannot have them (a read-only
 * home, XDG_CACHE_HOME=/dev/null): a folder of this user's own in the
 * temporary folder, never one that someone else made or a link. */
static char *
fallback_dir (void)
{
  g_autofree char *name = g_strdup_printf ("zhaoshang-%u", (guint) geteuid ());
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), name, NULL);
  GStatBuf st;

  if (g_mkdir (path, 0700) != 0 && errno != EEXIST)
    return NULL;
  if (g_lstat (path, &st) != 0 || !S_ISDIR (st.st_mode) || st.st_uid != geteuid () || (st.st_mode & 0077) != 0)
    return NULL;
  return g_steal_pointer (&path);
}

ZsScratch *
zs_scratch_new (const char  *kind,
                GError     **error)
{
  g_autofree char *cache = zs_scratch_get_cache_dir ();
  g_autofree char *fallback = NULL;
  g_autoptr(GError) cache_error = NULL;
  ZsScratch *self;

  self = zs_scratch_new_in (cache, kind, &cache_error);
  if (self == NULL && (fallback = fallback_dir ()) != NULL)
    self = zs_scratch_new_in (fallback, kind, NULL);
  if (self == NULL)
    g_propagate_error (error, g_steal_pointer (&cache_error));
  return self;
}

const char *
zs_scratch_get_path (ZsScratch *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->path;
}

char *
zs_scratch_partial_name (const char *dir)
{
  g_autofree char *name = random_name (PARTIAL_PREFIX, PARTIAL_SUFFIX);

  return g_build_filename (dir, name, NULL);
}

gboolean
zs_scratch_set_partial (ZsScratch   *self,
                        const char  *path,
                        GError     **error)
{
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *record = g_build_filename (self->path, PARTIAL_NAME, NULL);

  g_return_val_if_fail (has_generated_name (base, PARTIAL_PREFIX, PARTIAL_SUFFIX), FALSE);
  return g_file_set_contents (record, path, -1, error);
}

void
zs_scratch_free (ZsScratch *self)
{
  if (self == NULL)
    return;

  if (self->path != NULL)
    remove_tree (self->path);
  /* Let go of the lock only once the folder is gone. */
  if (self->lock_fd >= 0)
    g_close (self->lock_fd, NULL);
  g_free (self->path);
  g_free (self);
}

/* The half-written file a dead export named, if it is safe to remove.
 * FALSE when it is too new to tell: another program may have made it
 * since, and the folder stays for a later start. */
static gboolean
remove_partial (const char *folder)
{
  g_autofree char *record = g_build_filename (folder, PARTIAL_NAME, NULL);
  g_autofree char *path = NULL;
  g_autofree char *base = NULL;
  GStatBuf st;

  if (!g_file_get_contents (record, &path, NULL, NULL) || !g_path_is_absolute (path))
    return TRUE;
  base = g_path_get_basename (path);
  if (!has_generated_name (base, PARTIAL_PREFIX, PARTIAL_SUFFIX) ||
      g_lstat (path, &st) != 0 || !S_ISREG (st.st_mode) || st.st_uid != geteuid ())
    return TRUE;
  if (!older_than_process (&st))
    return FALSE;
  g_unlink (path);
  return TRUE;
}

/* Whether the scratch folder @path was left by a program that died. */
static gboolean
is_stale (const char *path,
          GStatBuf   *st)
{
  g_autofree char *lock_path = g_build_filename (path, LOCK_NAME, NULL);
  int fd = g_open (lock_path, O_RDWR | O_CLOEXEC | O_NOFOLLOW, 0);
  gboolean stale;

  if (fd < 0)
    return errno == ENOENT &&
           (gint64) st->st_mtime + LOCKLESS_GRACE_SECONDS < process_start / G_USEC_PER_SEC;

  stale = flock (fd, LOCK_EX | LOCK_NB) == 0;
  /* Closing lets go of the lock again, which is fine: a dead owner's
   * folder stays dead, and it is removed right after. */
  g_close (fd, NULL);
  return stale;
}

guint
zs_scratch_clean_stale_in (const char *parent,
                           const char *kind)
{
  g_autoptr(GDir) dir = g_dir_open (parent, 0, NULL);
  const char *name;
  guint n = 0;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      g_autofree char *prefix = NULL;
      const char *dash = strrchr (name, '-');
      GStatBuf st;

      if (dash == NULL || dash == name)
        continue;
      prefix = g_strndup (name, dash + 1 - name);
      if ((kind != NULL && (strlen (prefix) != strlen (kind) + 1 || strncmp (prefix, kind, strlen (kind)) != 0)) ||
          !has_generated_name (name, prefix, ""))
        continue;

      path = g_build_filename (parent, name, NULL);
      if (g_lstat (path, &st) != 0 || !S_ISDIR (st.st_mode) || st.st_uid != geteuid () || !is_stale (path, &st))
        continue;

      if (!remove_partial (path))
        continue;
      remove_tree (path);
      n++;
    }
  return n;
}

guint
zs_scratch_clean_stale (const char *kind)
{
  g_autofree char *cache = zs_scratch_get_cache_dir ();
  g_autofree char *name = g_strdup_printf ("zhaoshang-%u", (guint) geteuid ());
  g_autofree char *fallback = g_build_filename (g_get_tmp_dir (), name, NULL);
  GStatBuf st;
  guint n = zs_scratch_clean_stale_in (cache, kind);

  if (g_lstat (fallback, &st) == 0 && S_ISDIR (st.st_mode) && st.st_uid == geteuid ())
    n += zs_scratch_clean_stale_in (fallback, kind);
  return n;
}
