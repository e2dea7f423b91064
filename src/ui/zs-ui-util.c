/* zs-ui-util.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "zs-ui-util.h"

void
zs_scroll_to_top (GtkWidget  *scrollable,
               GListModel *model)
{
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (scrollable));

  if (adjustment == NULL || !gtk_widget_get_mapped (scrollable) ||
      g_list_model_get_n_items (model) == 0 || gtk_adjustment_get_value (adjustment) == 0)
    return;
  gtk_adjustment_set_value (adjustment, 0);
}

void
zs_widget_unparent_children (GtkWidget *widget)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (widget)) != NULL)
    gtk_widget_unparent (child);
}

void
zs_widget_dispose_template (GtkWidget *widget,
                            GType      widget_type)
{
  gtk_widget_dispose_template (widget, widget_type);
  zs_widget_unparent_children (widget);
}
