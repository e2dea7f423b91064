/* zs-sheet-private.h — what the readers of each format share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-sheet.h"

G_BEGIN_DECLS

/* One row as a reader fills it: cells set by column, the rest empty. */
typedef struct {
  ZsSheetRow  row;
  guint       allocated;
} ZsSheetRowBuilder;

void     zs_sheet_row_builder_init  (ZsSheetRowBuilder *builder,
                                     guint              number);
/* Takes @text. FALSE when @column is past the limits (nothing set). */
void     zs_sheet_row_builder_set   (ZsSheetRowBuilder *builder,
                                     guint              column,
                                     ZsSheetCellType    type,
                                     char              *text,
                                     double             number);
void     zs_sheet_row_builder_clear (ZsSheetRowBuilder *builder);

/* Counts a row's cells against @limits->max_cells; FALSE with a message. */
gboolean zs_sheet_count_cells       (const ZsSheetLimits *limits,
                                     guint64             *n_cells,
                                     const ZsSheetRow    *row,
                                     const char          *file_name,
                                     GError             **error);

/* The ISO date of Excel's serial day @serial (1900 system); NULL when out
 * of the range Excel shows as a date. */
char    *zs_sheet_serial_to_date    (double               serial);
/* The shortest text of @number that reads back the same. */
char    *zs_sheet_format_number     (double               number);

gboolean zs_sheet_read_xlsx         (const char           *path,
                                     const char           *file_name,
                                     const ZsSheetLimits  *limits,
                                     ZsSheetRowFunc        func,
                                     gpointer              user_data,
                                     GCancellable         *cancellable,
                                     GError              **error);
gboolean zs_sheet_read_xls          (const char           *path,
                                     const char           *file_name,
                                     const ZsSheetLimits  *limits,
                                     ZsSheetRowFunc        func,
                                     gpointer              user_data,
                                     GCancellable         *cancellable,
                                     GError              **error);
gboolean zs_sheet_read_csv          (const char           *path,
                                     const char           *file_name,
                                     const ZsSheetLimits  *limits,
                                     ZsSheetRowFunc        func,
                                     gpointer              user_data,
                                     GCancellable         *cancellable,
                                     GError              **error);

G_END_DECLS
