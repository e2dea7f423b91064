/* zs-table-columns.c — the columns of a table over a store-backed list, sorted in SQL
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Shared by the project ledger and the target-enterprise ledger. Sorting
 * happens in SQL: the table's model is the store-backed list, never a
 * GtkSortListModel, which would have to load every record.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zs-slot-label.h"
#include "zs-table-columns.h"
#include "zs-ui-util.h"

/* Handed to each column's factory and sorter. */
typedef struct {
  ZsTableColumns *owner;
  guint           index;
} ColumnRef;

struct _ZsTableColumns
{
  GtkColumnView        *view;
  const ZsTableColumn  *columns;
  guint                 n_columns;
  ZsTableCellText       text;
  ZsTableSortChanged    sort_changed;
  gpointer              user_data;
  ColumnRef            *refs;
  GtkColumnViewColumn **view_columns;
  GtkSorter            *sorter;       /* the view's */
  gulong                sorter_handler;
  int                   sort_column;  /* -1 when unsorted */
  gboolean              descending;
};

static char *
format_cell (gpointer item,
             gpointer user_data)
{
  ColumnRef *ref = user_data;
  ZsTableColumns *self = ref->owner;

  return self->text (item, &self->columns[ref->index], self->user_data);
}

/* GTK 4.8 cannot say which column the user sorted by (that getter came in
 * 4.10): each column has a probe sorter, and the view's sorter is asked. */
static void
on_sorter_changed (GtkSorter      *sorter,
                   GtkSorterChange change,
                   ZsTableColumns *self)
{
  self->sort_column = zs_column_view_get_sorting (self->view, &self->descending);
  self->sort_changed (self->user_data);
}

ZsTableColumns *
zs_table_columns_new (GtkColumnView       *view,
                      const ZsTableColumn *columns,
                      guint                n_columns,
                      ZsTableCellText      text,
                      ZsTableSortChanged   sort_changed,
                      gpointer             user_data)
{
  ZsTableColumns *self = g_new0 (ZsTableColumns, 1);

  self->view = view;
  self->columns = columns;
  self->n_columns = n_columns;
  self->text = text;
  self->sort_changed = sort_changed;
  self->user_data = user_data;
  self->sort_column = -1;
  self->refs = g_new0 (ColumnRef, n_columns);
  self->view_columns = g_new0 (GtkColumnViewColumn *, n_columns);

  for (guint i = 0; i < n_columns; i++)
    {
      GtkColumnViewColumn *column;
      g_autoptr(GtkSorter) sorter = zs_probe_sorter_new (i);

      self->refs[i].owner = self;
      self->refs[i].index = i;
      column = zs_slot_label_column_new (_(columns[i].title), format_cell, NULL, &self->refs[i],
                                         columns[i].numeric, columns[i].width);
      gtk_column_view_column_set_expand (column, i == 0);
      gtk_column_view_column_set_sorter (column, sorter);

      gtk_column_view_append_column (view, column);
      self->view_columns[i] = column;
      g_object_unref (column);
    }

  self->sorter = g_object_ref (gtk_column_view_get_sorter (view));
  self->sorter_handler = g_signal_connect (self->sorter, "changed", G_CALLBACK (on_sorter_changed), self);
  return self;
}

int
zs_table_columns_get_sort (ZsTableColumns *self,
                           gboolean       *descending)
{
  g_return_val_if_fail (self != NULL, -1);

  if (descending != NULL)
    *descending = self->descending;
  return self->sort_column;
}

gboolean
zs_table_columns_sort_by_field (ZsTableColumns *self,
                                int             field,
                                gboolean        descending)
{
  g_return_val_if_fail (self != NULL, FALSE);

  for (guint i = 0; i < self->n_columns; i++)
    if (self->columns[i].field == field)
      {
        gtk_column_view_sort_by_column (self->view, self->view_columns[i],
                                        descending ? GTK_SORT_DESCENDING : GTK_SORT_ASCENDING);
        return TRUE;
      }
  return FALSE;
}

void
zs_table_columns_detach (ZsTableColumns *self)
{
  if (self == NULL || self->sorter == NULL)
    return;
  /* Tearing the view down removes its columns, which changes the sorter. */
  g_clear_signal_handler (&self->sorter_handler, self->sorter);
  g_clear_object (&self->sorter);
}

void
zs_table_columns_free (ZsTableColumns *self)
{
  if (self == NULL)
    return;
  zs_table_columns_detach (self);
  g_free (self->refs);
  g_free (self->view_columns);
  g_free (self);
}
