/* zs-exchange-writer.c — writing the store as an exchange file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Streaming: a store cursor hands over one row at a time, with the UUIDs
 * its references point to, and xmlTextWriter sends it on through GIO, so
 * memory does not grow with the database. Reading rows and writing XML
 * take about as long as each other, so xmlTextWriter works on a thread of
 * its own, a few batches of rows behind the cursor (zs-exchange-queue.c);
 * the database is only ever used from the caller's thread. Everything is
 * read in one read transaction: the file shows one state of the database
 * even while the window goes on saving. The file goes out through
 * ZsOutputFile: a regular file is written beside its destination and
 * renamed into place only when complete; a FIFO or a device such as
 * /dev/null is written into, never replaced.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <libxml/xmlwriter.h>

#include "zs-date.h"
#include "zs-attachments.h"
#include "zs-error.h"
#include "zs-exchange-private.h"
#include "zs-output-file.h"
#include "zs-records.h"
#include "zs-settings.h"

/* How often to look at the cancellable and report progress, in records. */
#define CHECK_EVERY 512
/* Rows handed to the writing thread at a time, and how many such batches
 * may wait. */
#define BATCH_SIZE 64
#define MAX_BATCHES 8

typedef struct {
  GOutputStream *stream;
  GCancellable  *cancellable;
  GError        *error;
} Output;

static const xmlChar *
X (const char *s)
{
  return (const xmlChar *) s;
}

static int
on_write (void       *context,
          const char *buffer,
          int         len)
{
  Output *out = context;

  if (out->error != NULL)
    return -1;
  if (!g_output_stream_write_all (out->stream, buffer, len, NULL, out->cancellable, &out->error))
    return -1;
  return len;
}

static int
on_close (void *context)
{
  return 0;
}

/* A row as text, made on the caller's thread and written on the other. */
typedef struct {
  ZsRecordClass *klass;
  char          *uuid;
  char          *updated;
  char          *created;   /* NULL when the same as updated */
  char         **texts;     /* per field; NULL when empty */
} Row;

static void
row_free (gpointer data)
{
  Row *row = data;

  for (guint i = 0; i < row->klass->n_fields; i++)
    g_free (row->texts[i]);
  g_free (row->texts);
  g_free (row->uuid);
  g_free (row->updated);
  g_free (row->created);
  g_free (row);
}

static Row *
row_new (ZsStoreCursor *cursor,
         ZsRecord      *record)
{
  ZsRecordClass *klass = ZS_RECORD_GET_CLASS (record);
  Row *row = g_new0 (Row, 1);

  row->klass = klass;
  row->uuid = g_strdup (zs_record_get_uuid (record));
  row->updated = g_strdup (zs_record_get_updated (record));
  if (g_strcmp0 (zs_record_get_created (record), zs_record_get_updated (record)) != 0)
    row->created = g_strdup (zs_record_get_created (record));
  row->texts = g_new0 (char *, MAX (klass->n_fields, 1));
  for (guint i = 0; i < klass->n_fields; i++)
    row->texts[i] = klass->fields[i].kind == ZS_FIELD_REF
                      ? g_strdup (zs_store_cursor_get_ref_uuid (cursor, i))
                      : zs_record_format_field (record, i);
  return row;
}

/* The element and its fields, left open. */
static gboolean
write_row_start (xmlTextWriterPtr  w,
                 Row              *row)
{
  ZsRecordClass *klass = row->klass;
  gboolean ok = TRUE;

  ok &= xmlTextWriterStartElement (w, X (klass->element)) >= 0;
  ok &= xmlTextWriterWriteAttribute (w, X ("uuid"), X (row->uuid)) >= 0;
  ok &= xmlTextWriterWriteAttribute (w, X ("updated"), X (row->updated)) >= 0;
  if (row->created != NULL)
    ok &= xmlTextWriterWriteAttribute (w, X ("created"), X (row->created)) >= 0;

  for (guint i = 0; ok && i < klass->n_fields; i++)
    if (row->texts[i] != NULL)
      ok &= xmlTextWriterWriteElement (w, X (zs_exchange_field_element (&klass->fields[i])), X (row->texts[i])) >= 0;
  return ok;
}

static gboolean
write_row (xmlTextWriterPtr  w,
           Row              *row)
{
  return write_row_start (w, row) && xmlTextWriterEndElement (w) >= 0;
}

typedef struct {
  xmlTextWriterPtr  w;
  ZsBatchQueue     *queue;    /* of GPtrArray of Row; an empty one ends */
  gboolean          failed;   /* a write failed: the output's error says why */
} Writer;

/* The writing thread. */
static gpointer
write_rows (gpointer data)
{
  Writer *writer = data;

  for (;;)
    {
      g_autoptr(GPtrArray) batch = zs_batch_queue_pop (writer->queue);

      if (batch->len == 0)
        return NULL;
      for (guint i = 0; i < batch->len; i++)
        if (!write_row (writer->w, g_ptr_array_index (batch, i)))
          {
            writer->failed = TRUE;
            /* The cursor stops at its next batch. */
            zs_batch_queue_close (writer->queue);
            return NULL;
          }
    }
}

static gboolean
select_catalogue (ZsStore  *store,
                  GError  **error)
{
  const GType types[] = { ZS_TYPE_CHAIN_GROUP, ZS_TYPE_CHAIN, ZS_TYPE_SEGMENT, ZS_TYPE_ENTERPRISE };

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    {
      g_autoptr(ZsQuery) all = zs_query_new (types[i]);

      if (!zs_store_selection_add_query (store, all, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
select_records (ZsStore                *store,
                const ZsExportOptions  *options,
                GError                **error)
{
  if (!zs_store_selection_clear (store, error))
    return FALSE;
  /* The catalogue and what its enterprises refer to (their responsible
   * people and those people's units), so that it imports on its own. */
  if (options->catalogue)
    return select_catalogue (store, error) &&
           zs_store_selection_add_referenced (store, error);
  /* The projects, what belongs to them, and what all that refers to. */
  return zs_store_selection_add_query (store, options->projects, error) &&
         zs_store_selection_add_owned (store, ZS_TYPE_PROJECT, error) &&
         zs_store_selection_add_referenced (store, error);
}

/* The attachments of every record selected: an attachment's owner is not
 * a required field, so zs_store_selection_add_owned() leaves them out. */
static gboolean
select_attachments (ZsStore  *store,
                    GError  **error)
{
  ZsRecordClass *klass = g_type_class_peek (ZS_TYPE_ATTACHMENT);

  for (guint f = 0; f <= ZS_ATTACHMENT_LAST_OWNER; f++)
    {
      g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_autoptr(ZsQuery) query = NULL;
      ZsStoreCursor *cursor = zs_store_cursor_new (store, klass->fields[f].get_type (), TRUE, error);
      ZsRecord *record;

      if (cursor == NULL)
        return FALSE;
      while ((record = zs_store_cursor_next (cursor, error)) != NULL)
        {
          gint64 id = zs_record_get_id (record);

          g_array_append_val (ids, id);
        }
      zs_store_cursor_free (cursor);
      if (error != NULL && *error != NULL)
        return FALSE;
      if (ids->len == 0)
        continue;
      query = zs_query_new (ZS_TYPE_ATTACHMENT);
      zs_query_add_int_set (query, f, (const gint64 *) (gpointer) ids->data, ids->len);
      if (!zs_store_selection_add_query (store, query, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
count_records (ZsStore   *store,
               gboolean   selected,
               guint64   *total,
               GError   **error)
{
  guint n_types;
  const GType *types = zs_record_types (&n_types);

  *total = 0;
  for (guint t = 0; t < n_types; t++)
    {
      gint64 n;

      /* Attachments are written after the rest (write_attachments()). */
      if (types[t] == ZS_TYPE_ATTACHMENT)
        continue;
      n = selected ? zs_store_selection_count (store, types[t], error)
                          : zs_store_count_all (store, types[t], error);

      if (n < 0)
        return FALSE;
      *total += (guint64) n;
    }
  return TRUE;
}

static gboolean
write_header (xmlTextWriterPtr        w,
              ZsStore                *store,
              const ZsExportOptions  *options)
{
  g_autofree char *now = zs_timestamp_now ();
  g_autofree char *office = options->office != NULL ? g_strdup (options->office)
                                                     : zs_settings_get_string (store, ZS_SETTING_OFFICE_NAME);
  const char *filter = options->description;
  gboolean ok = TRUE;

  if (filter == NULL && options->catalogue)
    filter = _("the industry catalogue");
  else if (filter == NULL && options->projects == NULL)
    filter = _("the whole database");

  ok &= xmlTextWriterStartDocument (w, "1.0", "UTF-8", NULL) >= 0;
  ok &= xmlTextWriterStartElementNS (w, NULL, X ("exchange"), X (ZS_EXCHANGE_NAMESPACE)) >= 0;
  ok &= xmlTextWriterWriteAttribute (w, X ("format-version"), X (ZS_EXCHANGE_FORMAT_VERSION)) >= 0;
  ok &= xmlTextWriterWriteAttribute (w, X ("application-version"), X (PACKAGE_VERSION)) >= 0;
  ok &= xmlTextWriterWriteAttribute (w, X ("office"), X (office)) >= 0;
  ok &= xmlTextWriterWriteAttribute (w, X ("exported"), X (now)) >= 0;
  if (filter != NULL)
    ok &= xmlTextWriterWriteAttribute (w, X ("filter"), X (filter)) >= 0;
  return ok;
}

/* The rows of every type, in the order of zs_record_types(). */
static gboolean
read_rows (ZsBatchQueue      *queue,
           ZsStore           *store,
           gboolean           selected,
           guint64            total,
           GCancellable      *cancellable,
           ZsProgressFunc     progress,
           gpointer           progress_data,
           guint64           *n_written,
           GError           **error)
{
  g_autoptr(GPtrArray) batch = g_ptr_array_new_full (BATCH_SIZE, row_free);
  guint n_types;
  const GType *types = zs_record_types (&n_types);

  for (guint t = 0; t < n_types; t++)
    {
      g_autoptr(ZsStoreCursor) cursor = NULL;

      if (types[t] == ZS_TYPE_ATTACHMENT)
        continue;
      cursor = zs_store_cursor_new (store, types[t], selected, error);
      ZsRecord *record;

      if (cursor == NULL)
        return FALSE;

      while ((record = zs_store_cursor_next (cursor, error)) != NULL)
        {
          g_ptr_array_add (batch, row_new (cursor, record));
          /* Refused when a write failed: the output's own error says why. */
          if (batch->len == BATCH_SIZE &&
              !zs_batch_queue_push (queue, g_steal_pointer (&batch)))
            return FALSE;
          if (batch == NULL)
            batch = g_ptr_array_new_full (BATCH_SIZE, row_free);

          if (++*n_written % CHECK_EVERY == 0)
            {
              if (g_cancellable_set_error_if_cancelled (cancellable, error))
                return FALSE;
              if (progress != NULL && total > 0)
                progress (MIN (1.0, (double) *n_written / total), progress_data);
            }
        }
      if (error != NULL && *error != NULL)
        return FALSE;
    }
  return batch->len == 0 || zs_batch_queue_push (queue, g_steal_pointer (&batch));
}

static gboolean
write_records (xmlTextWriterPtr   w,
               ZsStore           *store,
               gboolean           selected,
               guint64            total,
               GCancellable      *cancellable,
               ZsProgressFunc     progress,
               gpointer           progress_data,
               guint64           *n_written,
               GError           **error)
{
  Writer writer = { w, zs_batch_queue_new (MAX_BATCHES), FALSE };
  GThread *thread = g_thread_new ("zs-exchange-write", write_rows, &writer);
  gboolean ok;

  ok = read_rows (writer.queue, store, selected, total, cancellable, progress, progress_data, n_written, error);
  /* The end, also after an error: the thread finishes what it has. */
  zs_batch_queue_push (writer.queue, g_ptr_array_new ());
  g_thread_join (thread);
  zs_batch_queue_free (writer.queue);
  return ok && !writer.failed;
}

/* One attachment with its bytes as <piece> elements, a store chunk at a
 * time: memory holds one piece, whatever the file's size. */
static gboolean
write_attachment (xmlTextWriterPtr   w,
                  ZsStore           *store,
                  Row               *row,
                  GCancellable      *cancellable,
                  GError           **error)
{
  if (!write_row_start (w, row))
    return FALSE;
  for (guint seq = 0;; seq++)
    {
      g_autoptr(GError) local_error = NULL;
      g_autoptr(GBytes) chunk = zs_store_attachment_read_chunk (store, row->uuid, seq, &local_error);
      const guchar *data;
      gsize size;

      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      if (chunk == NULL)
        break;
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      data = g_bytes_get_data (chunk, &size);
      for (gsize at = 0; at < size; at += ZS_EXCHANGE_PIECE_SIZE)
        {
          g_autofree char *text = g_base64_encode (data + at, MIN (size - at, (gsize) ZS_EXCHANGE_PIECE_SIZE));

          if (xmlTextWriterWriteElement (w, X ("piece"), X (text)) < 0)
            return FALSE;
        }
    }
  return xmlTextWriterEndElement (w) >= 0;
}

/* Attachments come last in the type order, so they are written after the
 * other records, on this thread, once the writing thread is done. */
static gboolean
write_attachments (xmlTextWriterPtr   w,
                   ZsStore           *store,
                   gboolean           selected,
                   GCancellable      *cancellable,
                   guint64           *n_written,
                   GError           **error)
{
  g_autoptr(ZsStoreCursor) cursor = zs_store_cursor_new (store, ZS_TYPE_ATTACHMENT, selected, error);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (row_free);
  ZsRecord *record;

  if (cursor == NULL)
    return FALSE;
  /* The list first: the bytes are read with the cursor done. */
  while ((record = zs_store_cursor_next (cursor, error)) != NULL)
    g_ptr_array_add (rows, row_new (cursor, record));
  if (error != NULL && *error != NULL)
    return FALSE;
  g_clear_pointer (&cursor, zs_store_cursor_free);
  for (guint i = 0; i < rows->len; i++)
    {
      if (!write_attachment (w, store, rows->pdata[i], cancellable, error))
        return FALSE;
      ++*n_written;
    }
  return TRUE;
}

/* @error is set when reading the database failed or the export was
 * cancelled; a failed write sets @out's error instead. */
static gboolean
write_file (ZsStore                *store,
            GOutputStream          *stream,
            const ZsExportOptions  *options,
            GCancellable           *cancellable,
            ZsProgressFunc          progress,
            gpointer                progress_data,
            guint64                *n_written,
            GError                **error)
{
  Output out = { stream, cancellable, NULL };
  xmlOutputBufferPtr buffer = xmlOutputBufferCreateIO (on_write, on_close, &out, NULL);
  xmlTextWriterPtr w = xmlNewTextWriter (buffer);  /* owns the buffer */
  gboolean selected = options->projects != NULL || options->catalogue;
  guint64 total = 0;
  gboolean ok;

  xmlTextWriterSetIndent (w, 1);
  xmlTextWriterSetIndentString (w, X ("  "));

  ok = (!selected || select_records (store, options, error)) &&
       (!selected || options->catalogue || !options->with_attachments || select_attachments (store, error)) &&
       count_records (store, selected, &total, error) &&
       write_header (w, store, options) &&
       write_records (w, store, selected, total, cancellable, progress, progress_data, n_written, error) &&
       (!options->with_attachments || write_attachments (w, store, selected, cancellable, n_written, error)) &&
       xmlTextWriterEndDocument (w) >= 0;
  xmlFreeTextWriter (w);

  if (*error != NULL)
    {
      g_clear_error (&out.error);
      return FALSE;
    }
  if (out.error != NULL)
    {
      g_propagate_error (error, out.error);
      return FALSE;
    }
  if (!ok)
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_IO, _("the file could not be completed"));
      return FALSE;
    }
  return TRUE;
}

gboolean
zs_exchange_export_full (ZsStore                *store,
                         const char             *path,
                         const ZsExportOptions  *options,
                         GCancellable           *cancellable,
                         ZsProgressFunc          progress,
                         gpointer                progress_data,
                         guint64                *n_records,
                         GError                **error)
{
  static const ZsExportOptions whole = { NULL, NULL, NULL, FALSE, FALSE };
  g_autoptr(ZsOutputFile) output = NULL;
  g_autoptr(GError) local_error = NULL;
  guint64 n_written = 0;
  gboolean ok;

  g_return_val_if_fail (ZS_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  zs_exchange_init ();
  if (options == NULL)
    options = &whole;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  output = zs_output_file_new (path, cancellable, &local_error);
  if (output == NULL)
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_IO, _("Cannot write “%s”: %s"), path, local_error->message);
      return FALSE;
    }

  /* Every row is read once: memory stays bounded. */
  zs_store_set_hint (store, ZS_STORE_HINT_STREAM);
  if (!zs_store_begin_read (store, error))
    ok = FALSE;
  else
    {
      /* libxml2 hands over 4 KB at a time; the disk prefers larger writes. */
      g_autoptr(GOutputStream) buffered =
        g_buffered_output_stream_new_sized (zs_output_file_get_stream (output), 256 * 1024);

      g_filter_output_stream_set_close_base_stream (G_FILTER_OUTPUT_STREAM (buffered), FALSE);
      ok = write_file (store, buffered, options, cancellable, progress, progress_data, &n_written, &local_error) &&
           g_output_stream_close (buffered, cancellable, &local_error);
      /* Only temporary tables were written: nothing to keep or undo. */
      zs_store_rollback (store);
    }
  zs_store_set_hint (store, ZS_STORE_HINT_INTERACTIVE);
  ok = ok && zs_output_file_commit (output, NULL, &local_error);

  if (!ok)
    {
      /* Freeing the output drops what was written of a regular file. */
      if (local_error == NULL)
        return FALSE;
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || local_error->domain == ZS_ERROR)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, ZS_ERROR, ZS_ERROR_IO, _("Cannot write “%s”: %s"), path, local_error->message);
      return FALSE;
    }

  if (progress != NULL)
    progress (1.0, progress_data);
  if (n_records != NULL)
    *n_records = n_written;
  return TRUE;
}

gboolean
zs_exchange_export (ZsStore     *store,
                    const char  *path,
                    const char  *office,
                    GError     **error)
{
  ZsExportOptions options = { office, NULL, NULL, FALSE, FALSE };

  return zs_exchange_export_full (store, path, &options, NULL, NULL, NULL, NULL, error);
}
