/* zs-output-file.c — writing a file the user named, never replacing what is not a file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Writing to a temporary file and renaming it over the destination makes a
 * regular file appear whole or not at all. Renamed over anything else, it
 * does harm: over /dev/null (as root) it leaves a regular file where every
 * program expects the device, over a link it drops the link. So the
 * destination is looked at first, and only a regular file (or nothing) is
 * ever renamed over; it is looked at again just before the rename.
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <sys/stat.h>

#include "zs-output-file.h"
#include "zs-scratch.h"

/* As the kernel's own limit on links followed in one path. */
#define MAX_LINKS 40
#define MAX_NAME_TRIES 100

struct _ZsOutputFile
{
  char          *target;
  char          *partial;   /* NULL when writing into a FIFO or device */
  GOutputStream *stream;
  ZsScratch     *journal;   /* names @partial while it is written */
  gboolean       committed;
};

static gboolean
set_errno_error (GError **error,
                 int      saved_errno)
{
  g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), g_strerror (saved_errno));
  return FALSE;
}

/* @path with the links of its last part followed; the folders' links the
 * kernel follows anyway. */
static char *
follow_links (const char  *path,
              GError     **error)
{
  g_autofree char *current = g_strdup (path);

  for (guint hops = 0; hops < MAX_LINKS; hops++)
    {
      g_autofree char *link = NULL;
      GStatBuf st;

      if (g_lstat (current, &st) != 0 || !S_ISLNK (st.st_mode))
        return g_steal_pointer (&current);

      link = g_file_read_link (current, error);
      if (link == NULL)
        return NULL;
      if (g_path_is_absolute (link))
        {
          g_free (current);
          current = g_steal_pointer (&link);
        }
      else
        {
          g_autofree char *dir = g_path_get_dirname (current);

          g_free (current);
          current = g_build_filename (dir, link, NULL);
        }
    }
  set_errno_error (error, ELOOP);
  return NULL;
}

static gboolean
refuse_special (GStatBuf  *st,
                GError   **error)
{
  if (S_ISDIR (st->st_mode))
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY, _("it is a folder"));
  else
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                         _("it is a disk, a socket or another special file, not a file, so nothing was written to it"));
  return FALSE;
}

/* A new file beside the target, named in a journal first so that it is
 * cleaned if the program is killed before it is in place. */
static gboolean
open_partial (ZsOutputFile  *self,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autofree char *dir = g_path_get_dirname (self->target);
  g_autofree char *real_dir = realpath (dir, NULL);

  if (real_dir == NULL)
    return set_errno_error (error, errno);

  /* Without a cache folder to keep the journal in, the export still works;
   * only a kill would leave its file behind. */
  self->journal = zs_scratch_new ("export", NULL);

  for (guint tries = 0; tries < MAX_NAME_TRIES; tries++)
    {
      g_autoptr(GFile) file = NULL;
      g_autoptr(GError) local_error = NULL;

      g_free (self->partial);
      self->partial = zs_scratch_partial_name (real_dir);
      if (self->journal != NULL && !zs_scratch_set_partial (self->journal, self->partial, NULL))
        g_clear_pointer (&self->journal, zs_scratch_free);

      file = g_file_new_for_path (self->partial);
      self->stream = G_OUTPUT_STREAM (g_file_create (file, G_FILE_CREATE_NONE, cancellable, &local_error));
      if (self->stream != NULL)
        return TRUE;
      if (!g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
        {
          g_clear_pointer (&self->partial, g_free);
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
    }
  g_clear_pointer (&self->partial, g_free);
  return set_errno_error (error, EEXIST);
}

ZsOutputFile *
zs_output_file_new (const char    *path,
                    GCancellable  *cancellable,
                    GError       **error)
{
  g_autoptr(ZsOutputFile) self = g_new0 (ZsOutputFile, 1);
  GStatBuf st;

  g_return_val_if_fail (path != NULL, NULL);

  self->target = follow_links (path, error);
  if (self->target == NULL)
    return NULL;

  if (g_lstat (self->target, &st) == 0)
    {
      if (S_ISFIFO (st.st_mode) || S_ISCHR (st.st_mode))
        {
          g_autoptr(GFile) file = g_file_new_for_path (self->target);

          /* Into it, as a stream: never replaced, never truncated. */
          self->stream = G_OUTPUT_STREAM (g_file_append_to (file, G_FILE_CREATE_NONE, cancellable, error));
          return self->stream != NULL ? g_steal_pointer (&self) : NULL;
        }
      if (!S_ISREG (st.st_mode))
        {
          refuse_special (&st, error);
          return NULL;
        }
    }
  else if (errno != ENOENT)
    {
      set_errno_error (error, errno);
      return NULL;
    }

  if (!open_partial (self, cancellable, error))
    return NULL;
  return g_steal_pointer (&self);
}

GOutputStream *
zs_output_file_get_stream (ZsOutputFile *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->stream;
}

const char *
zs_output_file_get_target (ZsOutputFile *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->target;
}

gboolean
zs_output_file_commit (ZsOutputFile  *self,
                       GCancellable  *cancellable,
                       GError       **error)
{
  GStatBuf st;

  g_return_val_if_fail (self != NULL && !self->committed, FALSE);

  if (!g_output_stream_close (self->stream, cancellable, error))
    return FALSE;

  if (self->partial != NULL)
    {
      /* What is there now, not what was there when the export began. */
      if (g_lstat (self->target, &st) == 0 && !S_ISREG (st.st_mode))
        return refuse_special (&st, error);
      if (g_rename (self->partial, self->target) != 0)
        return set_errno_error (error, errno);
      g_clear_pointer (&self->partial, g_free);
    }
  g_clear_pointer (&self->journal, zs_scratch_free);
  self->committed = TRUE;
  return TRUE;
}

void
zs_output_file_free (ZsOutputFile *self)
{
  if (self == NULL)
    return;

  if (self->stream != NULL && !g_output_stream_is_closed (self->stream))
    g_output_stream_close (self->stream, NULL, NULL);
  g_clear_object (&self->stream);
  if (self->partial != NULL)
    g_unlink (self->partial);
  g_clear_pointer (&self->journal, zs_scratch_free);
  g_free (self->partial);
  g_free (self->target);
  g_free (self);
}

gboolean
zs_output_file_write_all (const char    *path,
                          const char    *contents,
                          gsize          length,
                          GCancellable  *cancellable,
                          GError       **error)
{
  g_autoptr(ZsOutputFile) out = zs_output_file_new (path, cancellable, error);

  return out != NULL &&
         g_output_stream_write_all (out->stream, contents, length, NULL, cancellable, error) &&
         zs_output_file_commit (out, cancellable, error);
}
