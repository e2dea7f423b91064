/* zs-due-row.c — one row of 今日待办: a record and why it is due
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Its own type so that what shows a record's name (in any script) can be
 * told from the program's own text.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zs-due-row.h"

struct _ZsDueRow
{
  AdwActionRow parent_instance;
};

G_DEFINE_FINAL_TYPE (ZsDueRow, zs_due_row, ADW_TYPE_ACTION_ROW)

static void
zs_due_row_class_init (ZsDueRowClass *klass)
{
}

static void
zs_due_row_init (ZsDueRow *self)
{
  adw_action_row_set_title_lines (ADW_ACTION_ROW (self), 2);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (self), 3);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), TRUE);
}

GtkWidget *
zs_due_row_new (ZsDueItem  *item,
                const char *action_name,
                guint       index)
{
  ZsDueRow *self = g_object_new (ZS_TYPE_DUE_ROW, NULL);
  g_autofree char *title = g_markup_escape_text (item->title != NULL ? item->title : "", -1);
  g_autofree char *detail = g_markup_escape_text (item->detail != NULL ? item->detail : "", -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), detail);
  if (item->overdue)
    {
      GtkWidget *mark = gtk_label_new (_("Overdue"));

      gtk_widget_add_css_class (mark, "error");
      gtk_widget_add_css_class (mark, "caption-heading");
      gtk_widget_set_valign (mark, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (self), mark);
    }
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self), action_name);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self), g_variant_new_uint32 (index));
  return GTK_WIDGET (self);
}
