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

static void
set_string_model (GtkDropDown   *dropdown,
                  GtkStringList *strings)
{
  g_autoptr(GtkExpression) expression =
    gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");

  /* The expression lets the drop-down's search find a name. */
  gtk_drop_down_set_expression (dropdown, expression);
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (strings));
}

guint
zs_fill_record_choices (GtkDropDown *dropdown,
                        ZsStore     *store,
                        ZsQuery     *query,
                        const char  *all,
                        gint64       selected_id,
                        GArray      *ids,
                        GPtrArray   *kept)
{
  g_autoptr(GArray) found = zs_store_query (store, query, NULL);
  g_autoptr(GtkStringList) strings = gtk_string_list_new (NULL);
  GType type = zs_query_get_record_type (query);
  gint64 none = 0;
  guint position = 0;

  g_array_set_size (ids, 0);
  g_array_append_val (ids, none);
  gtk_string_list_append (strings, all);
  for (guint i = 0; found != NULL && i < found->len; i++)
    {
      gint64 id = g_array_index (found, gint64, i);
      g_autoptr(ZsRecord) record = zs_store_load (store, type, id, NULL);

      if (record == NULL)
        continue;
      if (id == selected_id)
        position = ids->len;
      g_array_append_val (ids, id);
      gtk_string_list_append (strings, zs_record_get_title (record));
      if (kept != NULL)
        g_ptr_array_add (kept, g_object_ref (record));
    }

  set_string_model (dropdown, strings);
  gtk_drop_down_set_selected (dropdown, position);
  return position;
}

gint64
zs_dropdown_get_record_id (GtkDropDown *dropdown,
                           GArray      *ids)
{
  guint position = gtk_drop_down_get_selected (dropdown);

  return position < ids->len ? g_array_index (ids, gint64, position) : 0;
}

void
zs_fill_enum_choices (GtkDropDown *dropdown,
                      GType        enum_type,
                      const char  *first)
{
  g_autoptr(GtkStringList) strings = gtk_string_list_new (NULL);

  gtk_string_list_append (strings, first);
  for (guint i = 0; i < zs_enum_get_n_values (enum_type); i++)
    gtk_string_list_append (strings, zs_enum_get_label (enum_type, (int) i));
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (strings));
}
