/* zs-record-history.c — a record page's 修改记录 section
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The latest changes of one record, a page at a time: a record edited
 * every day for years still opens at once.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zs-history-row.h"
#include "zs-record-history.h"

#define PAGE_SIZE 10

struct _ZsRecordHistory
{
  GtkWidget       parent_instance;

  ZsHistoryModel *model;

  GtkListBox     *list;
  GtkButton      *more_button;
};

G_DEFINE_FINAL_TYPE (ZsRecordHistory, zs_record_history, GTK_TYPE_WIDGET)

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  GtkWidget *row = zs_history_row_new ();

  zs_history_row_set_entry (ZS_HISTORY_ROW (row), item);
  return row;
}

static void
on_more_clicked (ZsRecordHistory *self)
{
  zs_history_model_load_more (self->model);
}

static void
zs_record_history_dispose (GObject *object)
{
  ZsRecordHistory *self = ZS_RECORD_HISTORY (object);

  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), ZS_TYPE_RECORD_HISTORY);
  /* The template's outer box has no id: unparent it too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->model);
  G_OBJECT_CLASS (zs_record_history_parent_class)->dispose (object);
}

static void
zs_record_history_class_init (ZsRecordHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zs_record_history_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/zhaoshang/Zhaoshang/ui/zs-record-history.ui");
  gtk_widget_class_bind_template_child (widget_class, ZsRecordHistory, list);
  gtk_widget_class_bind_template_child (widget_class, ZsRecordHistory, more_button);
  gtk_widget_class_bind_template_callback (widget_class, on_more_clicked);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
zs_record_history_init (ZsRecordHistory *self)
{
  GtkWidget *placeholder;

  gtk_widget_init_template (GTK_WIDGET (self));

  placeholder = gtk_label_new (_("No changes recorded yet"));
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_list_box_set_placeholder (self->list, placeholder);
}

void
zs_record_history_set_record (ZsRecordHistory *self,
                              ZsStore         *store,
                              ZsRecord        *record)
{
  ZsHistoryFilter filter = { G_OBJECT_TYPE (record), zs_record_get_id (record), NULL, NULL, NULL, NULL, FALSE };

  g_return_if_fail (ZS_IS_RECORD_HISTORY (self));
  g_return_if_fail (ZS_IS_STORE (store));
  g_return_if_fail (ZS_IS_RECORD (record));

  g_clear_object (&self->model);
  self->model = zs_history_model_new (store, &filter, PAGE_SIZE);
  gtk_list_box_bind_model (self->list, G_LIST_MODEL (self->model), create_row, NULL, NULL);
  g_object_bind_property (self->model, "has-more", self->more_button, "visible", G_BINDING_SYNC_CREATE);
}

GListModel *
zs_record_history_get_model (ZsRecordHistory *self)
{
  g_return_val_if_fail (ZS_IS_RECORD_HISTORY (self), NULL);
  return self->model != NULL ? G_LIST_MODEL (self->model) : NULL;
}
