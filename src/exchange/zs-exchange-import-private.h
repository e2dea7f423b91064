/* zs-exchange-import-private.h — what the two-pass import and the one pass share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * zs-exchange-import.c sorts and writes records (the preview and applying
 * passes); zs-exchange-once.c does both in one pass with the same pieces.
 */
#pragma once

#include "zs-exchange-private.h"

G_BEGIN_DECLS

/* The last answers to "which row is this UUID", and the rows this pass
 * wrote: a file's stage events refer to the same project one after
 * another, thousands of projects to the same few units and chains, and
 * contacts to the partners written before them. A fixed number of slots
 * (8 MiB), so memory does not grow with the file. An import of 100,000
 * projects makes 1.1 million references: with 1,024 slots, 300,000 of them
 * asked the database; with 65,536, 170,000, since its projects' events
 * and funds come after all the projects; with these, 61,000. */
#define REF_MEMO_SLOTS 262144

/* A stored type with at most this many rows has its UUIDs read into memory
 * when a pass begins (Import.few_uuids). */
#define FEW_ROWS 4096

/* A UUID as its 16 bytes (zs_uuid_to_bytes()), to keep a slot at 32 bytes. */
typedef struct {
  GType  type;
  gint64 id;         /* -1: further up the file, not in the database */
  guint8 uuid[16];
} RefMemo;


typedef struct {
  ZsStore          *store;
  ZsImportReport   *report;
  ZsExchangeStream *stream;
  gboolean          applying;
  gboolean          once;    /* one pass that checks and writes (zs_exchange_import_file()) */
  RefMemo          *memo;    /* REF_MEMO_SLOTS */
  GHashTable       *funds;   /* &FundsTally.project → FundsTally, one per project the entries touch */
  gboolean         *stored_types;  /* preview: per zs_record_types(), whether the database has any */
  /* The UUIDs of the types with a few stored rows (units, chains…), read
   * once: asking each of their tables for every record of the file cost
   * more than the record's own look-up. UUID → GType. */
  GHashTable       *few_uuids;
  gboolean         *few_types;
  gboolean         *referred;  /* per zs_record_types(): a reference field names the type */
  GError           *lookup_error;  /* a look-up the database could not answer (a lost connection) */
  /* One pass, per zs_record_types(): rows at the start, rows written, and
   * whether the table's indexes wait for the end; whether the search
   * indexes do. */
  gint64           *existing;
  gint64           *written;
  gboolean         *deferred;
  gboolean          search_deferred;
} Import;

/* Makes @im ready for one pass over a file into @store, noting in
 * @report (the caller keeps both); zs_import_clear() frees what it made. */
void              zs_import_init              (Import                  *im,
                                               ZsStore                 *store,
                                               ZsImportReport          *report);
void              zs_import_clear             (Import                  *im);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Import, zs_import_clear)

/* Sorts @record: added, updated, unchanged, in conflict or refused (noted
 * in the report with its reason), into @outcome; @existing_out gets the
 * stored record it would replace. */
gboolean          zs_import_check_record      (Import                  *im,
                                               ZsRecord                *record,
                                               ZsRecord               **existing_out,
                                               ZsImportOutcome         *outcome_out,
                                               GError                 **error);
/* Writes @record as @outcome says, over @existing; a conflict takes the
 * file's side when @conflict_theirs. */
gboolean          zs_import_write_record      (Import                  *im,
                                               ZsRecord                *record,
                                               ZsRecord                *existing,
                                               ZsImportOutcome          outcome,
                                               gboolean                 conflict_theirs,
                                               GError                 **error);
/* The default rule of a conflict: the newer side. */
gboolean          zs_import_theirs_is_newer   (ZsRecord                *record,
                                               ZsRecord                *existing);
/* Whether rebuilding an index once beats updating it row by row. */
gboolean          zs_import_rebuild_pays      (gint64                   writes,
                                               gint64                   existing);
/* Which types the database has rows of, and how many. */
gboolean          zs_import_note_stored_types (Import                  *im,
                                               GError                 **error);
/* The name of a record type, in the clerk's language. */
const char       *zs_import_type_label        (GType                    type);
/* zs-exchange-import-funds.c: @change (0.01 万元) to @project's total by
 * the entry on @line; what writing @incoming (over @existing) would do to
 * project totals. */
void              zs_import_tally_funds       (Import                  *im,
                                               gint64                   project,
                                               gint64                   change,
                                               int                      line,
                                               ZsImportOutcome          outcome);
void              zs_import_tally_funds_entry (Import                  *im,
                                               ZsRecord                *incoming,
                                               ZsRecord                *existing,
                                               ZsImportOutcome          outcome,
                                               int                      line);
/* The funds rule over the projects the entries touched. */
gboolean          zs_import_check_funds       (Import                  *im,
                                               GError                 **error);
ZsExchangeStream *zs_import_open_pass         (Import                  *im,
                                               const ZsExchangeSource  *source,
                                               const ZsImportOptions   *options,
                                               ZsExchangeReadFlags      flags,
                                               GCancellable            *cancellable,
                                               ZsProgressFunc           progress,
                                               gpointer                 progress_data,
                                               GError                 **error);
gboolean          zs_import_read_all          (Import                  *im,
                                               gboolean (*each)        (Import *, ZsRecord *, GError **),
                                               GError                 **error);
void              zs_import_copy_header       (Import                  *im);
/* "file, the first refusal (and N more). Nothing was imported." */
gboolean          zs_import_refused_error     (ZsImportReport          *report,
                                               GError                 **error);
/* One history entry for the whole file. */
gboolean          zs_import_log_import        (ZsStore                 *store,
                                               const ZsExchangeSource  *source,
                                               ZsImportReport          *report,
                                               GError                 **error);
/* A file as a source; @name gets what messages call it. */
ZsExchangeSource  zs_import_file_source       (GFile                   *file,
                                               char                   **name);

G_END_DECLS
