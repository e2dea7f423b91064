/* zs-sheet-writer.h — a 台账 written row after row as .xlsx or CSV
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Private to src/sheet: the one writer behind zs_sheet_grid_write() and
 * the record tables' export, so that both give the same 台账.
 */
#pragma once

#include "zs-sheet-grid.h"

G_BEGIN_DECLS

typedef struct _ZsSheetWriter ZsSheetWriter;

/* Takes the title, issuer, date and columns of @head (its rows are not
 * written); @head must outlive the writer. */
ZsSheetWriter *zs_sheet_writer_new     (const ZsSheetGrid  *head,
                                        const char         *path,
                                        ZsSheetFormat       format,
                                        GCancellable       *cancellable,
                                        GError            **error);
/* One row of zs_sheet_grid_get_n_columns() cells, numbered 序号 in turn. */
gboolean       zs_sheet_writer_add_row (ZsSheetWriter      *self,
                                        const ZsGridCell   *cells,
                                        GError            **error);
/* Writes the 合计 row and commits the file; @n_rows the rows written. */
gboolean       zs_sheet_writer_finish  (ZsSheetWriter      *self,
                                        guint64            *n_rows,
                                        GError            **error);
void           zs_sheet_writer_free    (ZsSheetWriter      *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZsSheetWriter, zs_sheet_writer_free)

G_END_DECLS
