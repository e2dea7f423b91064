/* zs-table-export.h — a page's table out as an Excel 台账 or CSV, and a
 * spreadsheet in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <gtk/gtk.h>

#include "zs-core.h"
#include "zs-sheet-grid.h"

G_BEGIN_DECLS

/* Gives @page the actions table.export-xlsx, table.export-csv,
 * table.export-pdf and table.print, which write or print the rows of @rows
 * as the page shows them (its filter and its sort) as the 台账 of @table,
 * in a worker thread; and returns a 导出 menu button offering them and
 * 导入表格… for @table. */
GtkWidget *zs_table_export_attach (GtkWidget    *page,
                                   ZsStore      *store,
                                   const char   *table,
                                   ZsRecordList *rows);
/* Makes the grid of what a page shows, in its order (a new grid). */
typedef ZsSheetGrid *(*ZsTableGridFunc) (gpointer user_data);

/* The same menu (without 导入表格…) for a table of a page's own figures
 * (需求缺口, the dispatch tables, 回收站): @build makes
 * the grid on the main thread; the file is written in a worker thread. */
GtkWidget *zs_table_export_attach_grid (GtkWidget       *page,
                                        ZsTableGridFunc  build,
                                        gpointer         user_data,
                                        GDestroyNotify   destroy);
/* For a table too long to make on the main thread (the whole filtered
 * history, 引荐成效 of 50,000 partners): @prepare, on the main thread, takes what @build and @write
 * need (a copy of the filter, the database's location), freed with
 * @free_prepared; in the worker thread, on its own connection, @write
 * writes an .xlsx or CSV file as it reads the rows, so that the table is
 * never held whole, and @build makes the grid that print and PDF lay out. */
typedef gpointer     (*ZsTableGridPrepareFunc) (gpointer       user_data);
typedef ZsSheetGrid *(*ZsTableGridThreadFunc)  (gpointer       prepared,
                                                GCancellable  *cancellable,
                                                GError       **error);
typedef gboolean     (*ZsTableFileThreadFunc)  (gpointer       prepared,
                                                const char    *path,
                                                ZsSheetFormat  format,
                                                guint64       *n_rows,
                                                GCancellable  *cancellable,
                                                GError       **error);
GtkWidget *zs_table_export_attach_grid_in_thread (GtkWidget              *page,
                                                  const char             *title,
                                                  ZsTableGridPrepareFunc  prepare,
                                                  ZsTableGridThreadFunc   build,
                                                  ZsTableFileThreadFunc   write,
                                                  GDestroyNotify          free_prepared,
                                                  gpointer                user_data);
/* The same export to @path without asking (.csv, .pdf or .xlsx by its ending);
 * @done is called on the main thread when it is over. */
void       zs_table_export_to     (GtkWidget    *page,
                                   const char   *path,
                                   GCallback     done,
                                   gpointer      done_data);

/* The widgets under @root (itself included) that have an export
 * attached, in the order of the widget tree: what zs_table_export_to()
 * takes. */
GPtrArray *zs_table_export_find_all (GtkWidget *root);

G_END_DECLS
