/* zs-sheet-export.h — a table as a government 台账 in .xlsx, or as CSV
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-core.h"
#include "zs-sheet.h"
#include "zs-sheet-grid.h"

G_BEGIN_DECLS

typedef struct {
  ZsSheetFormat  format;       /* XLSX or CSV */
  ZsQuery       *query;        /* the rows, as the filter shows them; NULL for all */
  GArray        *ids;          /* gint64: the rows in the page's order; instead of @query */
  const char    *title;        /* "项目台账"; NULL for the table's title */
  const char    *description;  /* the filter in words, under the title; may be NULL */
  const char    *office;       /* the issuing unit; NULL for the database's office name */
  const char    *date;         /* ISO date of issue; NULL for today */
} ZsSheetExportOptions;

/* The format @path asks for by its ending (.xlsx, .csv), or UNKNOWN. */
ZsSheetFormat zs_sheet_export_format_for_path (const char *path);

/* Writes the projects @options chooses to @path through ZsOutputFile (the
 * file appears whole or not at all). The .xlsx has a title row, the
 * issuing unit and date, 单位：万元, 序号, a bold bordered header that stays
 * frozen and is repeated on each printed page, amounts with thousands
 * separators, a 合计 row and an A4 landscape page; it is written in
 * libxlsxwriter's constant-memory mode, so memory does not grow with the
 * rows. The CSV is UTF-8 with a BOM, a header row and the rows. */
gboolean zs_sheet_export_projects (ZsStore                     *store,
                                   const char                  *path,
                                   const ZsSheetExportOptions  *options,
                                   guint64                     *n_rows,
                                   GCancellable                *cancellable,
                                   GError                     **error);

/* zs_sheet_export_projects() of the table @table (zs-sheet-table.h):
 * partners, enterprises, carriers, leads, activities, units, people or
 * targets; a table without amounts leaves out 单位：万元. */
gboolean zs_sheet_export_table    (ZsStore                     *store,
                                   const char                  *table,
                                   const char                  *path,
                                   const ZsSheetExportOptions  *options,
                                   guint64                     *n_rows,
                                   GCancellable                *cancellable,
                                   GError                     **error);

/* The same rows as a grid, for the printed page (src/gui/print): the
 * same title, columns and cells as the .xlsx; @options->format is unused. */
ZsSheetGrid *zs_sheet_export_grid (ZsStore                     *store,
                                   const char                  *table,
                                   const ZsSheetExportOptions  *options,
                                   GCancellable                *cancellable,
                                   GError                     **error);

G_END_DECLS
