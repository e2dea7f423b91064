/* zs-sheet-import-dialog.h — the preview of a spreadsheet, its column
 * mapping, and importing it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <adwaita.h>

#include "zs-core.h"
#include "zs-sheet-import.h"

G_BEGIN_DECLS

#define ZS_TYPE_SHEET_IMPORT_DIALOG (zs_sheet_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (ZsSheetImportDialog, zs_sheet_import_dialog, ZS, SHEET_IMPORT_DIALOG, AdwWindow)

/* Starts reading @path for @table (NULL: the table its columns name) in a
 * worker thread at once; nothing is changed until the clerk chooses 导入.
 * Emits "imported" (with the summary line) once everything is in. */
ZsSheetImportDialog *zs_sheet_import_dialog_new     (ZsStore              *store,
                                                     const char           *path,
                                                     const char           *table);
/* "working", "report" or "error": what the dialog shows. */
const char    *zs_sheet_import_dialog_get_state     (ZsSheetImportDialog  *self);
/* The preview shown, or NULL while working. */
ZsSheetImport *zs_sheet_import_dialog_get_import    (ZsSheetImportDialog  *self);
/* The drop-down choosing the field of header column @i of the preview. */
GtkDropDown   *zs_sheet_import_dialog_get_column_choice (ZsSheetImportDialog *self,
                                                     guint                 i);

G_END_DECLS
