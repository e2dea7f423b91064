/* test-ui-history.c — who changed what, in the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * A field edited on a project page shows in the page's 修改记录 and in the
 * bureau-wide list filtered by the person who made it. With
 * ZS_TEST_SCREENSHOT_DIR set, both views are saved there as PNG files.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "zs-history-row.h"
#include "zs-history-window.h"
#include "zs-preferences-window.h"
#include "zs-project-editor.h"
#include "zs-record-history.h"
#include "zs-test-ui-util.h"
#include "zs-test-util.h"
#include "zs-window.h"

#define NEW_INVESTOR "潍坊远航新材料有限公司"

static void
save_png (GtkWidget  *window,
          const char *name)
{
  const char *dir = g_getenv ("ZS_TEST_SCREENSHOT_DIR");
  g_autofree char *path = NULL;
  GdkPaintable *paintable;
  GtkSnapshot *snapshot;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  int w = gtk_widget_get_width (window), h = gtk_widget_get_height (window);

  if (dir == NULL)
    return;
  path = g_build_filename (dir, name, NULL);
  /* The window draws once it has been laid out. */
  for (int i = 0; i < 50 && node == NULL; i++)
    {
      zs_test_drain_events ();
      g_usleep (20000);
      w = gtk_widget_get_width (window);
      h = gtk_widget_get_height (window);
      paintable = gtk_widget_paintable_new (window);
      snapshot = gtk_snapshot_new ();
      gdk_paintable_snapshot (paintable, snapshot, w, h);
      node = gtk_snapshot_free_to_node (snapshot);
      g_object_unref (paintable);
    }
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, w, h));
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

/* The first person of the demo data. */
static char *
first_person (ZsStore *store)
{
  g_autoptr(ZsRecord) person = zs_store_load (store, ZS_TYPE_PERSON, zs_test_nth_id (store, ZS_TYPE_PERSON, 0), NULL);

  g_assert_nonnull (person);
  return g_strdup (zs_record_get_string (person, ZS_PERSON_NAME));
}

/* TRUE when @model's newest entry is the investor edit. */
static gboolean
newest_is_investor_edit (GListModel *model)
{
  g_autoptr(ZsHistoryEntry) entry = NULL;

  if (g_list_model_get_n_items (model) == 0)
    return FALSE;
  entry = g_list_model_get_item (model, 0);
  return zs_history_entry_get_action (entry) == ZS_HISTORY_EDIT &&
         g_strcmp0 (zs_history_entry_get_field (entry), "investor") == 0 &&
         g_strcmp0 (zs_history_entry_get_new_value (entry), NEW_INVESTOR) == 0;
}

static ZsHistoryWindow *
find_history_window (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* not ours */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ZS_IS_HISTORY_WINDOW (window))
        return ZS_HISTORY_WINDOW (window);
    }
  return NULL;
}

static void
test_edit_shows_in_both_views (void)
{
  g_autoptr(ZsStore) store = zs_test_open_demo ("ui-history");
  g_autofree char *person = first_person (store);
  gint64 project_id = zs_test_nth_id (store, ZS_TYPE_PROJECT, 0);
  ZsWindow *window;
  ZsProjectEditor *editor;
  ZsRecordHistory *section;
  ZsHistoryWindow *bureau;
  ZsHistoryRow *row;
  GListModel *model;
  guint n_everyone;

  zs_store_set_actor (store, person);
  window = zs_test_open_window (store, 1400, 900);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-record", "(sx)", "ZsProject", project_id);
  zs_test_drain_events ();
  editor = ZS_PROJECT_EDITOR (zs_test_find_widget (GTK_WIDGET (window), ZS_TYPE_PROJECT_EDITOR));
  g_assert_nonnull (editor);
  zs_record_editor_enter_text (zs_project_editor_get_fields (editor), ZS_PROJECT_INVESTOR, NEW_INVESTOR);
  zs_test_drain_events ();

  /* The page's 修改记录: the edit, by that person, on a row. */
  section = ZS_RECORD_HISTORY (zs_test_find_widget (GTK_WIDGET (editor), ZS_TYPE_RECORD_HISTORY));
  g_assert_nonnull (section);
  model = zs_record_history_get_model (section);
  g_assert_true (newest_is_investor_edit (model));
  {
    g_autoptr(ZsHistoryEntry) entry = g_list_model_get_item (model, 0);

    g_assert_cmpstr (zs_history_entry_get_who (entry), ==, person);
  }
  row = ZS_HISTORY_ROW (zs_test_find_widget (GTK_WIDGET (section), ZS_TYPE_HISTORY_ROW));
  g_assert_nonnull (row);
  g_assert_true (newest_is_investor_edit (G_LIST_MODEL (model)));
  g_assert_cmpstr (zs_history_entry_get_new_value (zs_history_row_get_entry (row)), ==, NEW_INVESTOR);
  zs_test_drain_events ();
  {
    /* Scrolled to the section, at the end of the page. */
    GtkWidget *scrolled = gtk_widget_get_ancestor (GTK_WIDGET (section), GTK_TYPE_SCROLLED_WINDOW);
    GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));

    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  }
  zs_test_drain_events ();
  save_png (GTK_WIDGET (window), "history-record.png");

  /* The bureau-wide list from the main menu, filtered by the person. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.history", NULL);
  zs_test_drain_events ();
  bureau = find_history_window ();
  g_assert_nonnull (bureau);
  zs_test_wait_until_mapped (GTK_WIDGET (bureau));
  n_everyone = g_list_model_get_n_items (zs_history_window_get_model (bureau));
  g_assert_cmpuint (n_everyone, >, 0);
  g_assert_true (zs_history_window_select_person (bureau, person));
  zs_test_drain_events ();
  model = zs_history_window_get_model (bureau);
  g_assert_true (newest_is_investor_edit (model));
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(ZsHistoryEntry) entry = g_list_model_get_item (model, i);

      g_assert_cmpstr (zs_history_entry_get_who (entry), ==, person);
    }
  save_png (GTK_WIDGET (bureau), "history-bureau.png");

  /* Someone else made no change: the list says so. */
  zs_store_set_actor (store, NULL);
  {
    g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_PERSON);
    g_autoptr(GArray) ids = zs_store_query (store, query, NULL);
    g_autoptr(ZsRecord) other = zs_store_load (store, ZS_TYPE_PERSON, g_array_index (ids, gint64, 1), NULL);

    g_assert_true (zs_history_window_select_person (bureau, zs_record_get_string (other, ZS_PERSON_NAME)));
    zs_test_drain_events ();
    g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
    g_assert_nonnull (zs_test_find_widget (GTK_WIDGET (bureau), ADW_TYPE_STATUS_PAGE));
    save_png (GTK_WIDGET (bureau), "history-bureau-empty.png");
  }

  gtk_window_destroy (GTK_WINDOW (bureau));
  zs_test_close_window (window);
}

static ZsPreferencesWindow *
find_preferences_window (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* not ours */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ZS_IS_PREFERENCES_WINDOW (window))
        return ZS_PREFERENCES_WINDOW (window);
    }
  return NULL;
}

static char *
newest_who (ZsStore *store)
{
  g_autoptr(GPtrArray) entries = zs_store_history (store, NULL, 0, 1, NULL);

  g_assert_nonnull (entries);
  g_assert_cmpuint (entries->len, ==, 1);
  return g_strdup (zs_history_entry_get_who (g_ptr_array_index (entries, 0)));
}

/* 当前用户 in Preferences: the next edit is recorded under the person
 * chosen, at once, and the PC remembers the choice for the next start. */
static void
test_preferences_choose_person (void)
{
  g_autoptr(ZsStore) store = zs_test_open_demo ("ui-history-person");
  g_autoptr(ZsRecord) second = zs_store_load (store, ZS_TYPE_PERSON, zs_test_nth_id (store, ZS_TYPE_PERSON, 1), NULL);
  g_autoptr(GSettings) settings = g_settings_new ("io.github.zhaoshang.Zhaoshang");
  g_autofree char *who = NULL;
  g_autofree char *kept = NULL;
  const char *person;
  gint64 project_id = zs_test_nth_id (store, ZS_TYPE_PROJECT, 0);
  ZsPreferencesWindow *preferences;
  ZsProjectEditor *editor;
  ZsWindow *window;

  g_assert_nonnull (second);
  person = zs_record_get_string (second, ZS_PERSON_NAME);
  zs_store_set_default_actor (NULL);
  zs_store_set_actor (store, NULL);
  g_assert_cmpstr (zs_store_get_actor (store), !=, person);
  window = zs_test_open_window (store, 1400, 900);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.preferences", NULL);
  zs_test_drain_events ();
  preferences = find_preferences_window ();
  g_assert_nonnull (preferences);
  g_assert_false (zs_preferences_window_choose_person (preferences, "没有这个人"));
  g_assert_true (zs_preferences_window_choose_person (preferences, person));
  kept = g_settings_get_string (settings, "current-person");
  g_assert_cmpstr (kept, ==, person);
  gtk_window_destroy (GTK_WINDOW (preferences));
  zs_test_drain_events ();

  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-record", "(sx)", "ZsProject", project_id);
  zs_test_drain_events ();
  editor = ZS_PROJECT_EDITOR (zs_test_find_widget (GTK_WIDGET (window), ZS_TYPE_PROJECT_EDITOR));
  g_assert_nonnull (editor);
  zs_record_editor_enter_text (zs_project_editor_get_fields (editor), ZS_PROJECT_INVESTOR, NEW_INVESTOR);
  zs_test_drain_events ();
  who = newest_who (store);
  g_assert_cmpstr (who, ==, person);

  /* Back to automatic: the setting is emptied. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.preferences", NULL);
  zs_test_drain_events ();
  preferences = find_preferences_window ();
  g_assert_true (zs_preferences_window_choose_person (preferences, NULL));
  g_clear_pointer (&kept, g_free);
  kept = g_settings_get_string (settings, "current-person");
  g_assert_cmpstr (kept, ==, "");
  g_assert_cmpstr (zs_store_get_actor (store), !=, person);
  gtk_window_destroy (GTK_WINDOW (preferences));
  zs_test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  zs_test_ui_init (&argc, &argv);

  g_test_add_func ("/ui-history/edit-shows-in-both-views", test_edit_shows_in_both_views);
  g_test_add_func ("/ui-history/preferences-choose-person", test_preferences_choose_person);

  return g_test_run ();
}
