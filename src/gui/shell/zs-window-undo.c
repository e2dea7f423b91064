/* zs-window-undo.c — the window's undo and redo, deletes to the trash, and
 * the purge of old trash entries
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The undo stack is fed by the store (ZsStore::change-committed), so
 * every page's edits, stage moves, placements and deletes can be undone
 * without the pages knowing. Undo and redo go through the store; open
 * pages show the values because their live objects are re-read.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zs-window-private.h"

static void
update_actions (ZsWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", zs_undo_stack_can_undo (self->undo_stack));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", zs_undo_stack_can_redo (self->undo_stack));
}

/* A toast whose button runs @action (win.undo or win.redo). */
static void
add_toast_with (ZsWindow   *self,
                const char *message,
                const char *button,
                const char *action)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);
  AdwToast *toast = adw_toast_new (escaped);

  adw_toast_set_button_label (toast, button);
  adw_toast_set_action_name (toast, action);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  zs_window_add_toast_object (self, toast);
}

static gboolean
purge_old_trash (gpointer data)
{
  ZsWindow *self = data;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GError) error = NULL;
  int days = zs_settings_get_int (self->store, ZS_SETTING_TRASH_DAYS);

  self->purge_id = 0;
  if (zs_store_trash_purge (self->store, now, (guint) MAX (days, 1), &error) < 0)
    g_warning ("Could not remove old entries from the trash: %s", error->message);
  return G_SOURCE_REMOVE;
}

/* Once the first frame is drawn: the purge never delays the window. */
static void
on_first_map (ZsWindow *self)
{
  g_signal_handlers_disconnect_by_func (self, on_first_map, self);
  if (self->purge_id == 0)
    self->purge_id = g_idle_add_full (G_PRIORITY_LOW, purge_old_trash, self, NULL);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  zs_window_undo (ZS_WINDOW (widget));
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  zs_window_redo (ZS_WINDOW (widget));
}

void
zs_window_setup_undo (ZsWindow *self)
{
  self->undo_stack = zs_undo_stack_new (self->store);
  g_signal_connect_object (self->undo_stack, "notify", G_CALLBACK (update_actions), self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "map", G_CALLBACK (on_first_map), self);
  update_actions (self);
}

void
zs_window_install_undo_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  /* The application gives app.undo and app.redo the same keys; these make
   * them work in a window without one (tests). */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
}

gboolean
zs_window_undo (ZsWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  ZsChange *change;

  g_return_val_if_fail (ZS_IS_WINDOW (self), FALSE);

  change = zs_undo_stack_undo (self->undo_stack, &error);
  if (change == NULL)
    {
      if (error != NULL)
        zs_window_add_toast (self, error->message);
      return FALSE;
    }

  if (zs_change_get_kind (change) == ZS_CHANGE_TRASH)
    message = g_strdup_printf (_("“%s” restored from the trash"), zs_change_get_title (change));
  else if (zs_change_get_kind (change) == ZS_CHANGE_RESTORE)
    message = g_strdup_printf (_("“%s” moved to the trash"), zs_change_get_title (change));
  else
    message = g_strdup_printf (_("Undone: edit of “%s”"), zs_change_get_title (change));
  add_toast_with (self, message, _("_Redo"), "win.redo");
  return TRUE;
}

gboolean
zs_window_redo (ZsWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  ZsChange *change;

  g_return_val_if_fail (ZS_IS_WINDOW (self), FALSE);

  change = zs_undo_stack_redo (self->undo_stack, &error);
  if (change == NULL)
    {
      if (error != NULL)
        zs_window_add_toast (self, error->message);
      return FALSE;
    }

  if (zs_change_get_kind (change) == ZS_CHANGE_TRASH)
    message = g_strdup_printf (_("“%s” moved to the trash"), zs_change_get_title (change));
  else if (zs_change_get_kind (change) == ZS_CHANGE_RESTORE)
    message = g_strdup_printf (_("“%s” restored from the trash"), zs_change_get_title (change));
  else
    message = g_strdup_printf (_("Redone: edit of “%s”"), zs_change_get_title (change));
  add_toast_with (self, message, _("_Undo"), "win.undo");
  return TRUE;
}

gboolean
zs_window_delete_with_undo (ZsWindow *self,
                            ZsRecord *record)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  g_return_val_if_fail (ZS_IS_WINDOW (self), FALSE);

  /* Before the delete: the record's own object may go with it. */
  message = g_strdup_printf (_("“%s” moved to the trash"), zs_record_get_title (record));
  if (zs_store_trash (self->store, record, &error) == 0)
    {
      zs_window_add_toast (self, error->message);
      return FALSE;
    }
  add_toast_with (self, message, _("_Undo"), "win.undo");
  return TRUE;
}
