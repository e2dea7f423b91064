/* test-ui-trash.c — the trash page, undo and redo, in the real window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * As a clerk would: delete a project from its page, find it in 回收站 and
 * restore it; change a field, Ctrl+Z and Ctrl+Shift+Z (the window's own
 * shortcuts; the application gives the same keys to app.undo and
 * app.redo); undo a delete with Ctrl+Z.
 */
#include "config.h"

#include "zs-board-page.h"
#include "zs-project-editor.h"
#include "zs-test-ui-util.h"
#include "zs-test-util.h"
#include "zs-trash-page.h"

static ZsProject *
first_project (ZsStore *store)
{
  g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_PROJECT);
  g_autoptr(GArray) ids = zs_store_query (store, query, NULL);

  g_assert_nonnull (ids);
  g_assert_cmpuint (ids->len, >, 0);
  return zs_store_load (store, ZS_TYPE_PROJECT, g_array_index (ids, gint64, 0), NULL);
}

static ZsProjectEditor *
open_editor (ZsWindow  *window,
             ZsProject *project)
{
  GtkWidget *editor;

  zs_window_open_record (window, ZS_RECORD (project));
  zs_test_drain_events ();
  editor = zs_window_get_subpage (window);
  g_assert_true (ZS_IS_PROJECT_EDITOR (editor));
  return ZS_PROJECT_EDITOR (editor);
}

static ZsTrashPage *
show_trash (ZsWindow *window)
{
  GtkWidget *page;

  g_assert_true (zs_window_show_page (window, "trash"));
  zs_test_drain_events ();
  page = zs_test_find_page (window, ZS_TYPE_TRASH_PAGE);
  g_assert_nonnull (page);
  g_assert_true (gtk_widget_get_mapped (page));
  return ZS_TRASH_PAGE (page);
}

static GList *
rows_of (ZsTrashPage *page)
{
  GList *rows = NULL;

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (zs_trash_page_get_list (page)));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (gtk_widget_get_mapped (row))
      rows = g_list_append (rows, row);
  return rows;
}

static GtkWidget *
find_named (GtkWidget  *root,
            const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (root), name) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_named (child, name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Runs what the window does on @accelerator, as pressing the keys would:
 * the action of the window's shortcut with that trigger. */
static void
press_keys (ZsWindow   *window,
            const char *accelerator)
{
  g_autoptr(GtkShortcutTrigger) wanted = gtk_shortcut_trigger_parse_string (accelerator);
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));

  g_assert_nonnull (wanted);
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), wanted))
            {
              g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0,
                                                           GTK_WIDGET (window), gtk_shortcut_get_arguments (shortcut)));
              zs_test_drain_events ();
              return;
            }
        }
    }
  g_error ("the window has no shortcut %s", accelerator);
}

static void
test_delete_then_restore_from_trash (void)
{
  g_autoptr(ZsStore) store = zs_test_open_demo ("ui-trash");
  ZsWindow *window = zs_test_open_window (store, 1400, 900);
  g_autoptr(ZsProject) project = first_project (store);
  g_autofree char *uuid = g_strdup (zs_record_get_uuid (ZS_RECORD (project)));
  g_autofree char *name = g_strdup (zs_record_get_title (ZS_RECORD (project)));
  gint64 id = zs_record_get_id (ZS_RECORD (project));
  ZsProjectEditor *editor;
  ZsTrashPage *trash;
  g_autoptr(GList) rows = NULL;
  GtkWidget *restore;

  trash = show_trash (window);
  g_assert_null (rows_of (trash));
  editor = open_editor (window, project);

  /* Delete from the project's own page: it goes, and the page with it. */
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.delete", NULL);
  zs_test_drain_events ();
  g_clear_object (&project);
  g_assert_cmpint (zs_store_find_by_uuid (store, ZS_TYPE_PROJECT, uuid), ==, 0);
  g_assert_null (zs_window_get_subpage (window));

  /* In the trash, by its name. */
  trash = show_trash (window);
  rows = rows_of (trash);
  g_assert_cmpuint (g_list_length (rows), ==, 1);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (rows->data)), ==, name);
  g_assert_true (zs_trash_entry_get_record_type (zs_trash_page_get_entry (trash, rows->data)) == ZS_TYPE_PROJECT);

  /* Restore: back with its id and UUID, the trash empty again. */
  restore = find_named (rows->data, "restore");
  g_assert_nonnull (restore);
  g_signal_emit_by_name (restore, "clicked");
  zs_test_drain_events ();
  g_assert_cmpint (zs_store_find_by_uuid (store, ZS_TYPE_PROJECT, uuid), ==, id);
  g_assert_null (rows_of (trash));

  zs_test_close_window (window);
}

static void
test_undo_redo_field_edit (void)
{
  g_autoptr(ZsStore) store = zs_test_open_demo ("ui-undo-edit");
  ZsWindow *window = zs_test_open_window (store, 1400, 900);
  g_autoptr(ZsProject) project = first_project (store);
  gint64 id = zs_record_get_id (ZS_RECORD (project));
  g_autofree char *old = g_strdup (zs_record_get_string (ZS_RECORD (project), ZS_PROJECT_INVESTOR));
  ZsRecordEditor *fields = zs_project_editor_get_fields (open_editor (window, project));
  g_autoptr(ZsRecord) stored = NULL;
  g_autofree char *shown = NULL;

  zs_record_editor_enter_text (fields, ZS_PROJECT_INVESTOR, "潍坊某新材料有限公司");
  zs_test_drain_events ();
  stored = zs_store_read_stored (store, ZS_TYPE_PROJECT, id, NULL);
  g_assert_cmpstr (zs_record_get_string (stored, ZS_PROJECT_INVESTOR), ==, "潍坊某新材料有限公司");

  /* Ctrl+Z: the old value, in the store and on the page. */
  press_keys (window, "<Control>z");
  g_clear_object (&stored);
  stored = zs_store_read_stored (store, ZS_TYPE_PROJECT, id, NULL);
  g_assert_cmpstr (zs_record_get_string (stored, ZS_PROJECT_INVESTOR), ==, old);
  shown = zs_record_editor_get_text (fields, ZS_PROJECT_INVESTOR);
  g_assert_cmpstr (shown, ==, old);

  /* Ctrl+Shift+Z: the new one again. */
  press_keys (window, "<Control><Shift>z");
  g_clear_object (&stored);
  stored = zs_store_read_stored (store, ZS_TYPE_PROJECT, id, NULL);
  g_assert_cmpstr (zs_record_get_string (stored, ZS_PROJECT_INVESTOR), ==, "潍坊某新材料有限公司");
  g_free (shown);
  shown = zs_record_editor_get_text (fields, ZS_PROJECT_INVESTOR);
  g_assert_cmpstr (shown, ==, "潍坊某新材料有限公司");

  zs_test_close_window (window);
}

static void
test_undo_delete (void)
{
  g_autoptr(ZsStore) store = zs_test_open_demo ("ui-undo-delete");
  ZsWindow *window = zs_test_open_window (store, 1400, 900);
  g_autoptr(ZsProject) project = first_project (store);
  g_autofree char *uuid = g_strdup (zs_record_get_uuid (ZS_RECORD (project)));
  gint64 id = zs_record_get_id (ZS_RECORD (project));
  ZsProjectEditor *editor = open_editor (window, project);
  ZsTrashPage *trash;

  g_clear_object (&project);
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.delete", NULL);
  zs_test_drain_events ();
  g_assert_cmpint (zs_store_find_by_uuid (store, ZS_TYPE_PROJECT, uuid), ==, 0);

  press_keys (window, "<Control>z");
  g_assert_cmpint (zs_store_find_by_uuid (store, ZS_TYPE_PROJECT, uuid), ==, id);
  trash = show_trash (window);
  g_assert_null (rows_of (trash));

  zs_test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  zs_test_ui_init (&argc, &argv);

  g_test_add_func ("/ui-trash/delete-then-restore", test_delete_then_restore_from_trash);
  g_test_add_func ("/ui-trash/undo-redo-field-edit", test_undo_redo_field_edit);
  g_test_add_func ("/ui-trash/undo-delete", test_undo_delete);

  return g_test_run ();
}
