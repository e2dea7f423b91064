/* zs-due-notifier.c — the desktop notification of what is due (今日待办)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * GIO only: GApplication chooses how a notification travels (the
 * notification portal in Flatpak, org.gtk.Notifications when a shell owns
 * it, else org.freedesktop.Notifications), and a click comes back as an
 * app.* action. The list is the page's, worked out in a worker thread
 * (zs_due_list_async()) so that the application's start is not held up.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "zs-due.h"
#include "zs-due-notifier.h"

struct _ZsDueNotifier
{
  GObject       parent_instance;

  GApplication *application;  /* weak: the application owns what shows it */
  ZsStore      *store;
  ZsClock      *clock;
  GSettings    *settings;
  guint         timeout_id;
  GCancellable *sending;     /* the list being worked out, or NULL */
  guint         n_sent;
};

G_DEFINE_FINAL_TYPE (ZsDueNotifier, zs_due_notifier, G_TYPE_OBJECT)

#define DEFAULT_TIME "09:00"

static gboolean
reminders_on (ZsDueNotifier *self)
{
  return self->settings == NULL || g_settings_get_boolean (self->settings, "reminders");
}

static char *
reminder_time (ZsDueNotifier *self)
{
  return self->settings != NULL ? g_settings_get_string (self->settings, "reminder-time") : g_strdup (DEFAULT_TIME);
}

static gboolean
parse_hhmm (const char *hhmm,
            int        *hour,
            int        *minute)
{
  unsigned h, m;
  char end;

  if (hhmm == NULL || sscanf (hhmm, "%u:%u%c", &h, &m, &end) != 2 || h > 23 || m > 59)
    return FALSE;
  *hour = (int) h;
  *minute = (int) m;
  return TRUE;
}

guint
zs_due_seconds_until (const char *hhmm,
                      GDateTime  *now)
{
  int hour = 9, minute = 0;
  g_autoptr(GDateTime) at = NULL;
  GTimeSpan span;

  g_return_val_if_fail (now != NULL, 0);

  parse_hhmm (hhmm, &hour, &minute);
  at = g_date_time_new (g_date_time_get_timezone (now), g_date_time_get_year (now),
                        g_date_time_get_month (now), g_date_time_get_day_of_month (now), hour, minute, 0);
  span = g_date_time_difference (at, now);
  if (span <= 0)
    {
      g_autoptr(GDateTime) tomorrow = g_date_time_add_days (at, 1);

      span = g_date_time_difference (tomorrow, now);
    }
  return (guint) ((span + G_TIME_SPAN_SECOND - 1) / G_TIME_SPAN_SECOND);
}

static void schedule (ZsDueNotifier *self);

static gboolean
on_time_reached (gpointer data)
{
  ZsDueNotifier *self = data;

  self->timeout_id = 0;
  if (reminders_on (self))
    zs_due_notifier_send (self);
  schedule (self);
  return G_SOURCE_REMOVE;
}

static void
schedule (ZsDueNotifier *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *at = reminder_time (self);

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  /* Seconds, not a wake-up each minute; a suspended machine fires late,
   * which is what a reminder should do. */
  self->timeout_id = g_timeout_add_seconds (zs_due_seconds_until (at, now), on_time_reached, self);
}

static void
on_settings_changed (ZsDueNotifier *self)
{
  schedule (self);
}

static void
zs_due_notifier_dispose (GObject *object)
{
  ZsDueNotifier *self = ZS_DUE_NOTIFIER (object);

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  if (self->sending != NULL)
    g_cancellable_cancel (self->sending);
  g_clear_object (&self->sending);
  g_clear_weak_pointer (&self->application);
  g_clear_object (&self->store);
  g_clear_object (&self->clock);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (zs_due_notifier_parent_class)->dispose (object);
}

static void
zs_due_notifier_class_init (ZsDueNotifierClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = zs_due_notifier_dispose;
}

static void
zs_due_notifier_init (ZsDueNotifier *self)
{
}

ZsDueNotifier *
zs_due_notifier_new (GApplication *application,
                     ZsStore      *store,
                     ZsClock      *clock,
                     GSettings    *settings)
{
  ZsDueNotifier *self;

  g_return_val_if_fail (G_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (ZS_IS_STORE (store), NULL);
  g_return_val_if_fail (ZS_IS_CLOCK (clock), NULL);

  self = g_object_new (ZS_TYPE_DUE_NOTIFIER, NULL);
  g_set_weak_pointer (&self->application, application);
  self->store = g_object_ref (store);
  self->clock = g_object_ref (clock);
  if (settings != NULL)
    {
      self->settings = g_object_ref (settings);
      g_signal_connect_object (settings, "changed::reminder-time", G_CALLBACK (on_settings_changed),
                               self, G_CONNECT_SWAPPED);
    }
  return self;
}

void
zs_due_notifier_start (ZsDueNotifier *self)
{
  g_return_if_fail (ZS_IS_DUE_NOTIFIER (self));

  if (reminders_on (self))
    zs_due_notifier_send (self);
  schedule (self);
}

static void
on_due_listed (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  guint counts[ZS_DUE_N_KINDS];
  g_autoptr(GPtrArray) items = zs_due_list_finish (result, counts, &error);
  g_autoptr(GNotification) notification = NULL;
  g_autofree char *title = NULL;
  g_autofree char *body = NULL;
  ZsDueNotifier *self;

  /* Cancelled by a newer request or the notifier's end: @user_data may be
   * gone. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = ZS_DUE_NOTIFIER (user_data);
  g_clear_object (&self->sending);
  if (items == NULL)
    {
      g_warning ("Could not work out what is due: %s", error->message);
      return;
    }
  if (self->application == NULL)
    return;
  title = zs_due_summary_title (counts);
  if (title == NULL)
    {
      /* Yesterday's count would be wrong now. */
      g_application_withdraw_notification (self->application, ZS_DUE_NOTIFICATION_ID);
      return;
    }

  body = zs_due_summary_body (counts);
  notification = g_notification_new (title);
  g_notification_set_body (notification, body);
  /* One thing due in all: the one item read is it. */
  if (zs_due_count_all (counts) == 1)
    {
      ZsDueItem *item = g_ptr_array_index (items, 0);

      g_notification_set_default_action_and_target (notification, "app.open-record", "(sx)",
                                                    G_OBJECT_TYPE_NAME (item->record),
                                                    zs_record_get_id (item->record));
    }
  else
    g_notification_set_default_action (notification, "app.show-today");
  g_notification_add_button (notification, _("Open Due Today"), "app.show-today");
  g_application_send_notification (self->application, ZS_DUE_NOTIFICATION_ID, notification);
  self->n_sent++;
}

gboolean
zs_due_notifier_send (ZsDueNotifier *self)
{
  g_return_val_if_fail (ZS_IS_DUE_NOTIFIER (self), FALSE);

  /* Without a session bus (a bare X session, a test) GNotification has
   * nothing to send through. */
  if (self->application == NULL || !g_application_get_is_registered (self->application) ||
      g_application_get_is_remote (self->application) ||
      g_application_get_dbus_connection (self->application) == NULL)
    return FALSE;

  /* The newer request wins. */
  if (self->sending != NULL)
    g_cancellable_cancel (self->sending);
  g_clear_object (&self->sending);
  self->sending = g_cancellable_new ();
  /* Only counts are said, and a record opened when one thing is due. */
  zs_due_list_async (self->store, zs_clock_get_today (self->clock), 1, self->sending, on_due_listed, self);
  return TRUE;
}

gboolean
zs_due_notifier_is_busy (ZsDueNotifier *self)
{
  g_return_val_if_fail (ZS_IS_DUE_NOTIFIER (self), FALSE);
  return self->sending != NULL;
}

guint
zs_due_notifier_get_n_sent (ZsDueNotifier *self)
{
  g_return_val_if_fail (ZS_IS_DUE_NOTIFIER (self), 0);
  return self->n_sent;
}
