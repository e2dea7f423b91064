/* test-ui.c — the real main window under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Run with G_DEBUG=fatal-warnings (see meson.build): any GTK warning or
 * critical while the window opens or a page is shown fails the test.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "zs-project-details.h"
#include "zs-project-list-page.h"
#include "zs-project-row.h"
#include "zs-test-util.h"
#include "zs-window.h"

static void
drain_events (void)
{
  /* Let layout, mapping and idle handlers run. */
  for (guint i = 0; i < 5; i++)
    while (g_main_context_iteration (NULL, FALSE))
      ;
}

static void
wait_until_mapped (GtkWidget *widget)
{
  while (!gtk_widget_get_mapped (widget))
    g_main_context_iteration (NULL, TRUE);
  drain_events ();
}

static ZsWindow *
open_window (ZsStore *store)
{
  ZsWindow *window = zs_window_new (NULL, store);

  gtk_window_present (GTK_WINDOW (window));
  wait_until_mapped (GTK_WIDGET (window));
  return window;
}

static ZsStore *
open_demo (void)
{
  ZsStore *store = zs_test_open_seeded ("ui-demo");
  g_autoptr(GError) error = NULL;

  zs_database_load_demo (store, &error);
  g_assert_no_error (error);
  return store;
}

static GtkWidget *
find_widget (GtkWidget *root,
             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static const char *
visible_main_view (ZsWindow *window)
{
  GtkStack *stack = GTK_STACK (find_widget (GTK_WIDGET (window), GTK_TYPE_STACK));

  return gtk_stack_get_visible_child_name (stack);
}

static GListModel *
project_model (ZsWindow *window)
{
  GtkWidget *page = find_widget (GTK_WIDGET (window), ZS_TYPE_PROJECT_LIST_PAGE);

  g_assert_nonnull (page);
  return zs_project_list_page_get_model (ZS_PROJECT_LIST_PAGE (page));
}

static void
test_window_opens_on_demo (void)
{
  g_autoptr(ZsStore) store = open_demo ();
  ZsWindow *window = open_window (store);
  g_autoptr(ZsQuery) all = zs_query_new (ZS_TYPE_PROJECT);

  g_assert_cmpstr (visible_main_view (window), ==, "workspace");
  g_assert_cmpstr (zs_window_get_page (window), ==, "projects");
  /* Every project of the database is in the list. */
  g_assert_cmpint (g_list_model_get_n_items (project_model (window)), ==, zs_store_count (store, all, NULL));
  g_assert_cmpint (g_list_model_get_n_items (project_model (window)), >, 10);

  gtk_window_destroy (GTK_WINDOW (window));
  drain_events ();
}

static void
test_every_page_shows (void)
{
  g_autoptr(ZsStore) store = open_demo ();
  ZsWindow *window = open_window (store);
  g_auto(GStrv) pages = zs_window_list_pages (window);
  g_autoptr(ZsProject) first = NULL;
  GtkWidget *details;

  g_assert_cmpuint (g_strv_length (pages), >=, 1);
  for (guint i = 0; pages[i] != NULL; i++)
    {
      g_test_message ("showing page %s", pages[i]);
      g_assert_true (zs_window_show_page (window, pages[i]));
      drain_events ();
      g_assert_cmpstr (zs_window_get_page (window), ==, pages[i]);
    }

  /* Opening a project shows its details, with its name; back returns. */
  zs_window_show_page (window, "projects");
  first = g_list_model_get_item (project_model (window), 0);
  g_signal_emit_by_name (find_widget (GTK_WIDGET (window), ZS_TYPE_PROJECT_LIST_PAGE), "project-activated", first);
  drain_events ();
  details = find_widget (GTK_WIDGET (window), ZS_TYPE_PROJECT_DETAILS);
  g_assert_nonnull (details);
  g_assert_true (gtk_widget_get_mapped (details));
  g_assert_true (zs_project_details_get_project (ZS_PROJECT_DETAILS (details)) == first);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  drain_events ();
  g_assert_null (find_widget (GTK_WIDGET (window), ZS_TYPE_PROJECT_DETAILS));

  gtk_window_destroy (GTK_WINDOW (window));
  drain_events ();
}

static void
test_search_filters_list (void)
{
  g_autoptr(ZsStore) store = open_demo ();
  ZsWindow *window = open_window (store);
  ZsProjectListPage *page = ZS_PROJECT_LIST_PAGE (find_widget (GTK_WIDGET (window), ZS_TYPE_PROJECT_LIST_PAGE));
  GListModel *model = project_model (window);
  g_autoptr(ZsProject) found = NULL;

  zs_project_list_page_set_search (page, "万盛");
  drain_events ();
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  found = g_list_model_get_item (model, 0);
  g_assert_nonnull (strstr (zs_record_get_title (ZS_RECORD (found)), "万盛"));

  zs_project_list_page_set_search (page, "没有这样的项目");
  drain_events ();
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  drain_events ();
}

static GtkWidget *
find_button (GtkWidget  *root,
             const char *label)
{
  if (GTK_IS_BUTTON (root) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (root)), label) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static ZsImportDialog *
open_import (ZsWindow   *window,
             const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "exchange", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  ZsImportDialog *dialog = zs_window_import_file (window, file);

  /* The check runs in a worker thread; the dialog shows its progress meanwhile. */
  while (g_strcmp0 (zs_import_dialog_get_state (dialog), "working") == 0)
    g_main_context_iteration (NULL, TRUE);
  drain_events ();
  return dialog;
}

static void
test_import_preview_shows_counts (void)
{
  g_autoptr(ZsStore) store = open_demo ();
  g_autoptr(ZsQuery) projects = zs_query_new (ZS_TYPE_PROJECT);
  ZsWindow *window = open_window (store);
  gint64 before = zs_store_count (store, projects, NULL);
  ZsImportDialog *dialog;
  GtkWidget *import;

  /* A town's report: a unit, a person, two projects and their history. */
  dialog = open_import (window, "town.xml");
  g_assert_cmpstr (zs_import_dialog_get_state (dialog), ==, "report");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (dialog)));
  g_assert_cmpstr (zs_import_dialog_get_count_text (dialog, ZS_IMPORT_OUTCOME_ADDED), ==, "7");
  g_assert_cmpstr (zs_import_dialog_get_count_text (dialog, ZS_IMPORT_OUTCOME_UPDATED), ==, "0");
  g_assert_cmpstr (zs_import_dialog_get_count_text (dialog, ZS_IMPORT_OUTCOME_CONFLICT), ==, "0");
  g_assert_cmpstr (zs_import_dialog_get_count_text (dialog, ZS_IMPORT_OUTCOME_REFUSED), ==, "0");
  /* Nothing changed yet. */
  g_assert_cmpint (zs_store_count (store, projects, NULL), ==, before);

  import = find_button (GTK_WIDGET (dialog), "_Import");
  g_assert_nonnull (import);
  g_assert_true (gtk_widget_get_sensitive (import));
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_signal_emit_by_name (import, "clicked");
  while (dialog != NULL)
    g_main_context_iteration (NULL, TRUE);
  drain_events ();

  /* The list shows the two new projects. */
  g_assert_cmpint (zs_store_count (store, projects, NULL), ==, before + 2);
  g_assert_cmpint (g_list_model_get_n_items (project_model (window)), ==, before + 2);

  /* A file with a dangling reference: shown, counted, and not importable. */
  dialog = open_import (window, "bad/dangling-reference.xml");
  g_assert_cmpstr (zs_import_dialog_get_count_text (dialog, ZS_IMPORT_OUTCOME_REFUSED), ==, "1");
  g_assert_false (gtk_widget_get_sensitive (find_button (GTK_WIDGET (dialog), "_Import")));
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* A broken file: the reason and the line. */
  dialog = open_import (window, "bad/truncated.xml");
  g_assert_cmpstr (zs_import_dialog_get_state (dialog), ==, "error");
  gtk_window_destroy (GTK_WINDOW (dialog));

  gtk_window_destroy (GTK_WINDOW (window));
  drain_events ();
}

static void
test_export_dialog_writes_file (void)
{
  g_autoptr(ZsStore) store = open_demo ();
  ZsWindow *window = open_window (store);
  g_autoptr(ZsQuery) red = zs_query_new (ZS_TYPE_PROJECT);
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "red.xml", NULL);
  g_autofree char *text = NULL;
  ZsExportDialog *dialog;

  /* As the board will call it, with its current filter. */
  zs_query_add_int (red, ZS_PROJECT_GRADE, ZS_QUERY_EQ, ZS_GRADE_RED);
  dialog = zs_window_export_projects (window, red, "红色项目");
  drain_events ();
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  zs_export_dialog_export_to (dialog, path);
  while (dialog != NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_nonnull (strstr (text, "filter=\"红色项目\""));
  g_assert_nonnull (strstr (text, "<grade>red</grade>"));
  g_assert_null (strstr (text, "<grade>green</grade>"));

  gtk_window_destroy (GTK_WINDOW (window));
  drain_events ();
}

static void
test_empty_database_offers_demo (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("ui-empty");
  ZsWindow *window = open_window (store);

  g_assert_cmpstr (visible_main_view (window), ==, "welcome");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.load-demo", NULL);
  drain_events ();
  g_assert_cmpstr (visible_main_view (window), ==, "workspace");
  g_assert_cmpint (g_list_model_get_n_items (project_model (window)), >, 10);

  gtk_window_destroy (GTK_WINDOW (window));
  drain_events ();
}

/* Text the user reads that comes from the program, not from the database. */
static void
collect_interface_text (GtkWidget *widget,
                        GPtrArray *texts)
{
  const char *tooltip;

  if (!gtk_widget_get_visible (widget) || !gtk_widget_get_child_visible (widget))
    return;
  /* Rows and selectable labels show records, whose names may be in any script. */
  if (ZS_IS_PROJECT_ROW (widget))
    return;

  if (GTK_IS_LABEL (widget) && !gtk_label_get_selectable (GTK_LABEL (widget)))
    g_ptr_array_add (texts, g_strdup (gtk_label_get_text (GTK_LABEL (widget))));
  tooltip = gtk_widget_get_tooltip_text (widget);
  if (tooltip != NULL)
    g_ptr_array_add (texts, g_strdup (tooltip));
  if (GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget)) != NULL)
    {
      GMenuModel *menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget));

      for (int s = 0; s < g_menu_model_get_n_items (menu); s++)
        {
          g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, s, G_MENU_LINK_SECTION);

          for (int i = 0; section != NULL && i < g_menu_model_get_n_items (section); i++)
            {
              g_autofree char *label = NULL;

              if (g_menu_model_get_item_attribute (section, i, G_MENU_ATTRIBUTE_LABEL, "s", &label))
                g_ptr_array_add (texts, g_steal_pointer (&label));
            }
        }
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_interface_text (child, texts);
}

static void
assert_chinese (GtkWidget  *root,
                const char *where)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GRegex) english = g_regex_new ("[A-Za-z]{3,}", 0, 0, NULL);
  guint n_chinese = 0;

  collect_interface_text (root, texts);
  for (guint i = 0; i < texts->len; i++)
    {
      const char *text = g_ptr_array_index (texts, i);

      if (g_regex_match (english, text, 0, NULL))
        g_error ("%s shows untranslated text: “%s”", where, text);
      for (const char *p = text; *p; p = g_utf8_next_char (p))
        if (g_unichar_get_script (g_utf8_get_char (p)) == G_UNICODE_SCRIPT_HAN)
          {
            n_chinese++;
            break;
          }
    }
  /* The scan saw the interface, not an empty window. */
  g_assert_cmpuint (n_chinese, >, 5);
}

static void
test_interface_is_chinese (void)
{
  g_autoptr(ZsStore) empty_store = zs_test_open_seeded ("ui-zh-empty");
  g_autoptr(ZsStore) store = open_demo ();
  ZsWindow *window;
  g_auto(GStrv) pages = NULL;
  g_autoptr(ZsProject) first = NULL;

  if (!g_str_has_prefix (g_getenv ("LANGUAGE") ? g_getenv ("LANGUAGE") : "", "zh_CN"))
    {
      g_test_skip ("runs with LANGUAGE=zh_CN");
      return;
    }

  window = open_window (empty_store);
  assert_chinese (GTK_WIDGET (window), "The welcome page");
  gtk_window_destroy (GTK_WINDOW (window));

  window = open_window (store);
  pages = zs_window_list_pages (window);
  for (guint i = 0; pages[i] != NULL; i++)
    {
      g_autofree char *where = g_strdup_printf ("The page “%s”", pages[i]);

      zs_window_show_page (window, pages[i]);
      drain_events ();
      assert_chinese (GTK_WIDGET (window), where);
    }

  zs_window_show_page (window, "projects");
  first = g_list_model_get_item (project_model (window), 0);
  g_signal_emit_by_name (find_widget (GTK_WIDGET (window), ZS_TYPE_PROJECT_LIST_PAGE), "project-activated", first);
  drain_events ();
  assert_chinese (GTK_WIDGET (window), "The project details");

  {
    ZsExportDialog *export = zs_window_export_projects (window, NULL, NULL);
    ZsImportDialog *import;

    drain_events ();
    assert_chinese (GTK_WIDGET (export), "The export dialog");
    gtk_window_destroy (GTK_WINDOW (export));

    import = open_import (window, "town.xml");
    assert_chinese (GTK_WIDGET (import), "The import preview");
    gtk_window_destroy (GTK_WINDOW (import));
  }

  gtk_window_destroy (GTK_WINDOW (window));
  drain_events ();
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *locale_dir = NULL;
  g_autofree char *data_home = g_dir_make_tmp ("zhaoshang-ui-XXXXXX", NULL);

  setlocale (LC_ALL, "C.UTF-8");
  /* Not G_TEST_OPTION_ISOLATE_DIRS: GTK needs the system's MIME and icon
   * data to load icons. The databases go to a fresh folder instead. */
  g_assert_nonnull (data_home);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_test_init (&argc, &argv, NULL);

  locale_dir = g_test_build_filename (G_TEST_BUILT, "..", "po", NULL);
  bindtextdomain (GETTEXT_PACKAGE, locale_dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  adw_init ();
  gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                    RESOURCE_BASE "/icons");

  g_test_add_func ("/ui/window/opens-on-demo", test_window_opens_on_demo);
  g_test_add_func ("/ui/window/every-page-shows", test_every_page_shows);
  g_test_add_func ("/ui/window/search-filters-list", test_search_filters_list);
  g_test_add_func ("/ui/window/empty-database-offers-demo", test_empty_database_offers_demo);
  g_test_add_func ("/ui/import/preview-shows-counts", test_import_preview_shows_counts);
  g_test_add_func ("/ui/export/dialog-writes-file", test_export_dialog_writes_file);
  g_test_add_func ("/ui/interface-is-chinese", test_interface_is_chinese);

  return g_test_run ();
}
