/* zs-exchange-writer.c — writing the store as an exchange file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Streaming: a store cursor hands over one row at a time, with the UUIDs
 * its references point to, and each field's text goes from the row into
 * the output's buffer (zs-exchange-out.c) without a copy, so memory does
 * not grow with the database and writing costs less than reading. (A
 * thread that ran xmlTextWriter behind the cursor hid that writer's cost
 * from the clock, not from the CPU: every row was copied to hand it over,
 * and written at four times what reading it cost.) Everything is
 * read in one read transaction: the file shows one state of the database
 * even while the window goes on saving. The file goes out through
 * ZsOutputFile: a regular file is written beside its destination and
 * renamed into place only when complete; a FIFO or a device such as
 * /dev/null is written into, never replaced.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "zs-date.h"
#include "zs-attachments.h"
#include "zs-error.h"
#include "zs-exchange-out.h"
#include "zs-exchange-private.h"
#include "zs-output-file.h"
#include "zs-record-private.h"
#include "zs-records.h"
#include "zs-settings.h"

/* How often to look at the cancellable and report progress, in records. */
#define CHECK_EVERY 512

/* The element of a row and its attributes, left open for its fields. */
static void
write_row_start (ZsExchangeOut *out,
                 ZsRecord      *record)
{
  ZsRecordClass *klass = ZS_RECORD_GET_CLASS (record);
  const char *created = zs_record_get_created (record);
  const char *updated = zs_record_get_updated (record);

  zs_exchange_out_start (out, 1, klass->element);
  zs_exchange_out_attribute (out, "uuid", zs_record_get_uuid (record));
  zs_exchange_out_attribute (out, "updated", updated);
  if (g_strcmp0 (created, updated) != 0)
    zs_exchange_out_attribute (out, "created", created);
}

/* Each field straight from the cursor's row: references as the UUIDs the
 * same statement read, the rest as their canonical text, none copied. */
static void
write_row_fields (ZsExchangeOut *out,
                  ZsStoreCursor *cursor,
                  ZsRecord      *record)
{
  ZsRecordClass *klass = ZS_RECORD_GET_CLASS (record);
  char buffer[ZS_RECORD_FIELD_TEXT_SIZE];

  for (guint i = 0; i < klass->n_fields; i++)
    {
      const char *text = klass->fields[i].kind == ZS_FIELD_REF
                           ? zs_store_cursor_get_ref_uuid (cursor, i)
                           : zs_record_peek_field_text (record, i, buffer);

      if (text != NULL)
        zs_exchange_out_element (out, zs_exchange_field_element (&klass->fields[i]), text);
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

static void
write_header (ZsExchangeOut          *out,
              ZsStore                *store,
              const ZsExportOptions  *options)
{
  g_autofree char *now = zs_timestamp_now ();
  g_autofree char *office = options->office != NULL ? g_strdup (options->office)
                                                     : zs_settings_get_string (store, ZS_SETTING_OFFICE_NAME);
  const char *filter = options->description;

  if (filter == NULL && options->catalogue)
    filter = _("the industry catalogue");
  else if (filter == NULL && options->projects == NULL)
    filter = _("the whole database");

  zs_exchange_out_declaration (out);
  zs_exchange_out_start (out, 0, "exchange");
  zs_exchange_out_attribute (out, "format-version", ZS_EXCHANGE_FORMAT_VERSION);
  zs_exchange_out_attribute (out, "application-version", PACKAGE_VERSION);
  zs_exchange_out_attribute (out, "office", office != NULL ? office : "");
  zs_exchange_out_attribute (out, "exported", now);
  if (filter != NULL)
    zs_exchange_out_attribute (out, "filter", filter);
  zs_exchange_out_attribute (out, "xmlns", ZS_EXCHANGE_NAMESPACE);
}

/* The rows of every type but attachments, in the order of
 * zs_record_types(), each written as the cursor reads it. FALSE with
 * @error when reading failed or the export was cancelled, FALSE alone
 * when a write failed (the output says why). */
static gboolean
write_records (ZsExchangeOut      *out,
               ZsStore            *store,
               gboolean            selected,
               guint64             total,
               GCancellable       *cancellable,
               ZsProgressFunc      progress,
               gpointer            progress_data,
               guint64            *n_written,
               GError            **error)
{
  guint n_types;
  const GType *types = zs_record_types (&n_types);

  for (guint t = 0; t < n_types; t++)
    {
      g_autoptr(ZsStoreCursor) cursor = NULL;
      ZsRecord *record;

      if (types[t] == ZS_TYPE_ATTACHMENT)
        continue;
      cursor = zs_store_cursor_new (store, types[t], selected, error);
      if (cursor == NULL)
        return FALSE;

      while ((record = zs_store_cursor_next (cursor, error)) != NULL)
        {
          write_row_start (out, record);
          write_row_fields (out, cursor, record);
          zs_exchange_out_end (out, 1, ZS_RECORD_GET_CLASS (record)->element);

          if (++*n_written % CHECK_EVERY == 0)
            {
              if (zs_exchange_out_failed (out) || g_cancellable_set_error_if_cancelled (cancellable, error))
                return FALSE;
              if (progress != NULL && total > 0)
                progress (MIN (1.0, (double) *n_written / total), progress_data);
            }
        }
      if (error != NULL && *error != NULL)
        return FALSE;
    }
  return !zs_exchange_out_failed (out);
}

/* One attachment with its bytes as <piece> elements, a store chunk at a
 * time: memory holds one piece, whatever the file's size. */
static gboolean
write_attachment (ZsExchangeOut  *out,
                  ZsStore        *store,
                  ZsRecord       *record,
                  char          **refs,
                  GCancellable   *cancellable,
                  GError        **error)
{
  ZsRecordClass *klass = ZS_RECORD_GET_CLASS (record);
  char buffer[ZS_RECORD_FIELD_TEXT_SIZE];

  write_row_start (out, record);
  for (guint i = 0; i < klass->n_fields; i++)
    {
      const char *text = klass->fields[i].kind == ZS_FIELD_REF ? refs[i]
                                                               : zs_record_peek_field_text (record, i, buffer);

      if (text != NULL)
        zs_exchange_out_element (out, zs_exchange_field_element (&klass->fields[i]), text);
    }
  for (guint seq = 0;; seq++)
    {
      g_autoptr(GError) local_error = NULL;
      g_autoptr(GBytes) chunk = zs_store_attachment_read_chunk (store, zs_record_get_uuid (record), seq, &local_error);
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

          zs_exchange_out_element (out, "piece", text);
        }
      if (zs_exchange_out_failed (out))
        return FALSE;
    }
  zs_exchange_out_end (out, 1, klass->element);
  return !zs_exchange_out_failed (out);
}

typedef struct {
  ZsRecord  *record;
  char     **refs;     /* per field: the UUID a reference names, NULL for other fields */
  guint      n_refs;
} Listed;

static void
listed_free (gpointer data)
{
  Listed *listed = data;

  g_object_unref (listed->record);
  /* Not g_strfreev(): a field that is not a reference leaves a NULL before
   * the end, where g_strfreev() would stop (a leak the sanitizer run found). */
  for (guint i = 0; i < listed->n_refs; i++)
    g_free (listed->refs[i]);
  g_free (listed->refs);
  g_free (listed);
}

/* Attachments come last in the type order, so they are written after the
 * other records. */
static gboolean
write_attachments (ZsExchangeOut  *out,
                   ZsStore        *store,
                   gboolean        selected,
                   GCancellable   *cancellable,
                   guint64        *n_written,
                   GError        **error)
{
  g_autoptr(ZsStoreCursor) cursor = zs_store_cursor_new (store, ZS_TYPE_ATTACHMENT, selected, error);
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (listed_free);
  ZsRecord *record;

  if (cursor == NULL)
    return FALSE;
  /* The list first: the bytes are read with the cursor done. */
  while ((record = zs_store_cursor_next (cursor, error)) != NULL)
    {
      ZsRecordClass *klass = ZS_RECORD_GET_CLASS (record);
      Listed *listed = g_new0 (Listed, 1);

      /* The cursor fills the same record again at its next row. */
      listed->record = g_object_new (G_OBJECT_TYPE (record), NULL);
      zs_record_fill_identity (listed->record, zs_record_get_id (record), zs_record_get_uuid (record),
                               zs_record_get_created (record), zs_record_get_updated (record));
      zs_record_copy_fields (listed->record, record);
      listed->refs = g_new0 (char *, klass->n_fields);
      listed->n_refs = klass->n_fields;
      for (guint i = 0; i < klass->n_fields; i++)
        if (klass->fields[i].kind == ZS_FIELD_REF)
          listed->refs[i] = g_strdup (zs_store_cursor_get_ref_uuid (cursor, i));
      g_ptr_array_add (list, listed);
    }
  if (error != NULL && *error != NULL)
    return FALSE;
  g_clear_pointer (&cursor, zs_store_cursor_free);
  for (guint i = 0; i < list->len; i++)
    {
      Listed *listed = g_ptr_array_index (list, i);

      if (!write_attachment (out, store, listed->record, listed->refs, cancellable, error))
        return FALSE;
      ++*n_written;
    }
  return TRUE;
}

/* @error is set when reading the database failed or the export was
 * cancelled, or says why a write failed. */
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
  g_autoptr(ZsExchangeOut) out = zs_exchange_out_new (stream, cancellable);
  gboolean selected = options->projects != NULL || options->catalogue;
  guint64 total = 0;
  gboolean ok;

  ok = (!selected || select_records (store, options, error)) &&
       (!selected || options->catalogue || !options->with_attachments || select_attachments (store, error)) &&
       count_records (store, selected, &total, error);
  if (ok)
    {
      write_header (out, store, options);
      ok = write_records (out, store, selected, total, cancellable, progress, progress_data, n_written, error) &&
           (!options->with_attachments || write_attachments (out, store, selected, cancellable, n_written, error));
      zs_exchange_out_end (out, 0, "exchange");
    }

  if (*error != NULL)
    return FALSE;
  /* A failed write stopped the rows: its error says why. */
  return zs_exchange_out_finish (out, error) && ok;
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
  ZsStoreHint hint;
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
  hint = zs_store_set_hint (store, ZS_STORE_HINT_STREAM);
  if (!zs_store_begin_read (store, error))
    ok = FALSE;
  else
    {
      ok = write_file (store, zs_output_file_get_stream (output), options, cancellable, progress, progress_data,
                       &n_written, &local_error);
      /* Only temporary tables were written: nothing to keep or undo. */
      zs_store_rollback (store);
    }
  zs_store_set_hint (store, hint);
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
