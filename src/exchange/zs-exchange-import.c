/* zs-exchange-import.c — merging an exchange file into the database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * An import a clerk previews reads the file twice, one record at a time,
 * so that memory stays flat whatever the file's size (the command line and
 * the data the program ships read it once: zs-exchange-once.c). Each pass parses on a thread of its
 * own (zs-exchange-stream.c) while this one looks records up and writes
 * them, and the connection's caches are bounded meanwhile.
 *
 * The preview validates against the schema and, inside a read transaction,
 * sorts every record: added, updated, unchanged, in conflict or refused. It
 * writes only SQLite's temporary database (the file index that finds
 * duplicates and references to records further up the file), so the
 * database file is left exactly as it was, whatever the file holds.
 *
 * Applying reads the file again in one write transaction, sorts each record
 * the same way (the database may have changed since the preview), takes the
 * clerk's choice for each conflict and writes. The file must be the one the
 * preview read: its SHA-256 is compared before committing. When the import
 * brings most of a table's rows, that table's indexes and the search
 * indexes are made again once at the end rather than row by row.
 *
 * A FIFO ("--import <(…)") cannot be read twice: the preview copies it to a
 * spool file as it reads, which the report keeps and applying reads.
 *
 * What the write would refuse is found by the preview, with its line: a
 * UUID that another record, of any type, has in the file or the database,
 * and funds entries that would take a project's funds in place below zero
 * (the rule of zs-funds-rules.c, over the sums the import would leave).
 *
 * Whether a record changed on our side, theirs or both comes from its
 * import mark, the `updated` time it had in the last file it came from.
 * Applying queues the new marks and merges them in the order of their key.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "zs-attachments.h"
#include "zs-error.h"
#include "zs-exchange-import-private.h"
#include "zs-funds-rules.h"
#include "zs-import-report-private.h"
#include "zs-mapped-table.h"
#include "zs-records.h"
#include "zs-uuid.h"

static RefMemo *
memo_slot (Import     *im,
           GType       type,
           const char *uuid)
{
  guint hash = g_str_hash (uuid) ^ (guint) (type >> 4);

  return &im->memo[hash % REF_MEMO_SLOTS];
}

/* Rows are not deleted during a pass, and the preview's file index only
 * grows, so an answer that found something holds until the pass ends.
 * The reader lowers every UUID (zs-exchange-reader.c), as the database
 * holds them, so that bytes stand for the text. */
static void
remember (Import     *im,
          GType       type,
          const char *uuid,
          gint64      id)
{
  RefMemo *slot = memo_slot (im, type, uuid);
  guint8 bytes[16];

  if (zs_uuid_to_bytes (uuid, bytes))
    {
      slot->type = type;
      slot->id = id;
      memcpy (slot->uuid, bytes, sizeof bytes);
    }
}

/* The row @uuid refers to: its id, -1 (preview only) for a record further
 * up the file that is not in the database, or 0 when neither has it;
 * @refused and @line then say whether the file's record was refused. */
static gint64
find_reference (Import     *im,
                GType       type,
                const char *uuid,
                gboolean   *refused,
                int        *line)
{
  RefMemo *slot = memo_slot (im, type, uuid);
  guint8 bytes[16];
  gint64 id;

  if (slot->type == type && zs_uuid_to_bytes (uuid, bytes) && memcmp (slot->uuid, bytes, sizeof bytes) == 0)
    return slot->id;

  /* A look-up that failed is not "no such record": the caller stops. */
  id = zs_store_lookup_uuid (im->store, type, uuid, im->lookup_error == NULL ? &im->lookup_error : NULL);
  if (im->lookup_error != NULL)
    return 0;
  /* What is in the file comes in only once the preview is over. */
  if (id == 0 && !im->applying && zs_store_file_index_lookup (im->store, type, uuid, refused, line))
    id = *refused ? 0 : -1;

  if (id != 0)
    remember (im, type, uuid, id);
  return id;
}

const char *
zs_import_type_label (GType type)
{
  return g_dgettext (GETTEXT_PACKAGE, ZS_RECORD_CLASS (g_type_class_peek (type))->label);
}

/* Sets the reference fields of @record from the file. In the preview, a
 * reference to a record further up the file that is not in the database
 * yet becomes -1: set, but equal to no stored row. Returns why the record
 * cannot be imported, or NULL. */
static char *
resolve_references (Import   *im,
                    ZsRecord *record)
{
  ZsRecordClass *klass = ZS_RECORD_GET_CLASS (record);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      const ZsField *f = &klass->fields[i];
      const char *uuid;
      GType target;
      gint64 id;
      gboolean refused = FALSE;
      int line = 0;

      if (f->kind != ZS_FIELD_REF)
        continue;

      uuid = zs_exchange_stream_get_ref (im->stream, i);
      if (uuid == NULL)
        {
          zs_record_set_int (record, i, 0);
          continue;
        }

      target = f->get_type ();
      id = find_reference (im, target, uuid, &refused, &line);
      if (im->lookup_error != NULL)
        return NULL;
      if (refused)
        return g_strdup_printf (_("“%s” refers to the %s on line %d, which is refused"),
                                g_dgettext (GETTEXT_PACKAGE, f->label), zs_import_type_label (target), line);
      if (id == 0)
        return g_strdup_printf (_("“%s” refers to the %s %s, which is neither in this file nor in the database"),
                                g_dgettext (GETTEXT_PACKAGE, f->label), zs_import_type_label (target), uuid);
      zs_record_set_int (record, i, id);
    }
  return NULL;
}

static ZsRecord *
load_existing (Import    *im,
               ZsRecord  *incoming,
               GError   **error)
{
  return zs_store_load_by_uuid (im->store, G_OBJECT_TYPE (incoming), zs_record_get_uuid (incoming), error);
}

static ZsImportOutcome
classify (Import   *im,
          ZsRecord *incoming,
          ZsRecord *existing)
{
  g_autofree char *mark = NULL;

  if (existing == NULL)
    return ZS_IMPORT_OUTCOME_ADDED;
  if (zs_record_equal_fields (incoming, existing))
    return ZS_IMPORT_OUTCOME_UNCHANGED;

  mark = zs_store_get_import_mark (im->store, G_OBJECT_TYPE (incoming), zs_record_get_uuid (incoming));
  if (mark != NULL)
    {
      gboolean ours_changed = g_strcmp0 (zs_record_get_updated (existing), mark) != 0;
      gboolean theirs_changed = g_strcmp0 (zs_record_get_updated (incoming), mark) != 0;

      if (theirs_changed && !ours_changed)
        return ZS_IMPORT_OUTCOME_UPDATED;
      /* They sent again what they sent before; what we did since stays. */
      if (ours_changed && !theirs_changed)
        return ZS_IMPORT_OUTCOME_UNCHANGED;
    }
  /* Changed on both sides, or never came from a file: nobody can tell
   * which side changed it, so the clerk decides. */
  return ZS_IMPORT_OUTCOME_CONFLICT;
}

static const char *
record_name (ZsRecord *record)
{
  const char *title = zs_record_get_title (record);

  /* A name of nothing but spaces or zero-width characters is no name. */
  return !zs_text_is_blank (title) ? title : zs_record_get_uuid (record);
}

/* The type of another record the database holds under @uuid, or 0. Only
 * the types the database had rows of when the pass began are asked: into a
 * new database, that is a few, and a file's records that are here already
 * are found under their own type first. A record written since under a
 * UUID the file has again is refused as the file's duplicate whatever this
 * says (zs_store_file_index_add()). Applying relies on the preview, as it
 * does for every other refusal. */
static GType
uuid_taken_by (Import     *im,
               GType       type,
               const char *uuid)
{
  guint n_types;
  const GType *types = zs_record_types (&n_types);

  GType few = (GType) GPOINTER_TO_SIZE (g_hash_table_lookup (im->few_uuids, uuid));

  if (few != 0 && few != type)
    return few;
  for (guint t = 0; t < n_types; t++)
    if (types[t] != type && im->stored_types[t] && !im->few_types[t] &&
        zs_store_lookup_uuid (im->store, types[t], uuid, im->lookup_error == NULL ? &im->lookup_error : NULL) != 0)
      return types[t];
  return 0;
}

static char *
uuid_taken_reason (GType       other,
                   const char *uuid)
{
  return g_strdup_printf (_("the UUID %s is already that of a %s in the database: a UUID names one record"),
                          uuid, zs_import_type_label (other));
}

/* Sorts @record: added, updated, unchanged, in conflict or refused (noted
 * in the report with its reason), into @outcome; @existing_out gets the
 * stored record it would replace. */
gboolean
zs_import_check_record (Import           *im,
                        ZsRecord         *record,
                        ZsRecord        **existing_out,
                        ZsImportOutcome  *outcome_out,
                        GError          **error)
{
  GType type = G_OBJECT_TYPE (record);
  const char *uuid = zs_record_get_uuid (record);
  int line = zs_exchange_stream_get_line (im->stream);
  g_autoptr(ZsRecord) existing = NULL;
  g_autoptr(GError) load_error = NULL;
  g_autoptr(GError) index_error = NULL;
  g_autofree char *reason = NULL;
  g_autoptr(GError) invalid = NULL;
  ZsImportOutcome outcome;
  GType other;
  int first_line = 0;

  reason = resolve_references (im, record);
  if (im->lookup_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&im->lookup_error));
      return FALSE;
    }
  if (reason == NULL && !zs_record_validate (record, &invalid))
    reason = g_strdup (invalid->message);
  /* A table empty when the pass began holds only what this pass wrote,
   * and a UUID the file had before is refused below: nothing to load. */
  if (reason == NULL && im->stored_types[zs_record_type_position (type)])
    existing = load_existing (im, record, &load_error);
  if (reason == NULL)
    {
      if (load_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&load_error));
          return FALSE;
        }
      /* New here under its type: a UUID another type of record has? */
      if (existing == NULL && (other = uuid_taken_by (im, type, uuid)) != 0)
        reason = uuid_taken_reason (other, uuid);
      if (im->lookup_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&im->lookup_error));
          return FALSE;
        }
    }
  /* A UUID the file had before: the first one stays in the index, and
   * this one is refused for that alone. */
  if (!zs_store_file_index_add (im->store, type, uuid, line, reason != NULL, &first_line, &index_error))
    {
      if (index_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&index_error));
          return FALSE;
        }
      g_free (reason);
      reason = g_strdup_printf (_("the same UUID %s is already on line %d"), uuid, first_line);
    }

  if (reason != NULL)
    {
      /* TRANSLATORS: line, record type, record name, reason */
      g_autofree char *message = g_strdup_printf (_("line %d: %s “%s”: %s"), line, zs_import_type_label (type),
                                                  record_name (record), reason);

      zs_import_report_refuse (im->report, type, message);
      *outcome_out = ZS_IMPORT_OUTCOME_REFUSED;
      return TRUE;
    }

  outcome = classify (im, record, existing);
  zs_import_report_add (im->report, type, outcome);
  /* In one pass the entries are written before the sums are checked. */
  if (type == ZS_TYPE_FUNDS_ENTRY && !im->once)
    zs_import_tally_funds_entry (im, record, existing, outcome, line);
  if (outcome == ZS_IMPORT_OUTCOME_CONFLICT)
    {
      g_autoptr(ZsImportConflict) conflict =
        zs_import_conflict_new (type, uuid, line, record_name (record), record_name (existing),
                                zs_record_get_updated (existing), zs_record_get_updated (record));

      zs_import_report_add_conflict (im->report, conflict);
    }
  *outcome_out = outcome;
  *existing_out = g_steal_pointer (&existing);
  return TRUE;
}

static gboolean
preview_record (Import    *im,
                ZsRecord  *record,
                GError   **error)
{
  g_autoptr(ZsRecord) existing = NULL;
  ZsImportOutcome outcome;

  return zs_import_check_record (im, record, &existing, &outcome, error);
}

static gboolean
line_failure (Import      *im,
              const char  *reason,
              GError     **error)
{
  zs_exchange_set_line_error (error, zs_exchange_reader_get_name (zs_exchange_stream_get_reader (im->stream)),
                              zs_exchange_stream_get_line (im->stream), reason);
  return FALSE;
}

/* The bytes the reader kept for @record (none for an empty file). */
static gboolean
put_bytes (Import        *im,
           ZsAttachment  *saved,
           ZsRecord      *record,
           GError       **error)
{
  const char *path = g_object_get_data (G_OBJECT (record), ZS_EXCHANGE_BYTES_KEY);
  g_autoptr(GInputStream) in = NULL;

  if (path != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_path (path);

      in = G_INPUT_STREAM (g_file_read (file, NULL, error));
      if (in == NULL)
        return FALSE;
    }
  else
    in = g_memory_input_stream_new ();
  return zs_store_attachment_replace_bytes (im->store, saved, in, NULL, error);
}

/* Writes @record as @outcome says, over @existing; a conflict takes the
 * file's side when @conflict_theirs. */
gboolean
zs_import_write_record (Import           *im,
                        ZsRecord         *record,
                        ZsRecord         *existing,
                        ZsImportOutcome   outcome,
                        gboolean          conflict_theirs,
                        GError          **error)
{
  GType type = G_OBJECT_TYPE (record);
  const char *uuid = zs_record_get_uuid (record);
  g_autoptr(GError) local_error = NULL;
  gboolean take_theirs = FALSE;
  ZsRecord *saved = NULL;
  gint64 old_project = 0;

  if (existing != NULL && type == ZS_TYPE_FUNDS_ENTRY)
    old_project = zs_record_get_int (existing, ZS_FUNDS_ENTRY_PROJECT_ID);

  switch (outcome)
    {
    case ZS_IMPORT_OUTCOME_ADDED:
      saved = record;
      break;
    case ZS_IMPORT_OUTCOME_UPDATED:
      take_theirs = TRUE;
      break;
    case ZS_IMPORT_OUTCOME_CONFLICT:
      take_theirs = conflict_theirs;
      break;
    case ZS_IMPORT_OUTCOME_UNCHANGED:
    case ZS_IMPORT_OUTCOME_REFUSED:
    case ZS_IMPORT_N_OUTCOMES:
    default:
      break;
    }

  if (take_theirs)
    {
      zs_record_copy_fields (existing, record);
      zs_record_set_updated (existing, zs_record_get_updated (record));
      saved = existing;
    }

  if (saved != NULL && !zs_store_save_full (im->store, saved, ZS_SAVE_IMPORT, &local_error))
    return line_failure (im, local_error->message, error);
  /* What the file's next records refer to is most often what it just
   * gave: their projects' events and funds, their partners' contacts. A
   * record of a type nothing refers to (an event, an entry) would only
   * take the place of one that is. */
  if (saved != NULL && im->referred[zs_record_type_position (type)])
    remember (im, type, uuid, zs_record_get_id (saved));
  if (saved != NULL && type == ZS_TYPE_ATTACHMENT && !put_bytes (im, ZS_ATTACHMENT (saved), record, &local_error))
    return line_failure (im, local_error->message, error);
  /* Checked once every entry is in, where the sums are the database's. */
  if (saved != NULL && type == ZS_TYPE_FUNDS_ENTRY)
    {
      int line = zs_exchange_stream_get_line (im->stream);

      zs_import_tally_funds (im, zs_record_get_int (saved, ZS_FUNDS_ENTRY_PROJECT_ID), 0, line, ZS_IMPORT_OUTCOME_ADDED);
      zs_import_tally_funds (im, old_project, 0, line, ZS_IMPORT_OUTCOME_ADDED);
    }

  return zs_store_mark_queue_add (im->store, type, uuid, zs_record_get_updated (record), error);
}

/* The default rule of a conflict: the newer side. */
gboolean
zs_import_theirs_is_newer (ZsRecord *record,
                           ZsRecord *existing)
{
  return g_strcmp0 (zs_record_get_updated (record), zs_record_get_updated (existing)) > 0;
}

static gboolean
apply_record (Import    *im,
              ZsRecord  *record,
              GError   **error)
{
  g_autofree char *reason = resolve_references (im, record);
  g_autoptr(ZsRecord) existing = NULL;
  g_autoptr(GError) local_error = NULL;
  ZsImportOutcome outcome;
  gboolean conflict_theirs = FALSE;

  if (im->lookup_error != NULL)
    {
      g_autoptr(GError) lookup_error = g_steal_pointer (&im->lookup_error);

      return line_failure (im, lookup_error->message, error);
    }
  if (reason != NULL)
    return line_failure (im, reason, error);

  existing = load_existing (im, record, &local_error);
  if (local_error != NULL)
    return line_failure (im, local_error->message, error);

  outcome = classify (im, record, existing);
  if (outcome == ZS_IMPORT_OUTCOME_CONFLICT)
    {
      ZsImportConflict *choice = zs_import_report_find_conflict (im->report, G_OBJECT_TYPE (record),
                                                                 zs_record_get_uuid (record));

      /* A conflict that arose after the preview follows the default rule. */
      conflict_theirs = choice != NULL ? zs_import_conflict_get_take_theirs (choice) : zs_import_theirs_is_newer (record, existing);
    }
  return zs_import_write_record (im, record, existing, outcome, conflict_theirs, error);
}

/* Rebuilding an index once beats updating it row by row when the import
 * writes many records compared with those there are. */
gboolean
zs_import_rebuild_pays (gint64 writes,
                        gint64 existing)
{
  return writes >= 1000 && writes * 2 >= existing;
}

void
zs_import_copy_header (Import *im)
{
  static const char * const attributes[] = {
    "office", "exported", "filter", "application-version", "format-version",
  };

  for (guint i = 0; i < G_N_ELEMENTS (attributes); i++)
    {
      const char *value = zs_exchange_reader_get_header (zs_exchange_stream_get_reader (im->stream), attributes[i]);

      if (value != NULL)
        zs_import_report_set_header (im->report, attributes[i], value);
    }
}

gboolean
zs_import_read_all (Import                 *im,
                    gboolean (*each)       (Import *, ZsRecord *, GError **),
                    GError                **error)
{
  for (;;)
    {
      g_autoptr(ZsRecord) record = NULL;

      if (!zs_exchange_stream_next (im->stream, &record, error))
        return FALSE;
      if (record == NULL)
        return TRUE;
      if (!each (im, record, error))
        return FALSE;
    }
}

/* The records of one pass over the file, read ahead on a thread. */
ZsExchangeStream *
zs_import_open_pass (Import                  *im,
                     const ZsExchangeSource  *source,
                     const ZsImportOptions   *options,
                     ZsExchangeReadFlags      flags,
                     GCancellable            *cancellable,
                     ZsProgressFunc           progress,
                     gpointer                 progress_data,
                     GError                 **error)
{
  ZsImportOptions with_limit = { 0 };
  ZsExchangeReader *reader;

  /* Attachments within this database's limit, as a clerk's own. */
  if (options != NULL)
    with_limit = *options;
  if (with_limit.attachment_limit <= 0)
    with_limit.attachment_limit = zs_store_attachment_limit (im->store);
  reader = zs_exchange_reader_new (source, &with_limit, flags, cancellable, progress, progress_data, error);

  im->stream = reader != NULL ? zs_exchange_stream_new (reader) : NULL;
  /* A preview writes nothing: its records' documents would go unused. */
  if (im->stream != NULL && (im->applying || im->once))
    zs_exchange_stream_prepare_documents (im->stream);
  return im->stream;
}

/* Which types a reference field of any type points to, into @im->referred. */
static void
note_referred_types (Import *im)
{
  guint n_types;
  const GType *types = zs_record_types (&n_types);

  for (guint t = 0; t < n_types; t++)
    {
      ZsRecordClass *klass = g_type_class_ref (types[t]);

      for (guint i = 0; i < klass->n_fields; i++)
        if (klass->fields[i].kind == ZS_FIELD_REF)
          im->referred[zs_record_type_position (klass->fields[i].get_type ())] = TRUE;
      g_type_class_unref (klass);
    }
}

void
zs_import_init (Import         *im,
                ZsStore        *store,
                ZsImportReport *report)
{
  guint n_types;

  zs_record_types (&n_types);
  *im = (Import) { .store = store, .report = report };
  im->memo = zs_mapped_table_new0 (sizeof (RefMemo) * REF_MEMO_SLOTS);
  im->funds = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, g_free);
  im->stored_types = g_new0 (gboolean, n_types);
  im->few_uuids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  im->few_types = g_new0 (gboolean, n_types);
  im->referred = g_new0 (gboolean, n_types);
  note_referred_types (im);
  im->existing = g_new0 (gint64, n_types);
  im->written = g_new0 (gint64, n_types);
  im->deferred = g_new0 (gboolean, n_types);
}

void
zs_import_clear (Import *im)
{
  zs_mapped_table_free (g_steal_pointer (&im->memo), sizeof (RefMemo) * REF_MEMO_SLOTS);
  g_clear_pointer (&im->funds, g_hash_table_unref);
  g_clear_pointer (&im->stored_types, g_free);
  g_clear_pointer (&im->few_uuids, g_hash_table_unref);
  g_clear_pointer (&im->few_types, g_free);
  g_clear_pointer (&im->referred, g_free);
  g_clear_pointer (&im->existing, g_free);
  g_clear_pointer (&im->written, g_free);
  g_clear_pointer (&im->deferred, g_free);
  g_clear_error (&im->lookup_error);
}

/* The UUIDs of the stored rows of @type, into @im->few_uuids. */
static gboolean
note_few_uuids (Import  *im,
                GType    type,
                GError **error)
{
  ZsStoreCursor *cursor = zs_store_cursor_new (im->store, type, FALSE, error);
  ZsRecord *row;
  g_autoptr(GError) local_error = NULL;

  if (cursor == NULL)
    return FALSE;
  while ((row = zs_store_cursor_next (cursor, &local_error)) != NULL)
    g_hash_table_insert (im->few_uuids, g_strdup (zs_record_get_uuid (row)), GSIZE_TO_POINTER (type));
  zs_store_cursor_free (cursor);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

/* Which types the database has rows of, into @im->stored_types, and the
 * UUIDs of those with few rows. */
gboolean
zs_import_note_stored_types (Import  *im,
                             GError **error)
{
  guint n_types;
  const GType *types = zs_record_types (&n_types);

  for (guint t = 0; t < n_types; t++)
    {
      gint64 n = zs_store_count_all (im->store, types[t], error);

      if (n < 0)
        return FALSE;
      im->stored_types[t] = n > 0;
      im->existing[t] = n;
      im->few_types[t] = n > 0 && n <= FEW_ROWS;
      if (im->few_types[t] && !note_few_uuids (im, types[t], error))
        return FALSE;
    }
  return TRUE;
}

static ZsImportReport *
preview_pass (ZsStore                 *store,
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

  /* The preview validates against the schema; applying relies on it and
   * on the file's checksum. */
  stream = zs_import_open_pass (&im, source, options,
                      ZS_EXCHANGE_READ_VALIDATE | ZS_EXCHANGE_READ_SPOOL | ZS_EXCHANGE_READ_CHECKSUM,
                      cancellable, progress, progress_data, error);
  if (stream == NULL)
    return NULL;

  /* A read transaction: one view of the database, and the window's own
   * connection may go on saving meanwhile. */
  if (!zs_store_begin_read (store, error))
    return NULL;
  if (!zs_store_file_index_reset (store, error) || !zs_import_note_stored_types (&im, error) ||
      !zs_import_read_all (&im, preview_record, error) || !zs_import_check_funds (&im, error))
    {
      zs_store_rollback (store);
      return NULL;
    }
  if (!zs_store_commit (store, error))
    return NULL;

  zs_import_copy_header (&im);
  zs_import_report_set_checksum (report, zs_exchange_reader_get_checksum (zs_exchange_stream_get_reader (stream)));
  zs_import_report_set_spool (report, zs_exchange_reader_steal_spool (zs_exchange_stream_get_reader (stream)));
  return g_steal_pointer (&report);
}

gboolean
zs_import_refused_error (ZsImportReport  *report,
                         GError         **error)
{
  const char * const *refusals = zs_import_report_get_refusals (report);
  guint n = zs_import_report_get_count (report, ZS_IMPORT_OUTCOME_REFUSED);

  if (n == 1)
    g_set_error (error, ZS_ERROR, ZS_ERROR_PARSE, _("%s, %s. Nothing was imported."),
                 zs_import_report_get_source_name (report), refusals[0]);
  else
    g_set_error (error, ZS_ERROR, ZS_ERROR_PARSE, _("%s, %s (and %u more refused records). Nothing was imported."),
                 zs_import_report_get_source_name (report), refusals[0], n - 1);
  return FALSE;
}

static gboolean
worth_rebuilding (ZsStore        *store,
                  ZsImportReport *report,
                  const GType    *types,
                  guint           n_types)
{
  gint64 writes = 0;
  gint64 existing = 0;

  for (guint i = 0; i < n_types; i++)
    {
      writes += zs_import_report_get_type_count (report, types[i], ZS_IMPORT_OUTCOME_ADDED) +
                zs_import_report_get_type_count (report, types[i], ZS_IMPORT_OUTCOME_UPDATED) +
                zs_import_report_get_type_count (report, types[i], ZS_IMPORT_OUTCOME_CONFLICT);
      existing += MAX (zs_store_count_all (store, types[i], NULL), 0);
    }
  return zs_import_rebuild_pays (writes, existing);
}

/* The search indexes (one trigger set for all of them), and each table's
 * own indexes, when the import adds most of what there will be. */
static gboolean
defer_indexes (ZsStore        *store,
               ZsImportReport *report,
               GError        **error)
{
  const GType searchable[] = { ZS_TYPE_PROJECT, ZS_TYPE_PARTNER, ZS_TYPE_ENTERPRISE, ZS_TYPE_LEAD };
  guint n_types;
  const GType *types = zs_record_types (&n_types);

  if (worth_rebuilding (store, report, searchable, G_N_ELEMENTS (searchable)) &&
      !zs_store_bulk_begin (store, error))
    return FALSE;
  for (guint t = 0; t < n_types; t++)
    if (worth_rebuilding (store, report, &types[t], 1) &&
        !zs_store_bulk_defer_indexes (store, types[t], error))
      return FALSE;
  return TRUE;
}

/* One history entry for the whole file: its records wrote none. */
gboolean
zs_import_log_import (ZsStore                 *store,
                      const ZsExchangeSource  *source,
                      ZsImportReport          *report,
                      GError                 **error)
{
  gint64 updated = zs_import_report_get_count (report, ZS_IMPORT_OUTCOME_UPDATED) +
                   zs_import_report_get_count (report, ZS_IMPORT_OUTCOME_CONFLICT);

  return zs_store_log_import (store, source->name,
                              zs_import_report_get_count (report, ZS_IMPORT_OUTCOME_ADDED), updated,
                              zs_import_report_get_count (report, ZS_IMPORT_OUTCOME_UNCHANGED), error);
}

static gboolean
apply_pass (ZsStore                 *store,
            const ZsExchangeSource  *source,
            ZsImportReport          *report,
            const ZsImportOptions   *options,
            GCancellable            *cancellable,
            ZsProgressFunc           progress,
            gpointer                 progress_data,
            GError                 **error)
{
  g_autoptr(ZsExchangeStream) stream = NULL;
  g_auto(Import) im = { 0 };
  g_autoptr(GFile) spool = zs_import_report_get_spool (report);
  ZsExchangeSource spooled = *source;

  zs_import_init (&im, store, report);
  im.applying = TRUE;

  if (!zs_import_report_can_apply (report))
    return zs_import_refused_error (report, error);

  /* A pipe's bytes, as the preview read them. */
  if (spool != NULL)
    spooled.file = spool;
  stream = zs_import_open_pass (&im, &spooled, options, ZS_EXCHANGE_READ_KEEP_BYTES | ZS_EXCHANGE_READ_CHECKSUM,
                      cancellable, progress, progress_data, error);
  if (stream == NULL)
    return FALSE;

  if (!zs_store_begin (store, error))
    return FALSE;
  if (!defer_indexes (store, report, error) ||
      !zs_store_mark_queue_reset (store, error) ||
      !zs_import_read_all (&im, apply_record, error) ||
      !zs_store_mark_queue_write (store, error) ||
      !zs_store_bulk_end (store, error) ||
      !zs_import_check_funds (&im, error) ||
      !zs_funds_reconcile (store, error) ||
      !zs_import_log_import (store, source, report, error))
    goto fail;

  if (g_strcmp0 (zs_exchange_reader_get_checksum (zs_exchange_stream_get_reader (stream)),
                 zs_import_report_get_checksum (report)) != 0)
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_FAILED,
                   _("“%s” changed after it was checked, so nothing was imported. Import it again."),
                   source->name);
      goto fail;
    }
  if (!zs_store_commit (store, error))
    goto fail;
  return TRUE;

fail:
  zs_store_rollback (store);
  return FALSE;
}

/* Each pass reads or writes every record once: the connection's memory is
 * bounded meanwhile (zs_store_set_hint()), and back to what it was
 * after. */
static ZsImportReport *
preview_source (ZsStore                 *store,
                const ZsExchangeSource  *source,
                const ZsImportOptions   *options,
                GCancellable            *cancellable,
                ZsProgressFunc           progress,
                gpointer                 progress_data,
                GError                 **error)
{
  ZsImportReport *report;
  ZsStoreHint hint;

  hint = zs_store_set_hint (store, ZS_STORE_HINT_BULK);
  report = preview_pass (store, source, options, cancellable, progress, progress_data, error);
  zs_store_set_hint (store, hint);
  return report;
}

static gboolean
apply_source (ZsStore                 *store,
              const ZsExchangeSource  *source,
              ZsImportReport          *report,
              const ZsImportOptions   *options,
              GCancellable            *cancellable,
              ZsProgressFunc           progress,
              gpointer                 progress_data,
              GError                 **error)
{
  ZsStoreHint hint;
  gboolean ok;

  hint = zs_store_set_hint (store, ZS_STORE_HINT_BULK);
  ok = apply_pass (store, source, report, options, cancellable, progress, progress_data, error);
  zs_store_set_hint (store, hint);
  return ok;
}

/* A file as a source; @name gets what messages call it. */
ZsExchangeSource
zs_import_file_source (GFile  *file,
                       char  **name)
{
  ZsExchangeSource source = { file, NULL, NULL };

  *name = g_file_get_basename (file);
  source.name = *name;
  return source;
}

ZsImportReport *
zs_exchange_preview (ZsStore                *store,
                     GFile                  *file,
                     const ZsImportOptions  *options,
                     GCancellable           *cancellable,
                     ZsProgressFunc          progress,
                     gpointer                progress_data,
                     GError                **error)
{
  g_autofree char *name = NULL;
  ZsExchangeSource source;

  g_return_val_if_fail (ZS_IS_STORE (store) && G_IS_FILE (file), NULL);

  source = zs_import_file_source (file, &name);
  return preview_source (store, &source, options, cancellable, progress, progress_data, error);
}

gboolean
zs_exchange_apply (ZsStore                *store,
                   GFile                  *file,
                   ZsImportReport         *report,
                   const ZsImportOptions  *options,
                   GCancellable           *cancellable,
                   ZsProgressFunc          progress,
                   gpointer                progress_data,
                   GError                **error)
{
  g_autofree char *name = NULL;
  ZsExchangeSource source;

  g_return_val_if_fail (ZS_IS_STORE (store) && G_IS_FILE (file) && ZS_IS_IMPORT_REPORT (report), FALSE);

  source = zs_import_file_source (file, &name);
  return apply_source (store, &source, report, options, cancellable, progress, progress_data, error);
}
