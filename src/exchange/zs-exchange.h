/* zs-exchange.h — the XML exchange format (urn:zhaoshang:exchange:1)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The one part of the core that uses libxml2. The same format carries the
 * industry catalogue, the demo data and exchanges with other departments;
 * docs/exchange-format.md describes it for them and data/exchange.xsd is
 * the contract, generated from the record field tables.
 */
#pragma once

#include <gio/gio.h>

#include "zs-import-report.h"
#include "zs-store.h"

G_BEGIN_DECLS

#define ZS_EXCHANGE_NAMESPACE "urn:zhaoshang:exchange:1"
/* Version 2 keeps amounts to 0.01 万元 and foreign capital in 万美元; a
 * version 1 file (whole 万元, the same namespace) reads the same. */
#define ZS_EXCHANGE_FORMAT_VERSION   "2"
#define ZS_EXCHANGE_FORMAT_VERSION_1 "1"

/* Limits that keep a hostile or broken file from exhausting the machine. */
#define ZS_EXCHANGE_MAX_FILE_SIZE   ((goffset) 1 << 30)  /* 1 GiB: about 500,000 projects */
#define ZS_EXCHANGE_MAX_TEXT_LENGTH (256 * 1024)         /* bytes in one field */
#define ZS_EXCHANGE_MAX_DEPTH       3                    /* exchange / record / field */
/* Attributes of one element, counted as they stream: libxml2 2.9 takes
 * quadratic time over them (120,000 took 28 s). */
#define ZS_EXCHANGE_MAX_ATTRIBUTES  64
/* An attachment's bytes are written as <piece> elements of this many bytes
 * each, in base64: a piece's text stays under ZS_EXCHANGE_MAX_TEXT_LENGTH. */
#define ZS_EXCHANGE_PIECE_SIZE      (128 * 1024)

/* Called from the thread doing the work, with 0 ≤ @fraction ≤ 1. */
typedef void (*ZsProgressFunc) (double   fraction,
                                gpointer user_data);

typedef struct {
  /* Move every date so that the file's reference-date becomes today: demo
   * data stays "this month" whenever it is loaded. */
  gboolean  rebase_dates;
  /* 0 for ZS_EXCHANGE_MAX_FILE_SIZE; smaller in tests. */
  goffset   max_file_size;
  /* The file must be an industry catalogue: only the record types of
   * zs_exchange_is_catalogue_type(), checked against data/catalogue.xsd. */
  gboolean  catalogue;
  /* The largest attachment accepted, in bytes; 0 for the store's own
   * limit (zs_store_attachment_limit()). */
  gint64    attachment_limit;
} ZsImportOptions;

typedef struct {
  guint added;
  guint updated;
  guint unchanged;
} ZsImportSummary;

/* ---- import ----------------------------------------------------------- */

/* Reads @file without changing the database: checks it against the schema
 * and the limits, and says for every record whether it would be added,
 * updated, left unchanged, is in conflict or is refused. A file that cannot
 * be read at all gives an error naming the line and the reason. */
ZsImportReport *zs_exchange_preview (ZsStore               *store,
                                     GFile                 *file,
                                     const ZsImportOptions *options,
                                     GCancellable          *cancellable,
                                     ZsProgressFunc         progress,
                                     gpointer               progress_data,
                                     GError               **error);

/* Merges @file as @report (from zs_exchange_preview() of the same file)
 * foresaw, in one transaction, taking each conflict's choice. Refuses a
 * report with refused records, and a file that changed since the preview;
 * on any error nothing is changed. */
gboolean        zs_exchange_apply   (ZsStore               *store,
                                     GFile                 *file,
                                     ZsImportReport        *report,
                                     const ZsImportOptions *options,
                                     GCancellable          *cancellable,
                                     ZsProgressFunc         progress,
                                     gpointer               progress_data,
                                     GError               **error);

/* Checks and merges @file in one pass and one transaction, as preview and
 * apply would with every conflict left to its default (the newer side):
 * the command line's import. A refused record, found anywhere in the
 * file, leaves the database as it was and is an error; @report, when not
 * NULL, gets what the file holds and what was refused, unless the file
 * could not be read at all. */
gboolean        zs_exchange_import_file (ZsStore               *store,
                                         GFile                 *file,
                                         const ZsImportOptions *options,
                                         GCancellable          *cancellable,
                                         ZsProgressFunc         progress,
                                         gpointer               progress_data,
                                         ZsImportReport       **report,
                                         GError               **error);

/* The same for data the program ships (catalogue, demo):
 * conflicts go to the newer side; any refused record is an error. */
gboolean zs_exchange_import (ZsStore               *store,
                             GBytes                *bytes,
                             const char            *source_name,
                             const ZsImportOptions *options,
                             ZsImportSummary       *summary,
                             GError               **error);

/* ---- export ----------------------------------------------------------- */

typedef struct {
  const char *office;       /* the sender; NULL for the database's office name */
  ZsQuery    *projects;     /* NULL for the whole database */
  const char *description;  /* the filter in words, for the file's filter attribute */
  /* Instead of projects: the industry catalogue, every chain group, chain,
   * segment and enterprise with the people and units they refer to. */
  gboolean    catalogue;
  /* The attachments of the records written, with their bytes in base64
   * (off by default: files get large). */
  gboolean    with_attachments;
} ZsExportOptions;

/* Writes the records of @store to @path, streaming: memory does not grow
 * with the database. With a project query, writes those projects, their
 * stage events, obstacles and updates, and every record they refer to, so
 * that the file imports cleanly into an empty database. @path appears only
 * when complete. */
gboolean zs_exchange_export_full (ZsStore                *store,
                                  const char             *path,
                                  const ZsExportOptions  *options,
                                  GCancellable           *cancellable,
                                  ZsProgressFunc          progress,
                                  gpointer                progress_data,
                                  guint64                *n_records,
                                  GError                **error);

/* The whole database. */
gboolean zs_exchange_export (ZsStore     *store,
                             const char  *path,
                             const char  *office,
                             GError     **error);

/* What to export, as the command line and the export dialog ask for it. */
typedef struct {
  gint64       unit_id;   /* 0: any unit */
  gint64       chain_id;  /* 0: any chain */
  const char  *from;      /* with @to (ISO dates, inclusive): projects that */
  const char  *to;        /* reached @stage in that period */
  int          stage;     /* a ZsStage */
} ZsExportFilter;

/* The projects @filter keeps, or NULL for the whole database; @description
 * gets the filter in words. */
ZsQuery *zs_export_filter_to_query (ZsStore              *store,
                                    const ZsExportFilter *filter,
                                    char                **description);

/* ---- the schema --------------------------------------------------------- */

/* data/exchange.xsd as compiled into the program. */
GBytes  *zs_exchange_get_schema                (void);
/* The schema made afresh from the record field tables, with the labels in
 * English and, when the current language has them, translated. */
char    *zs_exchange_generate_schema           (void);

/* ---- the industry catalogue ----------------------------------------------- */

/* The record types a catalogue file holds: the chain groups, chains,
 * segments and enterprises, and the units and people enterprises refer to
 * (their responsible person). */
gboolean zs_exchange_is_catalogue_type         (GType type);
/* data/catalogue.xsd as compiled into the program: the exchange schema
 * with the catalogue's record types only. */
GBytes  *zs_exchange_get_catalogue_schema      (void);
char    *zs_exchange_generate_catalogue_schema (void);

G_END_DECLS
