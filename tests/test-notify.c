/* test-notify.c — the reminder of what is due reaches the session bus
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Run under dbus-run-session (tests/meson.build), in Chinese. GLib 2.74
 * (Debian 12) sends a GNotification through the portal only in a sandbox,
 * through org.gtk.Notifications only when that name has an owner (a GNOME
 * Shell), and otherwise through org.freedesktop.Notifications. This
 * program's bus has no shell, so the test asserts org.gtk.Notifications is
 * unowned and plays the freedesktop server itself: it owns the name on a
 * second connection, records each Notify call and answers as a server
 * would. A click is the server's ActionInvoked signal, which must come
 * back as the application's action.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "zs-autostart.h"
#include "zs-due-notifier.h"
#include "zs-test-util.h"

#define TODAY "2024-10-15"

static const char server_xml[] =
  "<node>"
  "  <interface name='org.freedesktop.Notifications'>"
  "    <method name='GetCapabilities'><arg type='as' direction='out'/></method>"
  "    <method name='Notify'>"
  "      <arg type='s' direction='in'/><arg type='u' direction='in'/><arg type='s' direction='in'/>"
  "      <arg type='s' direction='in'/><arg type='s' direction='in'/><arg type='as' direction='in'/>"
  "      <arg type='a{sv}' direction='in'/><arg type='i' direction='in'/>"
  "      <arg type='u' direction='out'/>"
  "    </method>"
  "    <method name='CloseNotification'><arg type='u' direction='in'/></method>"
  "    <method name='GetServerInformation'>"
  "      <arg type='s' direction='out'/><arg type='s' direction='out'/>"
  "      <arg type='s' direction='out'/><arg type='s' direction='out'/>"
  "    </method>"
  "    <signal name='ActionInvoked'><arg type='u'/><arg type='s'/></signal>"
  "    <signal name='NotificationClosed'><arg type='u'/><arg type='u'/></signal>"
  "  </interface>"
  "</node>";

typedef struct {
  GDBusConnection *connection;
  guint            owner_id;
  guint            object_id;
  gboolean         owned;
  guint            n_notify;
  char            *summary;
  char            *body;
  char           **actions;
  guint32          last_id;
} Server;

static void
on_server_method (GDBusConnection       *connection,
                  const char            *sender,
                  const char            *path,
                  const char            *interface,
                  const char            *method,
                  GVariant              *parameters,
                  GDBusMethodInvocation *invocation,
                  gpointer               data)
{
  Server *server = data;

  if (g_strcmp0 (method, "Notify") == 0)
    {
      g_clear_pointer (&server->summary, g_free);
      g_clear_pointer (&server->body, g_free);
      g_clear_pointer (&server->actions, g_strfreev);
      g_variant_get (parameters, "(&sus&ss^as@a{sv}i)", NULL, NULL, NULL,
                     &server->summary, &server->body, &server->actions, NULL, NULL);
      server->summary = g_strdup (server->summary);
      server->n_notify++;
      server->last_id = server->n_notify;
      g_dbus_method_invocation_return_value (invocation, g_variant_new ("(u)", server->last_id));
    }
  else if (g_strcmp0 (method, "GetCapabilities") == 0)
    {
      const char *caps[] = { "actions", "body", NULL };

      g_dbus_method_invocation_return_value (invocation, g_variant_new ("(^as)", caps));
    }
  else if (g_strcmp0 (method, "GetServerInformation") == 0)
    g_dbus_method_invocation_return_value (invocation, g_variant_new ("(ssss)", "test", "zhaoshang", "1", "1.2"));
  else
    g_dbus_method_invocation_return_value (invocation, NULL);
}

static void
on_name_acquired (GDBusConnection *connection,
                  const char      *name,
                  gpointer         data)
{
  ((Server *) data)->owned = TRUE;
}

static void
server_start (Server *server)
{
  static const GDBusInterfaceVTable vtable = { on_server_method, NULL, NULL, { 0 } };
  g_autoptr(GError) error = NULL;
  g_autoptr(GDBusNodeInfo) info = g_dbus_node_info_new_for_xml (server_xml, &error);
  g_autofree char *address = g_dbus_address_get_for_bus_sync (G_BUS_TYPE_SESSION, NULL, &error);

  g_assert_no_error (error);
  /* A connection of its own, as a separate server process would have. */
  server->connection = g_dbus_connection_new_for_address_sync (address,
                                                               G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT |
                                                               G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION,
                                                               NULL, NULL, &error);
  g_assert_no_error (error);
  server->object_id = g_dbus_connection_register_object (server->connection, "/org/freedesktop/Notifications",
                                                         info->interfaces[0], &vtable, server, NULL, &error);
  g_assert_no_error (error);
  server->owner_id = g_bus_own_name_on_connection (server->connection, "org.freedesktop.Notifications",
                                                   G_BUS_NAME_OWNER_FLAGS_NONE, on_name_acquired, NULL,
                                                   server, NULL);
  while (!server->owned)
    g_main_context_iteration (NULL, TRUE);
}

static void
server_stop (Server *server)
{
  g_bus_unown_name (server->owner_id);
  g_dbus_connection_unregister_object (server->connection, server->object_id);
  g_clear_object (&server->connection);
  g_free (server->summary);
  g_free (server->body);
  g_strfreev (server->actions);
}

static gboolean
name_has_owner (const char *name)
{
  g_autoptr(GDBusConnection) bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  g_autoptr(GVariant) reply = NULL;
  gboolean owned = FALSE;

  reply = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
                                       "NameHasOwner", g_variant_new ("(s)", name), G_VARIANT_TYPE ("(b)"),
                                       G_DBUS_CALL_FLAGS_NONE, -1, NULL, NULL);
  g_assert_nonnull (reply);
  g_variant_get (reply, "(b)", &owned);
  return owned;
}

static ZsLead *
add_lead (ZsStore    *store,
          const char *name,
          const char *received)
{
  g_autoptr(GError) error = NULL;
  ZsLead *lead = zs_lead_new ();

  zs_record_set_string (ZS_RECORD (lead), ZS_LEAD_NAME, name);
  zs_record_set_string (ZS_RECORD (lead), ZS_LEAD_RECEIVED_DATE, received);
  zs_lead_set_deadlines_from_settings (store, lead);
  g_assert_true (zs_store_save (store, ZS_RECORD (lead), &error));
  g_assert_no_error (error);
  return lead;
}

static void
on_show_today (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       data)
{
  (*(guint *) data)++;
}

static void
on_open_record (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       data)
{
  g_variant_get (parameter, "(sx)", NULL, (gint64 *) data);
}

static void
test_notification_reaches_the_bus (void)
{
  Server server = { 0 };
  g_autoptr(ZsStore) store = zs_test_open_seeded ("notify");
  g_autoptr(ZsClock) clock = zs_clock_new ();
  g_autoptr(GApplication) app = g_application_new ("io.github.zhaoshang.NotifyTest", G_APPLICATION_DEFAULT_FLAGS);
  g_autoptr(ZsDueNotifier) notifier = NULL;
  g_autoptr(ZsLead) first = NULL;
  g_autoptr(ZsLead) second = NULL;
  g_autoptr(GError) error = NULL;
  const GActionEntry actions[] = {
    { "show-today", on_show_today, NULL, NULL, NULL, { 0 } },
  };
  g_autoptr(GSimpleAction) open_record = g_simple_action_new ("open-record", G_VARIANT_TYPE ("(sx)"));
  guint shown = 0;
  gint64 opened = 0;

  /* The path this bus makes GLib take: no shell, a freedesktop server. */
  g_assert_false (name_has_owner ("org.gtk.Notifications"));
  server_start (&server);
  g_assert_true (name_has_owner ("org.freedesktop.Notifications"));

  g_action_map_add_action_entries (G_ACTION_MAP (app), actions, G_N_ELEMENTS (actions), &shown);
  g_signal_connect (open_record, "activate", G_CALLBACK (on_open_record), &opened);
  g_action_map_add_action (G_ACTION_MAP (app), G_ACTION (open_record));
  g_assert_true (g_application_register (app, NULL, &error));
  g_assert_no_error (error);

  zs_clock_set_today (clock, TODAY);
  notifier = zs_due_notifier_new (app, store, clock, NULL);

  /* Nothing due: nothing sent (the list is worked out in a thread). */
  g_assert_true (zs_due_notifier_send (notifier));
  while (zs_due_notifier_is_busy (notifier))
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (zs_due_notifier_get_n_sent (notifier), ==, 0);

  /* One lead due: the notification opens it. */
  first = add_lead (store, "深圳储能电池Pack项目", "2024-10-14");
  g_assert_true (zs_due_notifier_send (notifier));
  while (server.n_notify < 1)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpstr (server.summary, ==, "今日待办 1 项");
  g_assert_cmpstr (server.body, ==, "1 条线索到期");
  g_assert_true (g_strv_contains ((const char * const *) server.actions, "default"));
  g_dbus_connection_emit_signal (server.connection, NULL, "/org/freedesktop/Notifications",
                                 "org.freedesktop.Notifications", "ActionInvoked",
                                 g_variant_new ("(us)", server.last_id, "default"), &error);
  g_assert_no_error (error);
  while (opened == 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (opened, ==, zs_record_get_id (ZS_RECORD (first)));

  /* Two: the click opens 今日待办. */
  second = add_lead (store, "绍兴纺织印染产能转移", "2024-10-10");
  g_assert_true (zs_due_notifier_send (notifier));
  while (server.n_notify < 2)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpstr (server.summary, ==, "今日待办 2 项");
  g_assert_cmpstr (server.body, ==, "2 条线索到期");
  g_dbus_connection_emit_signal (server.connection, NULL, "/org/freedesktop/Notifications",
                                 "org.freedesktop.Notifications", "ActionInvoked",
                                 g_variant_new ("(us)", server.last_id, "default"), &error);
  g_assert_no_error (error);
  while (shown == 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (shown, ==, 1);

  g_clear_object (&notifier);
  server_stop (&server);
}

static void
test_seconds_until (void)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("+08:00");
  g_autoptr(GDateTime) morning = g_date_time_new (zone, 2024, 10, 15, 8, 30, 0);
  g_autoptr(GDateTime) evening = g_date_time_new (zone, 2024, 10, 15, 18, 0, 0);

  g_assert_cmpuint (zs_due_seconds_until ("09:00", morning), ==, 30 * 60);
  /* Past today's time: tomorrow's. */
  g_assert_cmpuint (zs_due_seconds_until ("09:00", evening), ==, 15 * 3600);
  g_assert_cmpuint (zs_due_seconds_until ("08:30", morning), ==, 24 * 3600);
  /* Not a time: the default, 09:00. */
  g_assert_cmpuint (zs_due_seconds_until ("9点", morning), ==, 30 * 60);
  g_assert_cmpuint (zs_due_seconds_until ("25:00", morning), ==, 30 * 60);
}

/* Outside Flatpak: the XDG autostart entry, written and removed (the
 * configuration folder is the test's own). */
static void
test_autostart_entry (void)
{
  g_autofree char *path = zs_autostart_path ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GKeyFile) entry = g_key_file_new ();
  g_autofree char *exec = NULL;

  g_assert_true (g_str_has_prefix (path, g_get_user_config_dir ()));
  g_assert_true (g_str_has_suffix (path, "/autostart/" APP_ID ".desktop"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  g_assert_true (zs_autostart_set (TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (g_key_file_load_from_file (entry, path, G_KEY_FILE_NONE, &error));
  g_assert_no_error (error);
  exec = g_key_file_get_string (entry, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_EXEC, &error);
  g_assert_cmpstr (exec, ==, "zhaoshang --background");
  g_assert_true (g_key_file_get_boolean (entry, G_KEY_FILE_DESKTOP_GROUP, "X-GNOME-Autostart-enabled", NULL));

  g_assert_true (zs_autostart_set (FALSE, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  /* Off when already off is no error. */
  g_assert_true (zs_autostart_set (FALSE, &error));
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *locale_dir = NULL;

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  locale_dir = g_test_build_filename (G_TEST_BUILT, "..", "po", NULL);
  bindtextdomain (GETTEXT_PACKAGE, locale_dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  g_test_add_func ("/notify/seconds-until", test_seconds_until);
  g_test_add_func ("/notify/reaches-the-bus", test_notification_reaches_the_bus);
  g_test_add_func ("/notify/autostart-entry", test_autostart_entry);

  return g_test_run ();
}
