/* zs-ui-util.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "zs-ui-util.h"

void
zs_stack_show_only (GtkStack   *stack,
                    const char *name)
{
  GtkWidget *shown = gtk_stack_get_child_by_name (stack, name);

  g_return_if_fail (shown != NULL);

  gtk_widget_set_visible (shown, TRUE);
  gtk_stack_set_visible_child (stack, shown);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (stack));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (child != shown)
      gtk_widget_set_visible (child, FALSE);
}

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

/* The column whose probe sorter the last comparison reached. */
static int probed_column = -1;

static int
probe_compare (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  probed_column = GPOINTER_TO_INT (user_data);
  return GTK_ORDERING_SMALLER;
}

GtkSorter *
zs_probe_sorter_new (guint index)
{
  return GTK_SORTER (gtk_custom_sorter_new (probe_compare, GINT_TO_POINTER (index), NULL));
}

int
zs_column_view_get_sorting (GtkColumnView *view,
                            gboolean      *descending)
{
  g_autoptr(GObject) a = g_object_new (G_TYPE_OBJECT, NULL);
  g_autoptr(GObject) b = g_object_new (G_TYPE_OBJECT, NULL);
  int order;

  /* The view's sorter compares with its primary column's sorter first and
   * inverts the answer when that column is descending. */
  probed_column = -1;
  order = gtk_sorter_compare (gtk_column_view_get_sorter (view), a, b);
  if (order == GTK_ORDERING_EQUAL || probed_column < 0)
    return -1;
  *descending = order == GTK_ORDERING_LARGER;
  return probed_column;
}

GtkFileFilter *
zs_file_filter_new (const char *name,
                    const char *pattern)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_pattern (filter, pattern);
  return filter;
}

GtkWidget *
zs_list_row_new (const char *title,
                 const char *subtitle,
                 gboolean    activatable)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *escaped_title = g_markup_escape_text (title ? title : "", -1);
  g_autofree char *escaped_subtitle = g_markup_escape_text (subtitle ? subtitle : "", -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped_title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped_subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 4);
  if (activatable)
    {
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
    }
  return row;
}

char *
zs_join_parts (const char * const *parts,
               guint               n)
{
  GString *joined = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    if (parts[i] != NULL && *parts[i] != '\0')
      {
        if (joined->len > 0)
          g_string_append (joined, " · ");
        g_string_append (joined, parts[i]);
      }
  return g_string_free (joined, FALSE);
}

GtkLabel *
zs_figure_add (GtkBox     *box,
               const char *caption)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *value = gtk_label_new ("0");
  GtkWidget *text = gtk_label_new (caption);

  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "figure");
  gtk_widget_add_css_class (value, "title-3");
  gtk_widget_add_css_class (value, "numeric");
  gtk_widget_add_css_class (text, "dim-label");
  gtk_widget_add_css_class (text, "caption");
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_justify (GTK_LABEL (text), GTK_JUSTIFY_CENTER);
  gtk_box_append (GTK_BOX (card), value);
  gtk_box_append (GTK_BOX (card), text);
  gtk_box_append (box, card);
  return GTK_LABEL (value);
}

void
zs_remove_rows (GPtrArray *rows)
{
  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (rows, i);
      GtkWidget *group = gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP);

      if (group != NULL)
        adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group), row);
    }
  g_ptr_array_set_size (rows, 0);
}

GtkSelectionModel *
zs_selection_new (GListModel *model)
{
  GtkSingleSelection *selection = gtk_single_selection_new (model);

  gtk_single_selection_set_autoselect (selection, FALSE);
  /* A new single selection picks the first row; start with none. */
  gtk_single_selection_set_selected (selection, GTK_INVALID_LIST_POSITION);
  return GTK_SELECTION_MODEL (selection);
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

void
zs_open_record (GtkWidget *widget,
                ZsRecord  *record)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (ZS_IS_RECORD (record));
  g_return_if_fail (zs_record_get_id (record) != 0);

  gtk_widget_activate_action (widget, "win.open-record", "(sx)", G_OBJECT_TYPE_NAME (record), zs_record_get_id (record));
}

void
zs_delete_record (GtkWidget *widget,
                  ZsRecord  *record)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (ZS_IS_RECORD (record));

  gtk_widget_activate_action (widget, "win.delete-record", "(sx)", G_OBJECT_TYPE_NAME (record), zs_record_get_id (record));
}

void
zs_toast (GtkWidget  *widget,
          const char *message)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  gtk_widget_activate_action (widget, "win.toast", "s", message);
}

void
zs_toast_change (GtkWidget  *widget,
                 const char *message)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  gtk_widget_activate_action (widget, "win.toast-change", "s", message);
}

void
zs_view_show_model (GtkWidget  *view,
                    GListModel *model)
{
  g_autoptr(GtkNoSelection) selection = gtk_no_selection_new (g_object_ref (model));

  if (GTK_IS_COLUMN_VIEW (view))
    gtk_column_view_set_model (GTK_COLUMN_VIEW (view), GTK_SELECTION_MODEL (selection));
  else
    gtk_list_view_set_model (GTK_LIST_VIEW (view), GTK_SELECTION_MODEL (selection));
}
