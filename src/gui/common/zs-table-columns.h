/* zs-table-columns.h — the columns of a table over a store-backed list, sorted in SQL
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <gtk/gtk.h>

#include "zs-core.h"

G_BEGIN_DECLS

typedef struct {
  int         field;    /* a field of the listed records, or a negative number its owner knows */
  const char *title;    /* untranslated, N_() */
  int         width;    /* in characters */
  gboolean    numeric;  /* right-aligned, tabular figures */
} ZsTableColumn;

/* The text of one cell; newly allocated. */
typedef char * (*ZsTableCellText)   (gpointer             item,
                                     const ZsTableColumn *column,
                                     gpointer             user_data);
/* The user clicked a header: the owner runs its query in the new order. */
typedef void   (*ZsTableSortChanged) (gpointer            user_data);

typedef struct _ZsTableColumns ZsTableColumns;

/* Appends @columns to @view, each cell a ZsSlotLabel over a ZsSlotList
 * item, each header a sort toggle. GTK sorts nothing: the owner asks
 * zs_table_columns_get_sort() and orders its query, so a list of 100,000
 * rows is never loaded to be sorted. The
 * first column takes the spare width. */
ZsTableColumns *zs_table_columns_new           (GtkColumnView        *view,
                                                const ZsTableColumn  *columns,
                                                guint                 n_columns,
                                                ZsTableCellText       text,
                                                ZsTableSortChanged    sort_changed,
                                                gpointer              user_data);
/* The index of the column sorted by, or -1. */
int             zs_table_columns_get_sort      (ZsTableColumns       *self,
                                                gboolean             *descending);
/* Sorts by the column showing @field, as a click on its header does. */
gboolean        zs_table_columns_sort_by_field (ZsTableColumns       *self,
                                                int                   field,
                                                gboolean              descending);
/* Call from the owner's dispose, before its view goes: no more callbacks. */
void            zs_table_columns_detach        (ZsTableColumns       *self);
/* Call from the owner's finalize: cells may refer to the columns until the
 * view is gone. */
void            zs_table_columns_free          (ZsTableColumns       *self);

G_END_DECLS
