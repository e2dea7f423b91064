/* zs-damaged-dialog.c — the database is damaged: restore a backup or open another
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Shown when opening finds the database damaged, or when the full check
 * that runs after the window is up does. It lists the copies the store
 * made (zs_store_list_backups()) with their date and size; what a
 * response does is up to ZsDatabaseOpener, which owns the window.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zs-core.h"
#include "zs-damaged-dialog.h"

struct _ZsDamagedDialog
{
  AdwMessageDialog  parent_instance;

  GPtrArray        *backups;   /* ZsStoreBackup, newest first */
  GPtrArray        *checks;    /* GtkCheckButton, one per backup */

  GtkWidget        *backups_box;
  GtkListBox       *backup_list;
  GtkScrolledWindow *backup_scroller;
  GtkWidget        *safety_label;
};

/* A row with a title and a subtitle, in pixels. */
#define ROW_HEIGHT 58

G_DEFINE_FINAL_TYPE (ZsDamagedDialog, zs_damaged_dialog, ADW_TYPE_MESSAGE_DIALOG)

static GtkWidget *
make_row (ZsDamagedDialog *self,
          ZsStoreBackup   *backup,
          GtkCheckButton  *group)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  /* TRANSLATORS: when a backup copy was made; a strftime format. */
  g_autofree char *when = g_date_time_format (backup->time, _("%Y-%m-%d %H:%M"));
  g_autofree char *size = g_format_size ((guint64) backup->size);

  gtk_check_button_set_group (GTK_CHECK_BUTTON (check), group);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), when);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), size);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  g_ptr_array_add (self->checks, check);
  return row;
}

static void
zs_damaged_dialog_dispose (GObject *object)
{
  ZsDamagedDialog *self = ZS_DAMAGED_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ZS_TYPE_DAMAGED_DIALOG);
  g_clear_pointer (&self->backups, g_ptr_array_unref);
  g_clear_pointer (&self->checks, g_ptr_array_unref);

  G_OBJECT_CLASS (zs_damaged_dialog_parent_class)->dispose (object);
}

static void
zs_damaged_dialog_class_init (ZsDamagedDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zs_damaged_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/zs-damaged-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ZsDamagedDialog, backups_box);
  gtk_widget_class_bind_template_child (widget_class, ZsDamagedDialog, backup_list);
  gtk_widget_class_bind_template_child (widget_class, ZsDamagedDialog, backup_scroller);
  gtk_widget_class_bind_template_child (widget_class, ZsDamagedDialog, safety_label);
}

static void
zs_damaged_dialog_init (ZsDamagedDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->checks = g_ptr_array_new ();
}

ZsDamagedDialog *
zs_damaged_dialog_new (GtkWindow    *parent,
                       const char   *location,
                       const GError *error,
                       gboolean      window_open)
{
  ZsDamagedDialog *self;

  g_return_val_if_fail (location != NULL, NULL);
  g_return_val_if_fail (error != NULL, NULL);

  self = g_object_new (ZS_TYPE_DAMAGED_DIALOG, "transient-for", parent, NULL);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), error->message);
  if (window_open)
    adw_message_dialog_set_response_label (ADW_MESSAGE_DIALOG (self), "close", _("_Keep Working"));

  self->backups = zs_store_list_backups (location);
  for (guint i = 0; i < self->backups->len; i++)
    {
      GtkCheckButton *group = i > 0 ? g_ptr_array_index (self->checks, 0) : NULL;

      gtk_list_box_append (self->backup_list, make_row (self, g_ptr_array_index (self->backups, i), group));
    }
  /* Up to four rows show without scrolling, whatever the dialog's first
   * size was. */
  gtk_scrolled_window_set_min_content_height (self->backup_scroller, (int) MIN (self->backups->len, 4) * ROW_HEIGHT);
  if (self->backups->len > 0)
    zs_damaged_dialog_choose_backup (self, 0);
  /* One copy leaves nothing to choose: no lone check box. */
  if (self->backups->len == 1)
    gtk_widget_set_visible (g_ptr_array_index (self->checks, 0), FALSE);
  else
    {
      gtk_widget_set_visible (self->backups_box, FALSE);
      adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "restore", FALSE);
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (self), "open-other");
    }
  return self;
}

const char *
zs_damaged_dialog_get_backup (ZsDamagedDialog *self)
{
  g_return_val_if_fail (ZS_IS_DAMAGED_DIALOG (self), NULL);

  for (guint i = 0; i < self->checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->checks, i)))
      return ((ZsStoreBackup *) g_ptr_array_index (self->backups, i))->path;
  return NULL;
}

void
zs_damaged_dialog_choose_backup (ZsDamagedDialog *self,
                                 guint            n)
{
  g_return_if_fail (ZS_IS_DAMAGED_DIALOG (self));
  g_return_if_fail (n < self->checks->len);

  gtk_check_button_set_active (g_ptr_array_index (self->checks, n), TRUE);
}

guint
zs_damaged_dialog_get_n_backups (ZsDamagedDialog *self)
{
  g_return_val_if_fail (ZS_IS_DAMAGED_DIALOG (self), 0);
  return self->checks->len;
}
