/* zs-reminder-group.c — Preferences: the daily reminder and start at login
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Per PC, so in GSettings, not in the database: each clerk chooses when
 * to be reminded. Turning start at login on writes the autostart entry
 * (or asks the Background portal) at once, and off removes it.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "zs-autostart.h"
#include "zs-reminder-group.h"

struct _ZsReminderGroup
{
  AdwPreferencesGroup  parent_instance;

  GSettings           *settings;
  GtkSwitch           *reminders;
  GtkSpinButton       *hour;
  GtkSpinButton       *minute;
  GtkSwitch           *login;
  gboolean             loading;
};

G_DEFINE_FINAL_TYPE (ZsReminderGroup, zs_reminder_group, ADW_TYPE_PREFERENCES_GROUP)

static void
toast (ZsReminderGroup *self,
       const char      *message)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  if (ADW_IS_PREFERENCES_WINDOW (root))
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (root), adw_toast_new (escaped));
  else
    g_warning ("%s", message);
}

static void
on_time_changed (ZsReminderGroup *self)
{
  g_autofree char *hhmm = NULL;

  if (self->loading || self->settings == NULL)
    return;
  hhmm = g_strdup_printf ("%02d:%02d", gtk_spin_button_get_value_as_int (self->hour),
                          gtk_spin_button_get_value_as_int (self->minute));
  g_settings_set_string (self->settings, "reminder-time", hhmm);
}

static void
on_login_changed (ZsReminderGroup *self)
{
  gboolean enabled = gtk_switch_get_active (self->login);
  g_autoptr(GError) error = NULL;

  if (self->loading || self->settings == NULL)
    return;
  if (!zs_autostart_set (enabled, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Could not change starting at login: %s"), error->message);

      toast (self, message);
      self->loading = TRUE;
      gtk_switch_set_active (self->login, !enabled);
      self->loading = FALSE;
      return;
    }
  g_settings_set_boolean (self->settings, "start-at-login", enabled);
}

/* Two digits always: 09:05, not 9:5. */
static gboolean
on_spin_output (GtkSpinButton *spin)
{
  g_autofree char *text = g_strdup_printf ("%02d", gtk_spin_button_get_value_as_int (spin));

  gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

static GtkWidget *
switch_row_new (const char *title,
                const char *subtitle,
                GtkSwitch **out)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *toggle = gtk_switch_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
  *out = GTK_SWITCH (toggle);
  return row;
}

static GtkSpinButton *
spin_new (int         max,
          const char *label)
{
  GtkWidget *spin = gtk_spin_button_new_with_range (0, max, 1);

  gtk_spin_button_set_wrap (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_signal_connect (spin, "output", G_CALLBACK (on_spin_output), NULL);
  return GTK_SPIN_BUTTON (spin);
}

static void
zs_reminder_group_dispose (GObject *object)
{
  ZsReminderGroup *self = ZS_REMINDER_GROUP (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (zs_reminder_group_parent_class)->dispose (object);
}

static void
zs_reminder_group_class_init (ZsReminderGroupClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = zs_reminder_group_dispose;
}

static void
zs_reminder_group_init (ZsReminderGroup *self)
{
  GtkWidget *time_row = adw_action_row_new ();
  GtkWidget *colon = gtk_label_new (":");
  GtkWidget *time_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Reminders"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
                                         _("A desktop notification of what is due today (今日待办), when the app starts and once a day. This PC only."));

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self),
                             switch_row_new (_("Daily reminder"), _("Notify of lead deadlines, follow-ups and the rest that fall due"),
                                             &self->reminders));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (time_row), _("Remind at"));
  self->hour = spin_new (23, _("Hour"));
  self->minute = spin_new (59, _("Minute"));
  gtk_box_append (GTK_BOX (time_box), GTK_WIDGET (self->hour));
  gtk_box_append (GTK_BOX (time_box), colon);
  gtk_box_append (GTK_BOX (time_box), GTK_WIDGET (self->minute));
  gtk_widget_set_valign (time_box, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (time_row), time_box);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), time_row);

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self),
                             switch_row_new (_("Start at login"),
                                             _("Start without a window when you log in, to send the reminder"),
                                             &self->login));
}

GtkWidget *
zs_reminder_group_new (GSettings *settings)
{
  ZsReminderGroup *self = g_object_new (ZS_TYPE_REMINDER_GROUP, NULL);
  g_autofree char *hhmm = NULL;
  unsigned hour = 9, minute = 0;

  if (settings == NULL)
    {
      gtk_widget_set_sensitive (GTK_WIDGET (self), FALSE);
      return GTK_WIDGET (self);
    }

  self->settings = g_object_ref (settings);
  self->loading = TRUE;
  g_settings_bind (settings, "reminders", self->reminders, "active", G_SETTINGS_BIND_DEFAULT);
  hhmm = g_settings_get_string (settings, "reminder-time");
  if (sscanf (hhmm, "%u:%u", &hour, &minute) != 2 || hour > 23 || minute > 59)
    hour = 9, minute = 0;
  gtk_spin_button_set_value (self->hour, hour);
  gtk_spin_button_set_value (self->minute, minute);
  gtk_switch_set_active (self->login, g_settings_get_boolean (settings, "start-at-login"));
  g_object_bind_property (self->reminders, "active", self->hour, "sensitive", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->reminders, "active", self->minute, "sensitive", G_BINDING_SYNC_CREATE);
  self->loading = FALSE;

  g_signal_connect_swapped (self->hour, "value-changed", G_CALLBACK (on_time_changed), self);
  g_signal_connect_swapped (self->minute, "value-changed", G_CALLBACK (on_time_changed), self);
  g_signal_connect_swapped (self->login, "notify::active", G_CALLBACK (on_login_changed), self);
  return GTK_WIDGET (self);
}

void
zs_reminder_group_set_time (ZsReminderGroup *self,
                            int              hour,
                            int              minute)
{
  g_return_if_fail (ZS_IS_REMINDER_GROUP (self));
  gtk_spin_button_set_value (self->hour, hour);
  gtk_spin_button_set_value (self->minute, minute);
}

void
zs_reminder_group_set_start_at_login (ZsReminderGroup *self,
                                      gboolean         enabled)
{
  g_return_if_fail (ZS_IS_REMINDER_GROUP (self));
  gtk_switch_set_active (self->login, enabled);
}
