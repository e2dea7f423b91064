/* zs-store-attachments.c — files kept inside the database with their records
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * An attachment is a record (so the trash, undo and the history treat it
 * as any other) whose bytes the backend keeps in pieces by its UUID. A
 * file goes in and comes out one piece at a time, so a 50 MB scan never
 * sits in memory whole; the window does both in a worker thread on a
 * connection of its own. Bytes stay while the trash may still give their
 * attachment back, and go when nothing names them.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "zs-attachments.h"
#include "zs-error.h"
#include "zs-format.h"
#include "zs-main-context.h"
#include "zs-settings.h"
#include "zs-store-private.h"

ZsQuery *
zs_attachments_query (ZsRecord *owner)
{
  int field;
  ZsQuery *query;

  g_return_val_if_fail (ZS_IS_RECORD (owner), NULL);

  field = zs_attachment_owner_field (G_OBJECT_TYPE (owner));
  if (field < 0)
    return NULL;
  query = zs_query_new (ZS_TYPE_ATTACHMENT);
  zs_query_add_int (query, (guint) field, ZS_QUERY_EQ, zs_record_get_id (owner));
  zs_query_set_order (query, -1, TRUE);
  return query;
}

gint64
zs_store_attachment_limit (ZsStore *self)
{
  g_return_val_if_fail (ZS_IS_STORE (self), 0);
  return (gint64) zs_settings_get_int (self, ZS_SETTING_ATTACHMENT_MAX_MB) * 1024 * 1024;
}

gint64
zs_store_attachments_total (ZsStore  *self,
                            GError  **error)
{
  g_autoptr(ZsQuery) all = zs_query_new (ZS_TYPE_ATTACHMENT);

  g_return_val_if_fail (ZS_IS_STORE (self), -1);
  return zs_store_sum (self, all, ZS_ATTACHMENT_SIZE, error);
}

static gboolean
too_large (ZsStore     *self,
           const char  *name,
           gint64       size,
           GError     **error)
{
  gint64 limit = zs_store_attachment_limit (self);

  if (size <= limit)
    return FALSE;
  g_set_error (error, ZS_ERROR, ZS_ERROR_INVALID,
               _("“%s” is larger than the %d MB an attachment may have (Preferences → Attachments)."),
               name, (int) (limit / 1024 / 1024));
  return TRUE;
}

/* The pieces of @stream, written under @uuid; the byte count in @total. */
static gboolean
write_pieces (ZsStore       *self,
              const char    *uuid,
              const char    *name,
              GInputStream  *stream,
              gint64        *total,
              GCancellable  *cancellable,
              GError       **error)
{
  *total = 0;
  for (guint seq = 0;; seq++)
    {
      g_autoptr(GBytes) piece = g_input_stream_read_bytes (stream, ZS_ATTACHMENT_CHUNK_SIZE, cancellable, error);
      gsize n;

      if (piece == NULL)
        return FALSE;
      n = g_bytes_get_size (piece);
      if (n == 0)
        return TRUE;
      *total += (gint64) n;
      /* The file may have grown since it was measured. */
      if (too_large (self, name, *total, error))
        return FALSE;
      if (!self->ops->attachment_write_chunk (self->backend, uuid, seq, piece, error))
        return FALSE;
    }
}

ZsAttachment *
zs_store_attach_file (ZsStore       *self,
                      ZsRecord      *owner,
                      GFile         *file,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(ZsAttachment) attachment = NULL;
  ZsRecord *r;
  const char *name;
  const char *type;
  gint64 total = 0;
  int field;

  g_return_val_if_fail (ZS_IS_STORE (self), NULL);
  g_return_val_if_fail (ZS_IS_RECORD (owner), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  field = zs_attachment_owner_field (G_OBJECT_TYPE (owner));
  g_return_val_if_fail (field >= 0 && zs_record_get_id (owner) != 0, NULL);

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME ","
                            G_FILE_ATTRIBUTE_STANDARD_CONTENT_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE ","
                            G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, cancellable, error);
  if (info == NULL)
    return NULL;
  name = g_file_info_get_display_name (info);
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_INVALID, _("“%s” is not a file and cannot be attached."), name);
      return NULL;
    }
  if (too_large (self, name, g_file_info_get_size (info), error))
    return NULL;
  stream = g_file_read (file, cancellable, error);
  if (stream == NULL)
    return NULL;

  attachment = zs_attachment_new ();
  r = ZS_RECORD (attachment);
  type = g_file_info_get_content_type (info);
  zs_record_set_int (r, (guint) field, zs_record_get_id (owner));
  zs_record_set_string (r, ZS_ATTACHMENT_NAME, name);
  zs_record_set_string (r, ZS_ATTACHMENT_CONTENT_TYPE, type);
  zs_record_set_int (r, ZS_ATTACHMENT_SIZE, g_file_info_get_size (info));
  zs_record_set_string (r, ZS_ATTACHMENT_ADDED_BY, zs_store_get_actor (self));

  if (!zs_store_begin (self, error))
    return NULL;
  if (!zs_store_save (self, r, error) ||
      !write_pieces (self, zs_record_get_uuid (r), name, G_INPUT_STREAM (stream), &total, cancellable, error))
    {
      zs_store_rollback (self);
      return NULL;
    }
  if (total != zs_record_get_int (r, ZS_ATTACHMENT_SIZE))
    {
      zs_record_set_int (r, ZS_ATTACHMENT_SIZE, total);
      if (!zs_store_save (self, r, error))
        {
          zs_store_rollback (self);
          return NULL;
        }
    }
  if (!zs_store_commit (self, error))
    return NULL;
  return g_steal_pointer (&attachment);
}

gboolean
zs_store_attachment_write_to (ZsStore        *self,
                              ZsAttachment   *attachment,
                              GOutputStream  *out,
                              GCancellable   *cancellable,
                              GError        **error)
{
  const char *uuid;

  g_return_val_if_fail (ZS_IS_STORE (self), FALSE);
  g_return_val_if_fail (ZS_IS_ATTACHMENT (attachment), FALSE);

  uuid = zs_record_get_uuid (ZS_RECORD (attachment));
  for (guint seq = 0;; seq++)
    {
      g_autoptr(GError) local = NULL;
      g_autoptr(GBytes) piece = self->ops->attachment_read_chunk (self->backend, uuid, seq, &local);
      gsize size;
      gconstpointer data;

      if (local != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local));
          return FALSE;
        }
      if (piece == NULL)
        return TRUE;
      data = g_bytes_get_data (piece, &size);
      if (!g_output_stream_write_all (out, data, size, NULL, cancellable, error))
        return FALSE;
    }
}

GBytes *
zs_store_attachment_read_chunk (ZsStore       *self,
                                const char    *uuid,
                                guint          seq,
                                GError       **error)
{
  g_return_val_if_fail (ZS_IS_STORE (self), NULL);
  g_return_val_if_fail (uuid != NULL, NULL);
  return self->ops->attachment_read_chunk (self->backend, uuid, seq, error);
}

gboolean
zs_store_attachment_replace_bytes (ZsStore       *self,
                                   ZsAttachment  *attachment,
                                   GInputStream  *in,
                                   GCancellable  *cancellable,
                                   GError       **error)
{
  ZsRecord *r = ZS_RECORD (attachment);
  gint64 total = 0;

  g_return_val_if_fail (ZS_IS_STORE (self), FALSE);
  g_return_val_if_fail (ZS_IS_ATTACHMENT (attachment), FALSE);

  return self->ops->attachment_delete_chunks (self->backend, zs_record_get_uuid (r), error) &&
         write_pieces (self, zs_record_get_uuid (r), zs_record_get_string (r, ZS_ATTACHMENT_NAME), in, &total,
                       cancellable, error);
}

gboolean
zs_store_attachment_save_as (ZsStore       *self,
                             ZsAttachment  *attachment,
                             GFile         *dest,
                             GCancellable  *cancellable,
                             GError       **error)
{
  g_autoptr(GFileOutputStream) out = NULL;
  g_autoptr(GCancellable) abandon = g_cancellable_new ();

  g_return_val_if_fail (G_IS_FILE (dest), FALSE);

  /* Written beside it and moved over it on close: a failure leaves the
   * file there as it was. */
  out = g_file_replace (dest, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, cancellable, error);
  if (out == NULL)
    return FALSE;
  if (!zs_store_attachment_write_to (self, attachment, G_OUTPUT_STREAM (out), cancellable, error))
    {
      /* Closing a cancelled replace keeps the old file. */
      g_cancellable_cancel (abandon);
      g_output_stream_close (G_OUTPUT_STREAM (out), abandon, NULL);
      return FALSE;
    }
  return g_output_stream_close (G_OUTPUT_STREAM (out), cancellable, error);
}

/* ---- in a worker thread ------------------------------------------------------ */

typedef struct {
  char     *path;
  char     *actor;
  GType     owner_type;
  gint64    owner_id;
  gint64    attachment_id;
  gsize     max_bytes;
  GFile    *file;
} Job;

static void
job_free (Job *job)
{
  g_free (job->path);
  g_free (job->actor);
  g_clear_object (&job->file);
  g_free (job);
}

static Job *
job_new (ZsStore *self,
         GFile   *file)
{
  Job *job = g_new0 (Job, 1);

  job->path = g_strdup (zs_store_get_path (self));
  job->actor = g_strdup (zs_store_get_actor (self));
  job->file = file != NULL ? g_object_ref (file) : NULL;
  return job;
}

static void
attach_thread (GTask        *task,
               gpointer      source,
               gpointer      data,
               GCancellable *cancellable)
{
  Job *job = data;
  GError *error = NULL;
  g_autoptr(ZsStore) store = zs_store_open_secondary (job->path, &error);
  g_autoptr(ZsRecord) owner = NULL;
  g_autoptr(ZsAttachment) attachment = NULL;

  if (store == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  zs_store_set_actor (store, job->actor);
  owner = zs_store_load (store, job->owner_type, job->owner_id, &error);
  if (owner != NULL)
    attachment = zs_store_attach_file (store, owner, job->file, cancellable, &error);
  if (attachment == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_return_int (task, zs_record_get_id (ZS_RECORD (attachment)));
}

void
zs_store_attach_file_async (ZsStore             *self,
                            ZsRecord            *owner,
                            GFile               *file,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = zs_thread_task_new (self, cancellable, callback, user_data);
  Job *job = job_new (self, file);

  job->owner_type = G_OBJECT_TYPE (owner);
  job->owner_id = zs_record_get_id (owner);
  g_task_set_source_tag (task, zs_store_attach_file_async);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  g_task_run_in_thread (task, attach_thread);
}

ZsAttachment *
zs_store_attach_file_finish (ZsStore       *self,
                             GAsyncResult  *result,
                             GError       **error)
{
  gint64 id = g_task_propagate_int (G_TASK (result), error);

  if (id <= 0)
    return NULL;
  /* The worker's connection committed: lists and pages hear of it now. */
  zs_store_check_others (self);
  return zs_store_load (self, ZS_TYPE_ATTACHMENT, id, error);
}

static void
save_as_thread (GTask        *task,
                gpointer      source,
                gpointer      data,
                GCancellable *cancellable)
{
  Job *job = data;
  GError *error = NULL;
  g_autoptr(ZsStore) store = zs_store_open_secondary (job->path, &error);
  g_autoptr(ZsAttachment) attachment = NULL;

  if (store != NULL)
    attachment = zs_store_load (store, ZS_TYPE_ATTACHMENT, job->attachment_id, &error);
  if (attachment == NULL || !zs_store_attachment_save_as (store, attachment, job->file, cancellable, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_return_boolean (task, TRUE);
}

void
zs_store_attachment_save_as_async (ZsStore             *self,
                                   ZsAttachment        *attachment,
                                   GFile               *dest,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_autoptr(GTask) task = zs_thread_task_new (self, cancellable, callback, user_data);
  Job *job = job_new (self, dest);

  job->attachment_id = zs_record_get_id (ZS_RECORD (attachment));
  g_task_set_source_tag (task, zs_store_attachment_save_as_async);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  g_task_run_in_thread (task, save_as_thread);
}

gboolean
zs_store_attachment_save_as_finish (ZsStore       *self,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
read_thread (GTask        *task,
             gpointer      source,
             gpointer      data,
             GCancellable *cancellable)
{
  Job *job = data;
  GError *error = NULL;
  g_autoptr(ZsStore) store = zs_store_open_secondary (job->path, &error);
  g_autoptr(ZsAttachment) attachment = NULL;
  g_autoptr(GOutputStream) out = NULL;

  if (store != NULL)
    attachment = zs_store_load (store, ZS_TYPE_ATTACHMENT, job->attachment_id, &error);
  if (attachment != NULL &&
      zs_record_get_int (ZS_RECORD (attachment), ZS_ATTACHMENT_SIZE) > (gint64) job->max_bytes)
    g_set_error (&error, ZS_ERROR, ZS_ERROR_INVALID, _("“%s” is too large to be read whole."),
                 zs_record_get_string (ZS_RECORD (attachment), ZS_ATTACHMENT_NAME));
  if (error == NULL)
    {
      out = g_memory_output_stream_new_resizable ();
      if (zs_store_attachment_write_to (store, attachment, out, cancellable, &error))
        g_output_stream_close (out, NULL, NULL);
    }
  if (error != NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_return_pointer (task, g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (out)),
                         (GDestroyNotify) g_bytes_unref);
}

void
zs_store_attachment_read_async (ZsStore             *self,
                                ZsAttachment        *attachment,
                                gsize                max_bytes,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GTask) task = zs_thread_task_new (self, cancellable, callback, user_data);
  Job *job = job_new (self, NULL);

  job->attachment_id = zs_record_get_id (ZS_RECORD (attachment));
  job->max_bytes = max_bytes;
  g_task_set_source_tag (task, zs_store_attachment_read_async);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  g_task_run_in_thread (task, read_thread);
}

GBytes *
zs_store_attachment_read_finish (ZsStore       *self,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* ---- bytes nothing names ----------------------------------------------------- */

gint64
zs_store_attachments_forget_unused (ZsStore  *self,
                                    GError  **error)
{
  g_autoptr(GPtrArray) orphans = NULL;
  g_autoptr(GHashTable) in_trash = NULL;
  gint64 removed = 0;

  g_return_val_if_fail (ZS_IS_STORE (self), -1);

  orphans = self->ops->attachment_orphans (self->backend, error);
  if (orphans == NULL)
    return -1;
  if (orphans->len == 0)
    return 0;
  in_trash = zs_store_trash_attachment_uuids (self, error);
  if (in_trash == NULL)
    return -1;
  for (guint i = 0; i < orphans->len; i++)
    {
      const char *uuid = g_ptr_array_index (orphans, i);

      if (g_hash_table_contains (in_trash, uuid))
        continue;
      if (!self->ops->attachment_delete_chunks (self->backend, uuid, error))
        return -1;
      removed++;
    }
  return removed;
}
