/* test-ui-copy.c — 连接服务器…, 迁移到服务器…, 复制到本地文件… in the window, in Chinese
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The menu items are there and act; a copy to a file runs on a worker
 * thread and ends in a dialog with the counts; a non-empty target is
 * refused with a Chinese message; the connect dialog builds the location
 * from its fields without the password, and says a server this build
 * cannot open in the dialog, with the fields kept. With an unlocked
 * keyring on the session bus (run-with-keyring.sh starts one and sets
 * ZS_TEST_KEYRING=1), the password goes to the keyring and comes back. ZS_TEST_SCREENSHOTS=DIR saves the
 * connect dialog and the result.
 */
#include "config.h"

#include <string.h>

#include "zs-database.h"
#include "zs-database-opener.h"
#include "zs-server-dialog.h"
#include "zs-server-keyring.h"
#include "zs-store-password.h"
#include "zs-test-ui-util.h"
#include "zs-test-util.h"

/* A shown toplevel of @type other than the main window, waiting up to
 * 30 s for it (a worker thread may be behind it). */
static GtkWindow *
wait_for_toplevel (GType       type,
                   const char *heading)
{
  gint64 until = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  while (g_get_monotonic_time () < until)
    {
      GListModel *toplevels = gtk_window_get_toplevels ();

      for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
        {
          g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

          if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)) &&
              (heading == NULL ||
               g_strcmp0 (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (window)), heading) == 0))
            return window;
        }
      g_main_context_iteration (NULL, FALSE);
      g_usleep (10000);
    }
  g_error ("no %s “%s” came up", g_type_name (type), heading != NULL ? heading : "");
  return NULL;
}

static void
test_menu_items (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("ui-copy-menu");
  ZsWindow *window = zs_test_open_window (store, 1400, 900);
  GtkWidget *button = zs_test_find_widget (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON);
  GMenuModel *menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button));
  const char *wanted[] = { "win.connect-server", "win.copy-to-server", "win.copy-to-file", "win.open-local" };
  const char *labels[] = { "连接服务器(_S)…", "迁移到服务器(_M)…", "复制到本地文件(_L)…", "使用本机的数据库(_T)" };
  guint found = 0;

  for (int s = 0; s < g_menu_model_get_n_items (menu); s++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, s, G_MENU_LINK_SECTION);

      for (int i = 0; section != NULL && i < g_menu_model_get_n_items (section); i++)
        {
          g_autofree char *action = NULL;
          g_autofree char *label = NULL;

          g_menu_model_get_item_attribute (section, i, G_MENU_ATTRIBUTE_ACTION, "s", &action);
          g_menu_model_get_item_attribute (section, i, G_MENU_ATTRIBUTE_LABEL, "s", &label);
          for (guint k = 0; k < G_N_ELEMENTS (wanted); k++)
            if (g_strcmp0 (action, wanted[k]) == 0)
              {
                g_assert_cmpstr (g_dgettext (GETTEXT_PACKAGE, label), ==, labels[k]);
                found |= 1u << k;
              }
        }
    }
  g_assert_cmpuint (found, ==, 15);

  /* The connect dialog comes up from the menu's action. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.connect-server", NULL));
  gtk_window_destroy (wait_for_toplevel (ZS_TYPE_SERVER_DIALOG, NULL));
  zs_test_close_window (window);
}

static void
test_copy_to_file (void)
{
  g_autoptr(ZsStore) store = zs_test_open_demo ("ui-copy-source");
  g_autofree char *target = zs_test_db_path ("ui-copy-target");
  ZsWindow *window = zs_test_open_window (store, 1400, 900);
  GtkWindow *result;
  const char *body;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.copy-to-location", "s", target));
  result = wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG, "复制完成");
  body = adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (result));
  g_assert_nonnull (strstr (body, "两边数量一致"));
  zs_test_assert_chinese (GTK_WIDGET (result), "the copy's result");
  zs_test_save_screenshot (GTK_WIDGET (result), "copy-result.png");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (result), "close");

  {
    g_autoptr(ZsStore) copy = zs_store_open (target, NULL);
    g_autoptr(ZsQuery) projects = zs_query_new (ZS_TYPE_PROJECT);

    g_assert_cmpint (zs_store_count (copy, projects, NULL), >, 0);
    g_assert_cmpint (zs_store_count (copy, projects, NULL), ==, zs_store_count (store, projects, NULL));
  }

  /* Again into the same file: it holds data now, and says so in Chinese. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.copy-to-location", "s", target));
  result = wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG, "没有复制");
  body = adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (result));
  g_assert_nonnull (strstr (body, "不是空数据库"));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (result), "close");
  zs_test_close_window (window);
}

static GtkWidget *
nth_row (GtkWidget *dialog,
         guint      n)
{
  GtkWidget *group = zs_test_find_widget (dialog, ADW_TYPE_PREFERENCES_GROUP);
  GtkWidget *row = zs_test_find_widget (group, ADW_TYPE_ENTRY_ROW);

  for (; n > 0; n--)
    row = gtk_widget_get_next_sibling (row);
  return row;
}

/* The visible label with the style class "error" under @root, or NULL. */
static GtkLabel *
find_error_label (GtkWidget *root)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found;

      if (GTK_IS_LABEL (child) && gtk_widget_has_css_class (child, "error") && gtk_widget_get_visible (child))
        return GTK_LABEL (child);
      if ((found = find_error_label (child)) != NULL)
        return found;
    }
  return NULL;
}

static void
fill (ZsServerDialog *dialog)
{
  gtk_editable_set_text (GTK_EDITABLE (nth_row (GTK_WIDGET (dialog), 0)), "192.168.1.10");
  gtk_editable_set_text (GTK_EDITABLE (nth_row (GTK_WIDGET (dialog), 1)), "5433");
  gtk_editable_set_text (GTK_EDITABLE (nth_row (GTK_WIDGET (dialog), 2)), "bureau");
  gtk_editable_set_text (GTK_EDITABLE (nth_row (GTK_WIDGET (dialog), 3)), "li@ming");
  gtk_editable_set_text (GTK_EDITABLE (zs_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_PASSWORD_ENTRY_ROW)),
                         "s3cret-口令");
}

static void
test_connect_dialog (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("ui-copy-connect");
  ZsWindow *window = zs_test_open_window (store, 1400, 900);
  g_autoptr(GSettings) settings = g_settings_new ("io.github.zhaoshang.Zhaoshang");
  g_autofree char *location = NULL;
  g_autofree char *remembered = NULL;
  g_autofree char *kept = NULL;
  ZsServerDialog *dialog;
  GtkWidget *connect;
  GtkLabel *error_label = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.connect-server", NULL));
  dialog = ZS_SERVER_DIALOG (wait_for_toplevel (ZS_TYPE_SERVER_DIALOG, NULL));
  connect = zs_test_find_button (GTK_WIDGET (dialog), "连接(_O)");
  g_assert_nonnull (connect);
  g_assert_false (gtk_widget_get_sensitive (connect));

  fill (dialog);
  location = zs_server_dialog_dup_location (dialog);
  /* The "@" of the user name escaped; the password nowhere. */
  g_assert_cmpstr (location, ==, "postgresql://li%40ming@192.168.1.10:5433/bureau");
  g_assert_null (strstr (location, "s3cret"));
  g_assert_true (gtk_widget_get_sensitive (connect));
  zs_test_assert_chinese (GTK_WIDGET (dialog), "the connect dialog");
  zs_test_save_screenshot (GTK_WIDGET (dialog), "connect-dialog.png");

  /* A port that is not one keeps the button off. */
  gtk_editable_set_text (GTK_EDITABLE (nth_row (GTK_WIDGET (dialog), 1)), "54x");
  g_assert_false (gtk_widget_get_sensitive (connect));
  gtk_editable_set_text (GTK_EDITABLE (nth_row (GTK_WIDGET (dialog), 1)), "5433");

  /* A server nobody listens on (this machine, port 1): said in the
   * dialog, in Chinese, with the fields kept. */
  gtk_editable_set_text (GTK_EDITABLE (nth_row (GTK_WIDGET (dialog), 0)), "127.0.0.1");
  gtk_editable_set_text (GTK_EDITABLE (nth_row (GTK_WIDGET (dialog), 1)), "1");
  g_clear_pointer (&location, g_free);
  location = zs_server_dialog_dup_location (dialog);
  g_assert_cmpstr (location, ==, "postgresql://li%40ming@127.0.0.1:1/bureau");
  gtk_widget_activate (connect);
  for (gint64 until = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
       g_get_monotonic_time () < until && (error_label = find_error_label (GTK_WIDGET (dialog))) == NULL;)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (10000);
    }
  g_assert_nonnull (error_label);
  g_test_message ("%s", gtk_label_get_text (error_label));
  g_assert_nonnull (strstr (gtk_label_get_text (error_label), "127.0.0.1"));
  zs_test_assert_chinese (GTK_WIDGET (dialog), "the connect dialog's refusal");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_true (gtk_widget_get_sensitive (connect));
  {
    g_autofree char *again = zs_server_dialog_dup_location (dialog);

    g_assert_cmpstr (again, ==, location);
  }
  kept = zs_store_dup_password (location);
  g_assert_cmpstr (kept, ==, "s3cret-口令");
  /* Nothing was opened, and nothing about it kept in the settings. */
  remembered = g_settings_get_string (settings, "database-location");
  g_assert_cmpstr (remembered, ==, "");
  zs_store_free_password (g_steal_pointer (&kept));
  gtk_window_destroy (GTK_WINDOW (dialog));
  zs_store_set_password (location, NULL);
  zs_test_close_window (window);
}

/* The server of the last start cannot be opened: the clerk may go on
 * with the file on this PC, which the next start opens too. */
static void
test_unreachable_server_falls_back (void)
{
  g_autoptr(ZsDatabaseOpener) opener = zs_database_opener_new (NULL);
  g_autoptr(GSettings) settings = g_settings_new ("io.github.zhaoshang.Zhaoshang");
  const char *location = "postgresql://clerk@127.0.0.1:1/bureau";
  g_autofree char *remembered = NULL;
  g_autofree char *local = zs_store_default_path ();
  GtkWindow *dialog;

  g_settings_set_string (settings, "database-location", location);
  zs_store_set_password (location, "s3cret");
  zs_database_opener_open (opener, location, FALSE);
  g_assert_null (zs_database_opener_get_window (opener));
  dialog = wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG, "无法连接服务器");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), "127.0.0.1"));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "local");
  zs_test_drain_events ();

  g_assert_nonnull (zs_database_opener_get_window (opener));
  g_assert_cmpstr (zs_store_get_path (zs_window_get_store (zs_database_opener_get_window (opener))), ==, local);
  remembered = g_settings_get_string (settings, "database-location");
  g_assert_cmpstr (remembered, ==, "");
  zs_store_set_password (location, NULL);
  zs_test_close_window (zs_database_opener_get_window (opener));
}

static void
on_open_database (ZsWindow   *window,
                  const char *location,
                  char      **asked)
{
  g_free (*asked);
  *asked = g_strdup (location);
}

/* A server's window goes back to this PC's database from the menu; a
 * local window has no such item. */
static void
test_back_to_local (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("ui-copy-local");
  ZsWindow *window = zs_test_open_window (store, 1400, 900);
  g_autofree char *asked = NULL;

  g_signal_connect (window, "open-database", G_CALLBACK (on_open_database), &asked);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-local", NULL);
  zs_test_drain_events ();
  g_assert_null (asked);
  zs_test_close_window (window);
}

/* The opener's window once it is another than @not_this, waiting up to
 * 30 s (a keyring look-up may come first). */
static ZsWindow *
wait_for_opener_window (ZsDatabaseOpener *opener,
                        ZsWindow         *not_this)
{
  gint64 until = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  ZsWindow *window;

  while (((window = zs_database_opener_get_window (opener)) == NULL || window == not_this) &&
         g_get_monotonic_time () < until)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (10000);
    }
  g_assert_nonnull (window);
  g_assert_true (window != not_this);
  zs_test_wait_until_mapped (GTK_WIDGET (window));
  zs_test_drain_events ();
  return window;
}

/* From a server's window, 使用本机的数据库 through the opener: the
 * server's window closes and one on this PC's database shows its data. */
static void
test_server_back_to_local (void)
{
  g_autoptr(ZsDatabaseOpener) opener = NULL;
  g_autofree char *local = zs_store_default_path ();
  g_autofree char *location = NULL;
  g_autofree char *why = NULL;
  ZsWindow *server_window;
  ZsWindow *window;

  if (!zs_test_pg_available (&why))
    {
      g_test_skip (why);
      return;
    }
  location = zs_test_pg_location ("ui-back-to-local");
  {
    g_autoptr(ZsStore) store = zs_database_open (local, NULL);
    g_autoptr(ZsProject) project = NULL;

    g_assert_nonnull (store);
    project = zs_test_new_project (store, "本机的项目", "本机公司", ZS_STAGE_LEAD);
  }
  {
    g_autoptr(ZsStore) store = zs_database_open (location, NULL);
    g_autoptr(ZsProject) project = NULL;

    g_assert_nonnull (store);
    project = zs_test_new_project (store, "服务器上的项目", "服务器公司", ZS_STAGE_LEAD);
  }

  /* The password is known (the test server trusts its socket): the
   * keyring is not asked. */
  zs_store_set_password (location, "-");
  opener = zs_database_opener_new (NULL);
  zs_database_opener_open (opener, location, FALSE);
  server_window = wait_for_opener_window (opener, NULL);
  g_assert_true (zs_test_has_label (GTK_WIDGET (server_window), "服务器上的项目"));

  gtk_widget_activate_action (GTK_WIDGET (server_window), "win.open-local", NULL);
  zs_test_drain_events ();

  window = wait_for_opener_window (opener, server_window);
  g_assert_cmpstr (zs_store_get_path (zs_window_get_store (window)), ==, local);
  g_assert_true (zs_test_has_label (GTK_WIDGET (window), "本机的项目"));
  g_assert_false (zs_test_has_label (GTK_WIDGET (window), "服务器上的项目"));
  zs_store_set_password (location, NULL);
  zs_test_close_window (window);
}

/* The password to the keyring and back, when the session has one. */
static void
on_kept (GObject      *source,
         GAsyncResult *result,
         gpointer      data)
{
  GError **error = data;

  zs_server_keyring_store_finish (result, error);
  if (*error == NULL)
    *error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_EXISTS, "kept");
}

static void
on_found (GObject      *source,
          GAsyncResult *result,
          gpointer      data)
{
  char **password = data;
  g_autoptr(GError) error = NULL;

  *password = zs_server_keyring_lookup_finish (result, &error);
  g_assert_no_error (error);
  if (*password == NULL)
    *password = g_strdup ("");
}

static void
test_keyring_round_trip (void)
{
  const char *location = "postgresql://clerk@db.example:5432/bureau";
  g_autoptr(GError) error = NULL;
  char *password = NULL;

  /* A keyring that asks (a prompt to make its default collection, as a
   * fresh gnome-keyring-daemon does under dbus-run-session) never answers
   * without a desktop, and libsecret cannot be cancelled cleanly there. */
  if (g_strcmp0 (g_getenv ("ZS_TEST_KEYRING"), "1") != 0)
    {
      g_test_skip ("no keyring: tests/run-with-keyring.sh starts one where gnome-keyring is installed");
      return;
    }
  zs_server_keyring_store (location, "s3cret-口令", NULL, on_kept, &error);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  zs_server_keyring_lookup (location, NULL, on_found, &password);
  while (password == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpstr (password, ==, "s3cret-口令");
  zs_store_free_password (password);
  password = NULL;

  /* Another server's is another item. */
  zs_server_keyring_lookup ("postgresql://clerk@db.example:5433/bureau", NULL, on_found, &password);
  while (password == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpstr (password, ==, "");
  g_free (password);
  zs_server_keyring_forget (location);
}

int
main (int   argc,
      char *argv[])
{
  zs_test_ui_init (&argc, &argv);

  g_test_add_func ("/ui-copy/menu-items", test_menu_items);
  g_test_add_func ("/ui-copy/copy-to-file", test_copy_to_file);
  g_test_add_func ("/ui-copy/connect-dialog", test_connect_dialog);
  g_test_add_func ("/ui-copy/unreachable-server-falls-back", test_unreachable_server_falls_back);
  g_test_add_func ("/ui-copy/back-to-local", test_back_to_local);
  g_test_add_func ("/ui-copy/server-back-to-local", test_server_back_to_local);
  g_test_add_func ("/ui-copy/keyring-round-trip", test_keyring_round_trip);

  return g_test_run ();
}
