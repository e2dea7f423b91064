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

/* Handed to each column's factory and sorter. */
typedef struct {
  ZsTableColumns *owner;
  guint           index;
} ColumnRef;

struct _ZsTableColumns
{
  GtkColumnView        *view;
  GType                 item_type;
  const ZsTableColumn  *columns;
  guint                 n_columns;
  ZsTableCellText       text;
  ZsTableSortChanged    sort_changed;
  gpointer              user_data;
  ColumnRef            *refs;
  GtkColumnViewColumn **view_columns;
  GtkSorter            *sorter;       /* the view's */
  gulong                sorter_handler;
  int                   probed;       /* the column a probe compare reached */
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

static void
on_cell_setup (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               ColumnRef                *ref)
{
  const ZsTableColumn *column = &ref->owner->columns[ref->index];

  gtk_list_item_set_child (item, zs_slot_label_new (format_cell, ref, column->numeric, column->width));
}

static void
on_cell_bind (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              ColumnRef                *ref)
{
  zs_slot_label_set_slot (ZS_SLOT_LABEL (gtk_list_item_get_child (item)), gtk_list_item_get_item (item));
}

static void
on_cell_unbind (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                ColumnRef                *ref)
{
  zs_slot_label_set_slot (ZS_SLOT_LABEL (gtk_list_item_get_child (item)), NULL);
}

static int
probe_compare (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  ColumnRef *ref = user_data;

  ref->owner->probed = (int) ref->index;
  return GTK_ORDERING_SMALLER;
}

/* GTK 4.8 cannot say which column the user sorted by (that getter came in
 * 4.10), so ask the view's sorter: it compares with its primary column's
 * sorter first, and inverts the answer when that column is descending. */
static void
on_sorter_changed (GtkSorter      *sorter,
                   GtkSorterChange change,
                   ZsTableColumns *self)
{
  g_autoptr(GObject) a = g_object_new (self->item_type, NULL);
  g_autoptr(GObject) b = g_object_new (self->item_type, NULL);
  int order;

  self->probed = -1;
  order = gtk_sorter_compare (sorter, a, b);
  if (order == GTK_ORDERING_EQUAL || self->probed < 0)
    self->sort_column = -1;
  else
    {
      self->sort_column = self->probed;
      self->descending = order == GTK_ORDERING_LARGER;
    }
  self->sort_changed (self->user_data);
}

ZsTableColumns *
zs_table_columns_new (GtkColumnView       *view,
                      GType                item_type,
                      const ZsTableColumn *columns,
                      guint                n_columns,
                      ZsTableCellText      text,
                      ZsTableSortChanged   sort_changed,
                      gpointer             user_data)
{
  ZsTableColumns *self = g_new0 (ZsTableColumns, 1);

  self->view = view;
  self->item_type = item_type;
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
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      GtkColumnViewColumn *column;
      g_autoptr(GtkSorter) sorter = NULL;

      self->refs[i].owner = self;
      self->refs[i].index = i;
      g_signal_connect (factory, "setup", G_CALLBACK (on_cell_setup), &self->refs[i]);
      g_signal_connect (factory, "bind", G_CALLBACK (on_cell_bind), &self->refs[i]);
      g_signal_connect (factory, "unbind", G_CALLBACK (on_cell_unbind), &self->refs[i]);
      column = gtk_column_view_column_new (_(columns[i].title), factory);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_column_set_expand (column, i == 0);

      sorter = GTK_SORTER (gtk_custom_sorter_new (probe_compare, &self->refs[i], NULL));
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
