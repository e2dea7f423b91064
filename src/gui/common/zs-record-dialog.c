/* zs-record-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zs-leave-guard.h"
#include "zs-record-dialog.h"
#include "zs-ui-util.h"

struct _ZsRecordDialog
{
  AdwWindow       parent_instance;

  ZsStore        *store;
  ZsRecordEditor *editor;
  GtkWidget      *content;   /* the editor and what goes below it */
  GtkWidget      *delete_button;
  GtkWidget      *cancel_button;
  AdwToastOverlay *toasts;
};

G_DEFINE_FINAL_TYPE (ZsRecordDialog, zs_record_dialog, ADW_TYPE_WINDOW)

static void on_done_clicked (ZsRecordDialog *self);

static void
done_again (gpointer data)
{
  on_done_clicked (ZS_RECORD_DIALOG (data));
}

static void
close_again (gpointer data)
{
  gtk_window_close (GTK_WINDOW (data));
}

static void
on_done_clicked (ZsRecordDialog *self)
{
  ZsRecord *record = zs_record_editor_get_record (self->editor);
  g_autoptr(GError) error = NULL;

  /* A value that could not be saved is corrected or dropped first. */
  if (!zs_leave_guard_check (GTK_WIDGET (self->editor), GTK_WINDOW (self), done_again,
                             g_object_ref (self), g_object_unref))
    return;

  /* A new entry whose defaults were right (a call today) is kept too; one
   * that cannot be kept says why and stays, rather than vanish on Done
   * (Cancel or Escape leave it). */
  if (zs_record_get_id (record) == 0 &&
      (!zs_record_validate (record, &error) || !zs_store_save (self->store, record, &error)))
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "win.toast", "s", error->message);
      return;
    }
  gtk_window_close (GTK_WINDOW (self));
}

static void
on_delete_clicked (ZsRecordDialog *self)
{
  g_autoptr(GError) error = NULL;
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  ZsRecord *record = zs_record_editor_get_record (self->editor);
  g_autofree char *message = g_strdup_printf (_("“%s” moved to the trash"), zs_record_get_title (record));

  /* Kept in the trash, as every delete from the window is. */
  if (zs_store_trash (self->store, record, &error) == 0)
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "win.toast", "s", error->message);
      return;
    }
  if (parent != NULL)
    zs_toast_change (GTK_WIDGET (parent), message);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* A saved record can be deleted; a new one can only be left unsaved. */
static void
update_delete_button (ZsRecordDialog *self)
{
  gboolean saved = zs_record_get_id (zs_record_editor_get_record (self->editor)) != 0;

  gtk_widget_set_visible (self->delete_button, saved);
  gtk_widget_set_visible (self->cancel_button, !saved);
}

static void
toast_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  ZsRecordDialog *self = ZS_RECORD_DIALOG (widget);
  g_autofree char *escaped = g_markup_escape_text (g_variant_get_string (parameter, NULL), -1);

  adw_toast_overlay_add_toast (self->toasts, adw_toast_new (escaped));
}

/* A record deleted from inside the dialog (an attachment of a reply) goes
 * to the window, which moves it to the trash and offers 撤销. */
static void
delete_record_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (widget));

  if (parent != NULL)
    gtk_widget_activate_action_variant (GTK_WIDGET (parent), action_name, parameter);
}

/* Closing a saved record's dialog asks about a value that could not be
 * saved; a new record's Cancel leaves it all, as it says. */
static gboolean
zs_record_dialog_close_request (GtkWindow *window)
{
  ZsRecordDialog *self = ZS_RECORD_DIALOG (window);

  if (zs_record_get_id (zs_record_editor_get_record (self->editor)) != 0 &&
      !zs_leave_guard_check (GTK_WIDGET (self->editor), window, close_again,
                             g_object_ref (self), g_object_unref))
    return TRUE;
  return GTK_WINDOW_CLASS (zs_record_dialog_parent_class)->close_request (window);
}

static void
zs_record_dialog_dispose (GObject *object)
{
  ZsRecordDialog *self = ZS_RECORD_DIALOG (object);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (zs_record_dialog_parent_class)->dispose (object);
}

static void
zs_record_dialog_class_init (ZsRecordDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zs_record_dialog_dispose;
  GTK_WINDOW_CLASS (klass)->close_request = zs_record_dialog_close_request;

  /* Messages from the editor show here, not behind the dialog. */
  gtk_widget_class_install_action (widget_class, "win.toast", "s", toast_action);
  gtk_widget_class_install_action (widget_class, "win.delete-record", "(sx)", delete_record_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
zs_record_dialog_init (ZsRecordDialog *self)
{
}

GtkWidget *
zs_record_dialog_new (GtkWindow           *parent,
                      ZsStore             *store,
                      ZsRecord            *record,
                      const char          *title,
                      const ZsEditorGroup *groups,
                      guint                n_groups)
{
  ZsRecordDialog *self;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *done = gtk_button_new_with_mnemonic (_("_Done"));
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *editor = zs_record_editor_new (store, record, groups, n_groups);

  self = g_object_new (ZS_TYPE_RECORD_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       "title", title,
                       "default-width", 560,
                       "default-height", 560,
                       NULL);
  self->store = g_object_ref (store);
  self->editor = ZS_RECORD_EDITOR (editor);

  gtk_widget_add_css_class (done, "suggested-action");
  g_signal_connect_swapped (done, "clicked", G_CALLBACK (on_done_clicked), self);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), done);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);

  self->delete_button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_tooltip_text (self->delete_button, _("Delete"));
  gtk_widget_add_css_class (self->delete_button, "destructive-action");
  g_signal_connect_swapped (self->delete_button, "clicked", G_CALLBACK (on_delete_clicked), self);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), self->delete_button);
  self->cancel_button = gtk_button_new_with_mnemonic (_("_Cancel"));
  g_signal_connect_swapped (self->cancel_button, "clicked", G_CALLBACK (gtk_window_close), self);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), self->cancel_button);
  update_delete_button (self);
  g_signal_connect_swapped (editor, "saved", G_CALLBACK (update_delete_button), self);

  self->content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  gtk_widget_set_margin_top (self->content, 18);
  gtk_widget_set_margin_bottom (self->content, 18);
  gtk_widget_set_margin_start (self->content, 12);
  gtk_widget_set_margin_end (self->content, 12);
  gtk_box_append (GTK_BOX (self->content), editor);
  adw_clamp_set_child (ADW_CLAMP (clamp), self->content);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scroller, TRUE);

  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), scroller);
  self->toasts = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  adw_toast_overlay_set_child (self->toasts, box);
  adw_window_set_content (ADW_WINDOW (self), GTK_WIDGET (self->toasts));
  return GTK_WIDGET (self);
}

ZsRecordEditor *
zs_record_dialog_get_editor (ZsRecordDialog *self)
{
  g_return_val_if_fail (ZS_IS_RECORD_DIALOG (self), NULL);
  return self->editor;
}

void
zs_record_dialog_add_below (ZsRecordDialog *self,
                            GtkWidget      *widget)
{
  g_return_if_fail (ZS_IS_RECORD_DIALOG (self));
  g_return_if_fail (GTK_IS_WIDGET (widget));
  gtk_box_append (GTK_BOX (self->content), widget);
}
