/* zs-table-grid.h — what a column view shows, as the grid a 台账 is made of
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <gtk/gtk.h>

#include "zs-sheet-grid.h"
#include "zs-slot-label.h"

G_BEGIN_DECLS

/* Tells the grid how @column writes an item's cell: the same @format its
 * cells show (zs_slot_label_column_new() calls it for its columns). */
void         zs_table_column_set_text (GtkColumnViewColumn *column,
                                       ZsSlotLabelFormat    format,
                                       gpointer             user_data,
                                       gboolean             numeric);
/* A column of amounts: @amount gives an item's value in hundredths of
 * 万元 (as the store keeps them), FALSE when it has none. The grid writes
 * the value as a number under 单位：万元, not the "8,500万元" or
 * "1.25亿元" the page shows. Call after zs_table_column_set_text(). */
typedef gboolean (*ZsTableAmountFunc) (gpointer  item,
                                       gpointer  user_data,
                                       gint64   *hundredths);
void         zs_table_column_set_amount (GtkColumnViewColumn *column,
                                         ZsTableAmountFunc    amount);
/* The rows @view shows, in its order, under the headers of its visible
 * columns that have a text (zs_table_column_set_text()); numbers stay
 * numbers, so that a workbook sums them. @items_of unwraps slots. */
ZsSheetGrid *zs_table_grid_from_view  (GtkColumnView       *view,
                                       const char          *title);
/* The titles and the cells' functions of the columns @view shows, taken
 * on the main thread, so that a worker thread can make the grid of rows
 * of its own with zs_table_grid_from_rows(): a table too long to make in
 * the main loop (引荐成效 of 50,000 partners). The functions must then be
 * safe in that thread for those rows. */
typedef struct _ZsGridColumns ZsGridColumns;
ZsGridColumns *zs_grid_columns_from_view (GtkColumnView       *view);
void           zs_grid_columns_free      (ZsGridColumns       *columns);
/* The grid of @rows (the items the functions take, or ZsSlots of them). */
ZsSheetGrid   *zs_table_grid_from_rows   (const ZsGridColumns *columns,
                                          GListModel          *rows,
                                          const char          *title);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZsGridColumns, zs_grid_columns_free)

G_END_DECLS
