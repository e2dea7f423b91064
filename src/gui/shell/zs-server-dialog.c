/* zs-server-dialog.c — 连接服务器… and 迁移到服务器…: where the bureau's server is
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Asks host, port, database, user and password, and whether to keep the
 * password in the keyring. The location it builds never holds the
 * password. What is done with them is the caller's: the dialog stays open
 * with the reason when connecting or copying fails, so nothing typed is
 * lost.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "zs-server-dialog.h"
#include "zs-server-keyring.h"

struct _ZsServerDialog
{
  AdwWindow    parent_instance;

  GtkWidget   *submit_button;
  GtkWidget   *spinner;
  GtkWidget   *server_group;
  GtkWidget   *host_row;
  GtkWidget   *port_row;
  GtkWidget   *database_row;
  GtkWidget   *user_row;
  GtkWidget   *password_row;
  GtkWidget   *remember_switch;
  GtkWidget   *error_label;
  gboolean     busy;
};

G_DEFINE_FINAL_TYPE (ZsServerDialog, zs_server_dialog, ADW_TYPE_WINDOW)

enum {
  SUBMITTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* 0 when @text is not a port number. */
static guint
parse_port (const char *text)
{
  char *end = NULL;
  guint64 port;

  if (text == NULL || *text == '\0')
    return 0;
  port = g_ascii_strtoull (text, &end, 10);
  return end != NULL && *end == '\0' && port > 0 && port <= 65535 ? (guint) port : 0;
}

char *
zs_server_dialog_dup_location (ZsServerDialog *self)
{
  g_return_val_if_fail (ZS_IS_SERVER_DIALOG (self), NULL);

  return zs_server_location_build (gtk_editable_get_text (GTK_EDITABLE (self->host_row)),
                                   parse_port (gtk_editable_get_text (GTK_EDITABLE (self->port_row))),
                                   gtk_editable_get_text (GTK_EDITABLE (self->database_row)),
                                   gtk_editable_get_text (GTK_EDITABLE (self->user_row)));
}

const char *
zs_server_dialog_get_password (ZsServerDialog *self)
{
  g_return_val_if_fail (ZS_IS_SERVER_DIALOG (self), NULL);
  return gtk_editable_get_text (GTK_EDITABLE (self->password_row));
}

gboolean
zs_server_dialog_get_remember (ZsServerDialog *self)
{
  g_return_val_if_fail (ZS_IS_SERVER_DIALOG (self), FALSE);
  return gtk_switch_get_active (GTK_SWITCH (self->remember_switch));
}

static void
update_submit (ZsServerDialog *self)
{
  g_autofree char *location = zs_server_dialog_dup_location (self);
  gboolean port_ok = parse_port (gtk_editable_get_text (GTK_EDITABLE (self->port_row))) != 0;

  gtk_widget_set_sensitive (self->submit_button, location != NULL && !self->busy);
  if (port_ok)
    gtk_widget_remove_css_class (self->port_row, "error");
  else
    gtk_widget_add_css_class (self->port_row, "error");
}

static void
on_field_changed (ZsServerDialog *self)
{
  update_submit (self);
}

static void
on_submit_clicked (ZsServerDialog *self)
{
  g_autofree char *location = zs_server_dialog_dup_location (self);

  if (location == NULL || self->busy)
    return;
  gtk_widget_set_visible (self->error_label, FALSE);
  g_signal_emit (self, signals[SUBMITTED], 0);
}

void
zs_server_dialog_set_busy (ZsServerDialog *self,
                           gboolean        busy)
{
  g_return_if_fail (ZS_IS_SERVER_DIALOG (self));

  self->busy = busy;
  gtk_spinner_set_spinning (GTK_SPINNER (self->spinner), busy);
  gtk_widget_set_sensitive (self->server_group, !busy);
  update_submit (self);
}

void
zs_server_dialog_show_error (ZsServerDialog *self,
                             const char     *message)
{
  g_return_if_fail (ZS_IS_SERVER_DIALOG (self));

  gtk_label_set_text (GTK_LABEL (self->error_label), message);
  gtk_widget_set_visible (self->error_label, TRUE);
}

static void
zs_server_dialog_class_init (ZsServerDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/zhaoshang/Zhaoshang/ui/zs-server-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ZsServerDialog, submit_button);
  gtk_widget_class_bind_template_child (widget_class, ZsServerDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, ZsServerDialog, server_group);
  gtk_widget_class_bind_template_child (widget_class, ZsServerDialog, host_row);
  gtk_widget_class_bind_template_child (widget_class, ZsServerDialog, port_row);
  gtk_widget_class_bind_template_child (widget_class, ZsServerDialog, database_row);
  gtk_widget_class_bind_template_child (widget_class, ZsServerDialog, user_row);
  gtk_widget_class_bind_template_child (widget_class, ZsServerDialog, password_row);
  gtk_widget_class_bind_template_child (widget_class, ZsServerDialog, remember_switch);
  gtk_widget_class_bind_template_child (widget_class, ZsServerDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_submit_clicked);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  /* The clerk asked to go on with a complete location. */
  signals[SUBMITTED] = g_signal_new ("submitted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
zs_server_dialog_init (ZsServerDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

ZsServerDialog *
zs_server_dialog_new (GtkWindow             *parent,
                      ZsServerDialogPurpose  purpose,
                      const char            *location)
{
  ZsServerDialog *self = g_object_new (ZS_TYPE_SERVER_DIALOG, "transient-for", parent, NULL);
  g_autofree char *host = NULL;
  g_autofree char *database = NULL;
  g_autofree char *user = NULL;
  guint port;

  if (purpose == ZS_SERVER_DIALOG_MIGRATE)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Move to a Server"));
      gtk_button_set_label (GTK_BUTTON (self->submit_button), _("_Copy to Server"));
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->server_group),
                                             _("This database is copied whole into an empty database on the server, "
                                               "which your IT colleague made for the bureau. This database stays as it is."));
    }
  if (zs_server_location_parse (location, &host, &port, &database, &user))
    {
      g_autofree char *port_text = g_strdup_printf ("%u", port);

      gtk_editable_set_text (GTK_EDITABLE (self->host_row), host);
      gtk_editable_set_text (GTK_EDITABLE (self->port_row), port_text);
      gtk_editable_set_text (GTK_EDITABLE (self->database_row), database);
      gtk_editable_set_text (GTK_EDITABLE (self->user_row), user);
    }
  update_submit (self);
  return self;
}
