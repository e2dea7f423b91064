/* zs-sheet-import.h — a bureau's ledger from a spreadsheet into the database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * As with exchange files: the preview reads the whole file and the
 * database without changing anything and says what each row would do
 * (new, update, unchanged, refused, with each refused cell's address and
 * why); apply writes everything in one transaction, or nothing when any
 * row is refused. A row matches a record by its UUID column when the sheet
 * has one, otherwise by the fields of its table's match (a project's name
 * and investor, a target's unit and year …); the same file imported twice
 * changes nothing.
 *
 * The clerk may correct how the columns map to fields; a corrected mapping
 * is kept in the database's settings for the shape of the header
 * (zs_sheet_layout_shape()) and used for the next file of that shape.
 */
#pragma once

#include "zs-core.h"
#include "zs-sheet.h"

G_BEGIN_DECLS

typedef struct _ZsSheetImport ZsSheetImport;

/* Called now and then with how far the preview is, from 0 to 1. */
typedef void (*ZsSheetProgressFunc) (double fraction, gpointer user_data);

typedef struct {
  const char          *table;     /* NULL: the table whose columns the sheets have */
  /* The clerk's mapping for the sheets of @shape: one field key per header
   * column ("" for none), as zs_sheet_import_get_header_key() lists them. */
  const char          *shape;
  const char * const  *keys;
  ZsSheetProgressFunc  progress;
  gpointer             progress_data;
} ZsSheetImportOptions;

/* The tables a spreadsheet can be imported into, NULL-terminated. */
const char * const *zs_sheet_import_tables      (void);

/* Reads @path (found by content) for @table (NULL: the table whose columns
 * the sheets have). An error when the file cannot be read or holds no table
 * it knows; refused rows are in the result. */
ZsSheetImport *zs_sheet_import_preview          (ZsStore        *store,
                                                 const char     *path,
                                                 const char     *table,
                                                 GCancellable   *cancellable,
                                                 GError        **error);
ZsSheetImport *zs_sheet_import_preview_full     (ZsStore                     *store,
                                                 const char                  *path,
                                                 const ZsSheetImportOptions  *options,
                                                 GCancellable                *cancellable,
                                                 GError                     **error);
void           zs_sheet_import_free             (ZsSheetImport  *self);

gboolean       zs_sheet_import_can_apply        (ZsSheetImport  *self);
guint          zs_sheet_import_get_n_added      (ZsSheetImport  *self);
guint          zs_sheet_import_get_n_updated    (ZsSheetImport  *self);
guint          zs_sheet_import_get_n_unchanged  (ZsSheetImport  *self);
guint          zs_sheet_import_get_n_refused    (ZsSheetImport  *self);
/* "项目台账!F12: “三亿五” is not an amount", at most 200; NULL-terminated. */
const char * const *zs_sheet_import_get_refusals (ZsSheetImport *self);
/* What was skipped (title rows, 合计), and the header found. */
const char * const *zs_sheet_import_get_notes   (ZsSheetImport  *self);
/* The summary for the command line, several lines. */
char          *zs_sheet_import_format           (ZsSheetImport  *self);

/* The table the rows go to ("projects"). */
const char    *zs_sheet_import_get_table        (ZsSheetImport  *self);
/* The mapping of the first sheet with a table: its shape, and its header
 * columns left to right with the field each goes to (NULL: not imported). */
const char    *zs_sheet_import_get_shape        (ZsSheetImport  *self);
const char    *zs_sheet_import_get_sheet_name   (ZsSheetImport  *self);
guint          zs_sheet_import_get_n_headers    (ZsSheetImport  *self);
const char    *zs_sheet_import_get_header       (ZsSheetImport  *self,
                                                 guint           i);
/* "B4" (or "B4:B5" for a header of two rows): where the header is. */
char          *zs_sheet_import_get_header_address (ZsSheetImport *self,
                                                   guint          i);
const char    *zs_sheet_import_get_header_key   (ZsSheetImport  *self,
                                                 guint           i);
/* TRUE when the mapping is one the clerk corrected for a file of this shape. */
gboolean       zs_sheet_import_is_remembered    (ZsSheetImport  *self);
/* Keeps the mapping of this preview for files of its shape (in the
 * database's settings). */
gboolean       zs_sheet_import_remember         (ZsSheetImport  *self,
                                                 ZsStore        *store,
                                                 GError        **error);
/* The fields a column of @table can go to, NULL-terminated keys; and what
 * the clerk reads for one ("项目名称"). */
const char * const *zs_sheet_import_field_keys  (const char     *table);
const char    *zs_sheet_import_field_label      (const char     *table,
                                                 const char     *key);

/* The names of the units (@type ZS_TYPE_UNIT) or people (ZS_TYPE_PERSON)
 * the sheet names and the database lacks: made by the import. */
GStrv          zs_sheet_import_dup_new_names    (ZsSheetImport  *self,
                                                 GType           type);

/* Writes what the preview found, in one transaction; refuses when a row
 * was refused. Nothing is written on error. */
gboolean       zs_sheet_import_apply            (ZsSheetImport  *self,
                                                 ZsStore        *store,
                                                 GError        **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZsSheetImport, zs_sheet_import_free)

G_END_DECLS
