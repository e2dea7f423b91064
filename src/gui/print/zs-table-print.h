/* zs-table-print.h — any table printed, or saved as PDF, as a government 台账
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <gtk/gtk.h>

#include "zs-sheet-grid.h"

G_BEGIN_DECLS

/* The pages of @grid on A4 landscape: the title, 填报单位 and 填报日期,
 * 单位：万元 when it has amounts, 序号, the header row on every page, a
 * 合计 row and 第 N 页 共 M 页 at the foot. Cairo and Pango only, so that
 * a worker thread may write a PDF with it. */
gboolean           zs_table_print_write_pdf        (const ZsSheetGrid  *grid,
                                                    const char         *path,
                                                    GError            **error);
/* The size in points of the table's text on the page: at least 8, however
 * many columns (wide tables wrap their text columns instead). */
double             zs_table_print_get_font_size    (const ZsSheetGrid  *grid);
/* A print operation for the grid (taken), A4 landscape. */
GtkPrintOperation *zs_table_print_operation_new    (ZsSheetGrid        *grid);
/* Opens the print dialog for the grid (taken); printing goes on after. */
void               zs_table_print_run              (ZsSheetGrid        *grid,
                                                    GtkWindow          *parent);

G_END_DECLS
