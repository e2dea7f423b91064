/* zs-exchange-once.c — an exchange file checked and merged in one pass
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The command line and the data the program ships have no clerk to show a
 * preview to: the file is read once, in one write transaction, each record
 * sorted as the preview sorts it (zs_import_check_record()) and written as
 * applying writes it while nothing has been refused. A refusal anywhere,
 * the funds rule at the end included, rolls the transaction back: the
 * database is left exactly as it was, and the rest of the file is still
 * checked, for the report. Reading once saves the second parse, the
 * checksum that proves the second pass read the same file, a pipe's copy,
 * and the second look-up of every record.
 */
#include "config.h"

#include "zs-exchange-import-private.h"
#include "zs-funds-rules.h"
#include "zs-import-report-private.h"
#include "zs-records.h"

static gboolean
is_searchable (GType type)
{
  return type == ZS_TYPE_PROJECT || type == ZS_TYPE_PARTNER || type == ZS_TYPE_ENTERPRISE || type == ZS_TYPE_LEAD;
}

/* One pass cannot count first: a table's indexes, and the search indexes,
 * go out as soon as the rows written make rebuilding them pay, and are
 * made again at zs_store_bulk_end(). */
static gboolean
defer_as_written (Import  *im,
                  GType    type,
                  GError **error)
{
  guint n_types;
  const GType *types = zs_record_types (&n_types);
  guint t = (guint) zs_record_type_position (type);
  gint64 writes = 0;
  gint64 existing = 0;

  im->written[t]++;
  if (!im->deferred[t] && zs_import_rebuild_pays (im->written[t], im->existing[t]))
    {
      if (!zs_store_bulk_defer_indexes (im->store, type, error))
        return FALSE;
      im->deferred[t] = TRUE;
    }
  if (im->search_deferred || !is_searchable (type))
    return TRUE;
  for (guint i = 0; i < n_types; i++)
    if (is_searchable (types[i]))
      {
        writes += im->written[i];
        existing += im->existing[i];
      }
  if (zs_import_rebuild_pays (writes, existing))
    {
      if (!zs_store_bulk_begin (im->store, error))
        return FALSE;
      im->search_deferred = TRUE;
    }
  return TRUE;
}

/* Checks @record as the preview does and, while nothing was refused,
 * writes it. After a refusal the rest is only checked, for the report:
 * the transaction is rolled back at the end. */
static gboolean
once_record (Import    *im,
             ZsRecord  *record,
             GError   **error)
{
  g_autoptr(ZsRecord) existing = NULL;
  ZsImportOutcome outcome;

  if (!zs_import_check_record (im, record, &existing, &outcome, error))
    return FALSE;
  if (zs_import_report_get_count (im->report, ZS_IMPORT_OUTCOME_REFUSED) > 0)
    return TRUE;
  if (!zs_import_write_record (im, record, existing, outcome,
                               outcome == ZS_IMPORT_OUTCOME_CONFLICT && zs_import_theirs_is_newer (record, existing),
                               error))
    return FALSE;
  return outcome == ZS_IMPORT_OUTCOME_UNCHANGED || defer_as_written (im, G_OBJECT_TYPE (record), error);
}

/* Checks and writes in one pass over the file and one transaction; a
 * refusal, found anywhere, rolls it all back. Returns the report (with its
 * refusals when the file was refused: then nothing was written), or NULL
 * with @error when the file could not be read or the database failed. */
static ZsImportReport *
once_pass (ZsStore                 *store,
           const ZsExchangeSource  *source,
           const ZsImportOptions   *options,
           GCancellable            *cancellable,
           ZsProgressFunc           progress,
           gpointer                 progress_data,
           GError                 **error)
{
  g_autoptr(ZsImportReport) report = zs_import_report_new (source->name);
  g_autoptr(ZsExchangeStream) stream = NULL;
  g_auto(Import) im = { 0 };

  zs_import_init (&im, store, report);
  im.once = TRUE;

  /* Read once: no checksum to compare, no copy of a pipe. */
  stream = zs_import_open_pass (&im, source, options, ZS_EXCHANGE_READ_VALIDATE | ZS_EXCHANGE_READ_KEEP_BYTES,
                      cancellable, progress, progress_data, error);
  if (stream == NULL)
    return NULL;

  if (!zs_store_begin (store, error))
    return NULL;
  if (!zs_store_file_index_reset (store, error) || !zs_import_note_stored_types (&im, error) ||
      !zs_store_mark_queue_reset (store, error) || !zs_import_read_all (&im, once_record, error))
    goto fail;
  zs_import_copy_header (&im);

  /* The funds rule on the database's sums, with every entry in; the
   * indexes are back for it. */
  if (zs_import_report_can_apply (report) &&
      (!zs_store_mark_queue_write (store, error) || !zs_store_bulk_end (store, error) || !zs_import_check_funds (&im, error)))
    goto fail;
  if (!zs_import_report_can_apply (report))
    {
      zs_store_rollback (store);
      return g_steal_pointer (&report);
    }
  if (!zs_funds_reconcile (store, error) || !zs_import_log_import (store, source, report, error) ||
      !zs_store_commit (store, error))
    goto fail;
  return g_steal_pointer (&report);

fail:
  zs_store_rollback (store);
  return NULL;
}

static gboolean
once_source (ZsStore                 *store,
             const ZsExchangeSource  *source,
             const ZsImportOptions   *options,
             GCancellable            *cancellable,
             ZsProgressFunc           progress,
             gpointer                 progress_data,
             ZsImportReport         **report_out,
             GError                 **error)
{
  g_autoptr(ZsImportReport) report = NULL;
  ZsStoreHint hint;
  gboolean ok;

  hint = zs_store_set_hint (store, ZS_STORE_HINT_BULK);
  report = once_pass (store, source, options, cancellable, progress, progress_data, error);
  zs_store_set_hint (store, hint);

  ok = report != NULL && zs_import_report_can_apply (report);
  if (report != NULL && !ok)
    zs_import_refused_error (report, error);
  if (report_out != NULL)
    *report_out = g_steal_pointer (&report);
  return ok;
}

gboolean
zs_exchange_import_file (ZsStore                *store,
                         GFile                  *file,
                         const ZsImportOptions  *options,
                         GCancellable           *cancellable,
                         ZsProgressFunc          progress,
                         gpointer                progress_data,
                         ZsImportReport        **report,
                         GError                **error)
{
  g_autofree char *name = NULL;
  ZsExchangeSource source;

  g_return_val_if_fail (ZS_IS_STORE (store) && G_IS_FILE (file), FALSE);
  g_return_val_if_fail (report == NULL || *report == NULL, FALSE);

  source = zs_import_file_source (file, &name);
  return once_source (store, &source, options, cancellable, progress, progress_data, report, error);
}

gboolean
zs_exchange_import (ZsStore                *store,
                    GBytes                 *bytes,
                    const char             *source_name,
                    const ZsImportOptions  *options,
                    ZsImportSummary        *summary,
                    GError                **error)
{
  ZsExchangeSource source = { NULL, bytes, source_name };
  g_autoptr(ZsImportReport) report = NULL;

  g_return_val_if_fail (ZS_IS_STORE (store), FALSE);

  if (!once_source (store, &source, options, NULL, NULL, NULL, &report, error))
    return FALSE;

  if (summary != NULL)
    {
      summary->added = zs_import_report_get_count (report, ZS_IMPORT_OUTCOME_ADDED);
      summary->updated = zs_import_report_get_count (report, ZS_IMPORT_OUTCOME_UPDATED) +
                         zs_import_report_get_count (report, ZS_IMPORT_OUTCOME_CONFLICT);
      summary->unchanged = zs_import_report_get_count (report, ZS_IMPORT_OUTCOME_UNCHANGED);
    }
  return TRUE;
}
