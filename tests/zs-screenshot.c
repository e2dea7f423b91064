/* zs-screenshot.c — renders the real main window to a PNG
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * For the screenshots in README.md and the metainfo, and for looking at a
 * screen while working on it. Run under a display (xvfb-run), with
 * GSK_RENDERER=cairo for correct CJK glyphs:
 *   zs-screenshot --db demo.db --demo --page projects --open 1 out.png
 * With --import FILE or --export-dialog, the picture is of that dialog.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>

#include "zs-project-list-page.h"
#include "zs-window.h"

static char *db_path;
static char *page;
static char *search;
static char *locale_dir;
static int open_position = -1;
static int width = 1280;
static int height = 800;
static gboolean demo;
static char *import_path;
static gboolean export_dialog;

static const GOptionEntry entries[] = {
  { "db", 0, 0, G_OPTION_ARG_FILENAME, &db_path, "Database file", "PATH" },
  { "demo", 0, 0, G_OPTION_ARG_NONE, &demo, "Load the demo data into an empty database", NULL },
  { "page", 0, 0, G_OPTION_ARG_STRING, &page, "Page to show", "NAME" },
  { "search", 0, 0, G_OPTION_ARG_STRING, &search, "Search text for the project list", "TEXT" },
  { "open", 0, 0, G_OPTION_ARG_INT, &open_position, "Open the project at this list position", "N" },
  { "width", 0, 0, G_OPTION_ARG_INT, &width, "Window width", "PIXELS" },
  { "height", 0, 0, G_OPTION_ARG_INT, &height, "Window height", "PIXELS" },
  { "locale-dir", 0, 0, G_OPTION_ARG_FILENAME, &locale_dir, "Where the built translations are", "DIR" },
  { "import", 0, 0, G_OPTION_ARG_FILENAME, &import_path, "Show the import preview of FILE", "FILE" },
  { "export-dialog", 0, 0, G_OPTION_ARG_NONE, &export_dialog, "Show the export dialog", NULL },
  { NULL }
};

static void
settle (void)
{
  /* Several rounds: list views lay out in more than one pass. */
  for (guint round = 0; round < 20; round++)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (20000);
    }
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

static gboolean
save_png (GtkWidget  *window,
          const char *path)
{
  GdkPaintable *paintable = gtk_widget_paintable_new (window);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  int w = gtk_widget_get_width (window);
  int h = gtk_widget_get_height (window);
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (window));

  gdk_paintable_snapshot (paintable, snapshot, w, h);
  node = gtk_snapshot_free_to_node (snapshot);
  g_object_unref (paintable);
  if (node == NULL)
    return FALSE;

  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, w, h));
  return gdk_texture_save_to_png (texture, path);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("OUTPUT.png");
  g_autoptr(GError) error = NULL;
  g_autoptr(ZsStore) store = NULL;
  ZsWindow *window;

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2 || db_path == NULL)
    {
      g_printerr ("usage: zs-screenshot --db PATH [--demo] [--page NAME] [--search TEXT] [--open N] OUTPUT.png\n");
      return 2;
    }

  if (locale_dir != NULL)
    bindtextdomain (GETTEXT_PACKAGE, locale_dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  adw_init ();
  {
    /* AdwApplication loads this by itself; here there is no application. */
    g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

    gtk_css_provider_load_from_resource (css, RESOURCE_BASE "/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }
  gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                    RESOURCE_BASE "/icons");

  store = zs_database_open (db_path, &error);
  if (store == NULL || (demo && zs_database_is_empty (store) && !zs_database_load_demo (store, &error)))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  window = zs_window_new (NULL, store);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (GTK_WIDGET (window)))
    g_main_context_iteration (NULL, TRUE);
  settle ();

  if (page != NULL && !zs_window_show_page (window, page))
    {
      g_printerr ("no page “%s”\n", page);
      return 1;
    }

  if (search != NULL)
    {
      GtkWidget *list = find_widget (GTK_WIDGET (window), ZS_TYPE_PROJECT_LIST_PAGE);

      zs_project_list_page_set_search (ZS_PROJECT_LIST_PAGE (list), search);
    }

  if (open_position >= 0)
    {
      GtkWidget *list = find_widget (GTK_WIDGET (window), ZS_TYPE_PROJECT_LIST_PAGE);
      GListModel *model = zs_project_list_page_get_model (ZS_PROJECT_LIST_PAGE (list));
      g_autoptr(ZsProject) project = g_list_model_get_item (model, (guint) open_position);

      if (project == NULL)
        {
          g_printerr ("no project at position %d\n", open_position);
          return 1;
        }
      g_signal_emit_by_name (list, "project-activated", project);
    }

  settle ();
  if (import_path != NULL || export_dialog)
    {
      g_autoptr(GFile) file = import_path != NULL ? g_file_new_for_commandline_arg (import_path) : NULL;
      GtkWidget *dialog = file != NULL ? GTK_WIDGET (zs_window_import_file (window, file))
                                       : GTK_WIDGET (zs_window_export_projects (window, NULL, NULL));

      while (!gtk_widget_get_mapped (dialog))
        g_main_context_iteration (NULL, TRUE);
      while (file != NULL && g_strcmp0 (zs_import_dialog_get_state (ZS_IMPORT_DIALOG (dialog)), "working") == 0)
        g_main_context_iteration (NULL, TRUE);
      settle ();
      if (!save_png (dialog, argv[1]))
        {
          g_printerr ("cannot write %s\n", argv[1]);
          return 1;
        }
      return 0;
    }
  if (!save_png (GTK_WIDGET (window), argv[1]))
    {
      g_printerr ("cannot write %s\n", argv[1]);
      return 1;
    }
  return 0;
}
