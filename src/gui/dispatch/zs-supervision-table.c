/* zs-supervision-table.c — the dispatch page's 督办 items by unit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zs-supervision-table.h"

struct _ZsSupervisionTable
{
  GtkWidget  parent_instance;

  GtkStack  *stack;
  GtkGrid   *grid;
};

G_DEFINE_FINAL_TYPE (ZsSupervisionTable, zs_supervision_table, GTK_TYPE_WIDGET)

static void
add_cell (ZsSupervisionTable *self,
          const char         *text,
          int                 column,
          int                 row,
          gboolean            heading,
          gboolean            alert)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), column == 0 ? 0.0f : 1.0f);
  if (heading)
    gtk_widget_add_css_class (label, "heading");
  if (alert)
    gtk_widget_add_css_class (label, "error");
  gtk_grid_attach (self->grid, label, column, row, 1, 1);
}

static void
clear (ZsSupervisionTable *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->grid))) != NULL)
    gtk_grid_remove (self->grid, child);
}

static void
zs_supervision_table_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), ZS_TYPE_SUPERVISION_TABLE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (zs_supervision_table_parent_class)->dispose (object);
}

static void
zs_supervision_table_class_init (ZsSupervisionTableClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = zs_supervision_table_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/zhaoshang/Zhaoshang/ui/zs-supervision-table.ui");
  gtk_widget_class_bind_template_child (widget_class, ZsSupervisionTable, stack);
  gtk_widget_class_bind_template_child (widget_class, ZsSupervisionTable, grid);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
zs_supervision_table_init (ZsSupervisionTable *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

void
zs_supervision_table_set_report (ZsSupervisionTable *self,
                                 ZsReport           *report)
{
  GPtrArray *tally = report != NULL ? zs_report_get_supervision (report) : NULL;

  g_return_if_fail (ZS_IS_SUPERVISION_TABLE (self));

  clear (self);
  /* The total alone: nothing to show. */
  if (tally == NULL || tally->len < 2)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }
  add_cell (self, _("Unit"), 0, 0, TRUE, FALSE);
  add_cell (self, _("Being handled"), 1, 0, TRUE, FALSE);
  add_cell (self, _("Closed on time"), 2, 0, TRUE, FALSE);
  add_cell (self, _("Overdue"), 3, 0, TRUE, FALSE);
  for (guint i = 0; i < tally->len; i++)
    {
      ZsSupervisionCount *count = g_ptr_array_index (tally, i);
      g_autofree char *open = g_strdup_printf ("%u", count->open);
      g_autofree char *on_time = g_strdup_printf ("%u", count->closed_on_time);
      g_autofree char *overdue = g_strdup_printf ("%u", count->overdue);
      gboolean total = i == tally->len - 1;

      add_cell (self, count->unit, 0, (int) i + 1, total, FALSE);
      add_cell (self, open, 1, (int) i + 1, total, FALSE);
      add_cell (self, on_time, 2, (int) i + 1, total, FALSE);
      add_cell (self, overdue, 3, (int) i + 1, total, count->overdue > 0);
    }
  gtk_stack_set_visible_child_name (self->stack, "table");
}
