/* zs-ledger-export.h — the project ledger as an Excel 台账 or CSV, from the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <gtk/gtk.h>

#include "zs-context.h"

G_BEGIN_DECLS

/* Where a table goes: a workbook, a CSV, a PDF (without the print dialog)
 * or the printer. */
typedef enum {
  ZS_TABLE_OUTPUT_XLSX,
  ZS_TABLE_OUTPUT_CSV,
  ZS_TABLE_OUTPUT_PDF,
  ZS_TABLE_OUTPUT_PRINT,
} ZsTableOutput;

/* The output @path asks for by its ending: .csv, .pdf, else .xlsx. */
ZsTableOutput zs_table_output_for_path (const char *path);

/* Asks where to save, then writes the projects of @query (the rows the
 * filter shows), in the order of @ids when given (the ledger's sort), as
 * .xlsx, .csv or .pdf (@output), or prints them, in a worker thread on a second
 * connection; a toast on @widget says how it went. @done is called on the
 * main thread when it is over, whatever happened. */
void zs_ledger_export (GtkWidget      *widget,
                       ZsContext      *context,
                       ZsQuery        *query,
                       GArray         *ids,
                       const char     *description,
                       ZsTableOutput   output,
                       GCallback       done,
                       gpointer        done_data);

/* The same without asking: to @path, by its ending (.csv, .pdf, else .xlsx). */
void zs_ledger_export_to (GtkWidget      *widget,
                          ZsContext      *context,
                          ZsQuery        *query,
                          GArray         *ids,
                          const char     *description,
                          const char     *path,
                          GCallback       done,
                          gpointer        done_data);

/* The rows @ids (gint64, in the order the page shows them) of @table
 * (zs-sheet-table.h) as its 台账: asks where unless @path is given. */
void zs_ledger_export_rows (GtkWidget      *widget,
                            ZsStore        *store,
                            const char     *table,
                            GArray         *ids,
                            ZsTableOutput   output,
                            const char     *path,
                            GCallback       done,
                            gpointer        done_data);

G_END_DECLS
