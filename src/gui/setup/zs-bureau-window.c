/* zs-bureau-window.c — units, staff and targets, after the first start
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The assistant's three editors again, side by side under a view switcher,
 * from the main menu: a bureau reorganises, people come and go, and every
 * year brings new targets.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zs-bureau-window.h"
#include "zs-staff-editor.h"
#include "zs-targets-editor.h"
#include "zs-units-editor.h"

struct _ZsBureauWindow
{
  AdwWindow     parent_instance;

  AdwViewStack *stack;
  AdwToastOverlay *toasts;
};

G_DEFINE_FINAL_TYPE (ZsBureauWindow, zs_bureau_window, ADW_TYPE_WINDOW)

static void
on_visible_child (AdwViewStack *stack,
                  GParamSpec   *pspec,
                  gpointer      data)
{
  GtkWidget *child = adw_view_stack_get_visible_child (stack);

  /* Units changed on one page show on the others. */
  if (ZS_IS_STAFF_EDITOR (child))
    zs_staff_editor_reload (ZS_STAFF_EDITOR (child));
  else if (ZS_IS_TARGETS_EDITOR (child))
    zs_targets_editor_reload (ZS_TARGETS_EDITOR (child));
}

static void
toast_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  ZsBureauWindow *self = ZS_BUREAU_WINDOW (widget);

  adw_toast_overlay_add_toast (self->toasts, adw_toast_new (g_variant_get_string (parameter, NULL)));
}

static void
zs_bureau_window_class_init (ZsBureauWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  /* The editors say what went wrong the way pages do in the main window. */
  gtk_widget_class_install_action (widget_class, "win.toast", "s", toast_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
zs_bureau_window_init (ZsBureauWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *title = adw_view_switcher_title_new ();

  self->stack = ADW_VIEW_STACK (adw_view_stack_new ());
  self->toasts = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  adw_view_switcher_title_set_stack (ADW_VIEW_SWITCHER_TITLE (title), self->stack);
  adw_view_switcher_title_set_title (ADW_VIEW_SWITCHER_TITLE (title), _("Units, Staff and Targets"));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), title);
  gtk_box_append (GTK_BOX (box), header);
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);
  adw_toast_overlay_set_child (self->toasts, GTK_WIDGET (self->stack));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->toasts));
  adw_window_set_content (ADW_WINDOW (self), box);
  gtk_window_set_title (GTK_WINDOW (self), _("Units, Staff and Targets"));
  gtk_window_set_default_size (GTK_WINDOW (self), 980, 720);
  g_signal_connect (self->stack, "notify::visible-child", G_CALLBACK (on_visible_child), NULL);
}

GtkWidget *
zs_bureau_window_new (GtkWindow  *parent,
                      ZsContext  *context,
                      const char *page)
{
  ZsBureauWindow *self = g_object_new (ZS_TYPE_BUREAU_WINDOW,
                                       "transient-for", parent,
                                       "modal", TRUE,
                                       NULL);

  adw_view_stack_add_titled_with_icon (self->stack, zs_units_editor_new (zs_context_get_store (context)),
                                       "units", _("Units"), "view-list-symbolic");
  adw_view_stack_add_titled_with_icon (self->stack, zs_staff_editor_new (context),
                                       "staff", _("Staff"), "system-users-symbolic");
  adw_view_stack_add_titled_with_icon (self->stack, zs_targets_editor_new (context),
                                       "targets", _("Targets"), "x-office-spreadsheet-symbolic");
  if (page != NULL)
    zs_bureau_window_show_page (self, page);
  return GTK_WIDGET (self);
}

void
zs_bureau_window_show_page (ZsBureauWindow *self,
                            const char     *page)
{
  g_return_if_fail (ZS_IS_BUREAU_WINDOW (self));
  adw_view_stack_set_visible_child_name (self->stack, page);
}
