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
 * has one, otherwise by project name and investor; the same file imported
 * twice changes nothing.
 */
#pragma once

#include "zs-core.h"
#include "zs-sheet.h"

G_BEGIN_DECLS

typedef struct _ZsSheetImport ZsSheetImport;

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

/* Writes what the preview found, in one transaction; refuses when a row
 * was refused. Nothing is written on error. */
gboolean       zs_sheet_import_apply            (ZsSheetImport  *self,
                                                 ZsStore        *store,
                                                 GError        **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZsSheetImport, zs_sheet_import_free)

G_END_DECLS
