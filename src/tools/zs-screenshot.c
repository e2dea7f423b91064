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
#include <string.h>

#include "zs-activities-page.h"
#include "zs-attachment-list.h"
#include "zs-board-page.h"
#include "zs-carrier-match-dialog.h"
#include "zs-carriers-page.h"
#include "zs-dispatch-page.h"
#include "zs-carrier-editor.h"
#include "zs-checklist-dialog.h"
#include "zs-leads-page.h"
#include "zs-partners-page.h"
#include "zs-map-page.h"
#include "zs-preferences-window.h"
#include "zs-bureau-window.h"
#include "zs-history-window.h"
#include "zs-setup-assistant.h"
#include "zs-record-dialog.h"
#include "zs-test-ui-util.h"
#include "zs-today-page.h"
#include "zs-window.h"
#include "zs-exchange.h"
#include "zs-database.h"

static char *db_path;
static char *page;
static char *search;
static char *locale_dir;
static char *view;
static char *move_to;
static char *funds_amount;
static gboolean checklists;
static gboolean preferences;
static gboolean history;
static char *setup_step;
static gboolean setup_sample;
static char *bureau_page;
static int open_position = -1;
static int width = 1440;
static int height = 860;
static gboolean demo;
static char *import_path;
static gboolean export_dialog;
static gboolean first_part;
static int carrier_position = -1;
static char *carriers_view;
static char *page_view;
static gboolean match;
static char *bulletin_path;
static int scroll = 0;
static char *partner_name;
static char *partners_view;
static char *lead_name;
static char *leads_sort;
static char *activity_name;
static int period_step;
static char *period;
static char *map_view;
static char *chain_name;
static char *enterprise_name;
static char *catalogue_path;
static int trash_count;
static char *sheet_path;
static char *sheet_column;
static char **attach_paths;

static const GOptionEntry entries[] = {
  { "db", 0, 0, G_OPTION_ARG_FILENAME, &db_path, "Database file", "PATH" },
  { "demo", 0, 0, G_OPTION_ARG_NONE, &demo, "Load the demo data into an empty database", NULL },
  { "page", 0, 0, G_OPTION_ARG_STRING, &page, "Page to show", "NAME" },
  { "search", 0, 0, G_OPTION_ARG_STRING, &search, "Search text for the project list", "TEXT" },
  { "view", 0, 0, G_OPTION_ARG_STRING, &view, "board or ledger", "VIEW" },
  { "open", 0, 0, G_OPTION_ARG_INT, &open_position, "Open the project at this ledger position", "N" },
  { "move-to", 0, 0, G_OPTION_ARG_STRING, &move_to, "With --open: show the move dialog to this stage", "STAGE" },
  { "add-funds", 0, 0, G_OPTION_ARG_STRING, &funds_amount, "With --open: a new funds entry of AMOUNT, then Done", "AMOUNT" },
  { "attach", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &attach_paths, "With --open: attach FILE to the project first and show its attachments (repeatable)", "FILE" },
  { "checklists", 0, 0, G_OPTION_ARG_NONE, &checklists, "Show the checklists", NULL },
  { "preferences", 0, 0, G_OPTION_ARG_NONE, &preferences, "Show the preferences", NULL },
  { "history", 0, 0, G_OPTION_ARG_NONE, &history, "Show the history of changes (修改记录)", NULL },
  { "setup-step", 0, 0, G_OPTION_ARG_STRING, &setup_step, "Show this step of the first-start assistant", "STEP" },
  { "setup-sample", 0, 0, G_OPTION_ARG_NONE, &setup_sample, "Give an empty database a bureau's units, staff and targets", NULL },
  { "bureau", 0, 0, G_OPTION_ARG_STRING, &bureau_page, "Show the units, staff or targets window on this page", "PAGE" },
  { "width", 0, 0, G_OPTION_ARG_INT, &width, "Window width", "PIXELS" },
  { "height", 0, 0, G_OPTION_ARG_INT, &height, "Window height", "PIXELS" },
  { "locale-dir", 0, 0, G_OPTION_ARG_FILENAME, &locale_dir, "Where the built translations are", "DIR" },
  { "import", 0, 0, G_OPTION_ARG_FILENAME, &import_path, "Show the import preview of FILE", "FILE" },
  { "export-dialog", 0, 0, G_OPTION_ARG_NONE, &export_dialog, "Show the export dialog", NULL },
  { "first-part", 0, 0, G_OPTION_ARG_NONE, &first_part, "With --page dispatch: the picture as soon as the first figures show", NULL },
  { "carrier", 0, 0, G_OPTION_ARG_INT, &carrier_position, "Open the carrier at this position of the carriers page", "N" },
  { "carriers-view", 0, 0, G_OPTION_ARG_STRING, &carriers_view, "carriers or needs", "VIEW" },
  { "page-view", 0, 0, G_OPTION_ARG_STRING, &page_view, "With --page partners: list or scores; map: map or targets", "VIEW" },
  { "match", 0, 0, G_OPTION_ARG_NONE, &match, "With --open: show the carrier search for the project", NULL },
  { "bulletin", 0, 0, G_OPTION_ARG_FILENAME, &bulletin_path, "Also write the dispatch page's bulletin to FILE (PDF)", "FILE" },
  { "scroll", 0, 0, G_OPTION_ARG_INT, &scroll, "Scroll the dispatch, today, chain, enterprise or project page down by this many pixels", "PIXELS" },
  { "partner", 0, 0, G_OPTION_ARG_STRING, &partner_name, "Open the partner of this name", "NAME" },
  { "partners-view", 0, 0, G_OPTION_ARG_STRING, &partners_view, "list or scores", "VIEW" },
  { "lead", 0, 0, G_OPTION_ARG_STRING, &lead_name, "Open the lead of this name", "NAME" },
  { "leads-sort", 0, 0, G_OPTION_ARG_STRING, &leads_sort, "Sort the leads table by referrer, deadline or unit", "COLUMN" },
  { "activity", 0, 0, G_OPTION_ARG_STRING, &activity_name, "Open the activity of this name", "NAME" },
  { "period-step", 0, 0, G_OPTION_ARG_INT, &period_step, "Activities: periods before (<0) or after now", "N" },
  { "period", 0, 0, G_OPTION_ARG_STRING, &period, "Activities: month, quarter or year", "KIND" },
  { "map-view", 0, 0, G_OPTION_ARG_STRING, &map_view, "map or targets", "VIEW" },
  { "chain", 0, 0, G_OPTION_ARG_STRING, &chain_name, "Open the page of the chain with this name", "NAME" },
  { "enterprise", 0, 0, G_OPTION_ARG_STRING, &enterprise_name, "Open the page of the enterprise with this name", "NAME" },
  { "import-catalogue", 0, 0, G_OPTION_ARG_FILENAME, &catalogue_path, "Show the catalogue import preview of FILE", "FILE" },
  { "trash", 0, 0, G_OPTION_ARG_INT, &trash_count, "First move the first N projects to the trash", "N" },
  { "import-sheet", 0, 0, G_OPTION_ARG_FILENAME, &sheet_path, "Show the spreadsheet import preview of FILE", "FILE" },
  { "sheet-column", 0, 0, G_OPTION_ARG_STRING, &sheet_column, "With --import-sheet: map the column HEADER to KEY first", "HEADER=KEY" },
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

/* The first scrolled window under @root that is on screen. */
static GtkWidget *
find_mapped_scroller (GtkWidget *root)
{
  if (GTK_IS_SCROLLED_WINDOW (root) && gtk_widget_get_mapped (root))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_mapped_scroller (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The one record of @type named @name, or NULL after saying so. */
static gpointer
find_named (ZsStore    *store,
            GType       type,
            guint       field,
            const char *name)
{
  g_autoptr(ZsQuery) query = zs_query_new (type);
  g_autoptr(GArray) ids = NULL;

  zs_query_add_string (query, field, ZS_QUERY_EQ, name);
  ids = zs_store_query (store, query, NULL);
  if (ids == NULL || ids->len == 0)
    {
      g_printerr ("no %s named “%s”\n", g_type_name (type), name);
      return NULL;
    }
  return zs_store_load (store, type, g_array_index (ids, gint64, 0), NULL);
}

/* A county bureau as it would set itself up, once per database. */
static void
fill_setup_sample (ZsStore *store)
{
  static const char * const towns[] = { "奎聚街道", "都昌街道", "围子街道", "柳疃镇", "龙池镇", "下营镇" };
  static const char * const people[][4] = {
    { "王海燕", "0", "招商专员", "0536-7212345" },
    { "刘建国", "3", "副镇长", "0536-7236018" },
    { "陈晓东", "1", "经济发展办主任", "0536-7211562" },
  };
  g_autoptr(GPtrArray) defaults = NULL;
  g_autoptr(GPtrArray) units = NULL;
  g_autofree char *done = zs_store_get_setting (store, "setup-sample");
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int year = g_date_time_get_year (now);

  if (done != NULL)
    return;
  defaults = zs_units_list (store, FALSE, NULL);
  for (guint i = 0; i < defaults->len; i++)
    {
      gboolean retired;

      if (i > 0)
        zs_units_remove (store, g_ptr_array_index (defaults, i), &retired, NULL);
    }
  for (guint i = 0; i < G_N_ELEMENTS (towns); i++)
    g_clear_object (&(ZsUnit *){ zs_units_add (store, towns[i], ZS_UNIT_TOWN, NULL) });
  units = zs_units_list (store, FALSE, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    {
      ZsRecord *unit = g_ptr_array_index (units, 1 + (guint) atoi (people[i][1]));

      g_clear_object (&(ZsPerson *){ zs_people_add (store, people[i][0], zs_record_get_id (unit), people[i][2], people[i][3], NULL) });
    }
  for (guint i = 0; i < units->len; i++)
    {
      gint64 id = zs_record_get_id (g_ptr_array_index (units, i));

      zs_annual_targets_set (store, id, year, ZS_TARGET_LEADS, 20 + 4 * (gint64) i, NULL);
      zs_annual_targets_set (store, id, year, ZS_TARGET_SIGNED_COUNT, 6 + (gint64) i, NULL);
      zs_annual_targets_set (store, id, year, ZS_TARGET_SIGNED_INVESTMENT, (150000 - 10000 * (gint64) i) * ZS_AMOUNT_SCALE, NULL);
      zs_annual_targets_set (store, id, year, ZS_TARGET_STARTED_COUNT, 3 + (gint64) i / 2, NULL);
      zs_annual_targets_set (store, id, year, ZS_TARGET_FUNDS_IN_PLACE, (80000 - 5000 * (gint64) i) * ZS_AMOUNT_SCALE, NULL);
    }
  zs_store_set_setting (store, ZS_SETTING_OFFICE_NAME, "昌邑市投资促进服务中心", NULL);
  zs_store_set_setting (store, "setup-sample", "true", NULL);
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
  ZsBoardPage *board;
  GtkWidget *dialog = NULL;

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
  zs_test_load_styles ();

  store = zs_database_open (db_path, &error);
  if (store == NULL || (demo && zs_database_is_empty (store) && !zs_database_load_demo (store, &error)))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  if (trash_count > 0)
    {
      g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_PROJECT);
      g_autoptr(GArray) ids = zs_store_query (store, query, NULL);

      for (guint i = 0; ids != NULL && i < ids->len && i < (guint) trash_count; i++)
        {
          g_autoptr(ZsRecord) project = zs_store_load (store, ZS_TYPE_PROJECT, g_array_index (ids, gint64, i), NULL);

          if (project == NULL || zs_store_trash (store, project, &error) == 0)
            {
              g_printerr ("%s\n", error ? error->message : "no project");
              return 1;
            }
        }
    }
  if (setup_sample)
    fill_setup_sample (store);

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

  board = ZS_BOARD_PAGE (zs_test_find_widget (GTK_WIDGET (window), ZS_TYPE_BOARD_PAGE));
  if (search != NULL)
    zs_board_page_set_search (board, search);
  if (view != NULL)
    zs_board_page_show_view (board, view);

  if (open_position >= 0)
    {
      GListModel *model = zs_ledger_get_model (zs_board_page_get_ledger (board));
      g_autoptr(ZsProject) project = NULL;

      settle ();
      project = g_list_model_get_item (model, (guint) open_position);
      if (project == NULL)
        {
          g_printerr ("no project at position %d\n", open_position);
          return 1;
        }
      if (move_to != NULL)
        {
          int stage;

          if (!zs_enum_from_nick (ZS_TYPE_STAGE, move_to, &stage))
            {
              g_printerr ("no stage “%s”\n", move_to);
              return 1;
            }
          dialog = zs_board_page_move_project (board, project, stage);
        }
      else if (match)
        {
          dialog = GTK_WIDGET (zs_carrier_match_dialog_new (GTK_WINDOW (window), store, project,
                                                            zs_page_get_today (ZS_PAGE (board))));
          gtk_window_present (GTK_WINDOW (dialog));
        }
      else
        {
          g_signal_emit_by_name (board, "project-activated", project);
          if (funds_amount != NULL)
            {
              GtkWidget *editor = zs_test_find_widget (GTK_WIDGET (window), g_type_from_name ("ZsProjectEditor"));
              GListModel *toplevels = gtk_window_get_toplevels ();

              settle ();
              gtk_widget_activate_action (editor, "editor.add-funds", NULL);
              settle ();
              for (guint i = 0; dialog == NULL && i < g_list_model_get_n_items (toplevels); i++)
                {
                  g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

                  if (ZS_IS_RECORD_DIALOG (toplevel))
                    dialog = GTK_WIDGET (toplevel);
                }
              zs_record_editor_enter_text (zs_record_dialog_get_editor (ZS_RECORD_DIALOG (dialog)),
                                           ZS_FUNDS_ENTRY_AMOUNT, funds_amount);
              g_signal_emit_by_name (zs_test_find_button (dialog, _("_Done")), "clicked");
            }
          if (attach_paths != NULL)
            {
              GtkWidget *editor = zs_test_find_widget (GTK_WIDGET (window), g_type_from_name ("ZsProjectEditor"));
              ZsAttachmentList *list = ZS_ATTACHMENT_LIST (zs_test_find_page_attachments (editor));
              GSList *files = NULL;
              double y = 0;

              /* A clerk of the demo bureau adds them, not the login name. */
              zs_store_set_actor (store, "吴海燕");
              for (guint i = 0; attach_paths[i] != NULL; i++)
                files = g_slist_append (files, g_file_new_for_commandline_arg (attach_paths[i]));
              zs_attachment_list_add_files (list, files);
              g_slist_free_full (files, g_object_unref);
              while (zs_attachment_list_is_busy (list))
                g_main_context_iteration (NULL, TRUE);
              /* Until the toasts saying so have gone. */
              {
                gint64 until = g_get_monotonic_time () + 6 * G_USEC_PER_SEC;

                while (g_get_monotonic_time () < until)
                  g_main_context_iteration (NULL, FALSE), g_usleep (20000);
              }
              settle ();
              /* The section near the top of the window, unless told otherwise. */
              if (scroll == 0 && gtk_widget_translate_coordinates (GTK_WIDGET (list), editor, 0, 0, NULL, &y))
                scroll = MAX (1, (int) y - 160);
            }
          if (scroll > 0)
            {
              GtkWidget *editor = zs_test_find_widget (GTK_WIDGET (window), g_type_from_name ("ZsProjectEditor"));
              GtkWidget *scroller = zs_test_find_widget (editor, GTK_TYPE_SCROLLED_WINDOW);

              settle ();
              gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller)), scroll);
            }
        }
    }

  if (page_view != NULL && g_strcmp0 (page, "partners") == 0)
    zs_partners_page_show_view (ZS_PARTNERS_PAGE (zs_test_find_widget (GTK_WIDGET (window), ZS_TYPE_PARTNERS_PAGE)),
                                page_view);
  else if (page_view != NULL && g_strcmp0 (page, "map") == 0)
    zs_map_page_show_view (ZS_MAP_PAGE (zs_test_find_widget (GTK_WIDGET (window), ZS_TYPE_MAP_PAGE)), page_view);

  if (g_strcmp0 (page, "carriers") == 0)
    {
      ZsCarriersPage *carriers = ZS_CARRIERS_PAGE (zs_test_find_widget (GTK_WIDGET (window), ZS_TYPE_CARRIERS_PAGE));

      if (carriers_view != NULL)
        zs_carriers_page_show_view (carriers, carriers_view);
      if (carrier_position >= 0)
        {
          g_autoptr(GObject) carrier = g_list_model_get_item (zs_carriers_page_get_carriers (carriers), (guint) carrier_position);
          GtkWidget *editor;

          if (carrier == NULL)
            {
              g_printerr ("no carrier at position %d\n", carrier_position);
              return 1;
            }
          editor = zs_carrier_editor_new (zs_window_get_context (window), ZS_CARRIER (carrier));
          zs_window_show_subpage (window, editor, zs_record_get_title (ZS_RECORD (carrier)));
        }
    }

  if (g_strcmp0 (page, "dispatch") == 0)
    {
      ZsDispatchPage *dispatch = ZS_DISPATCH_PAGE (zs_test_find_widget (GTK_WIDGET (window), ZS_TYPE_DISPATCH_PAGE));

      /* The figures are worked out in a thread, the tiles first. */
      while (first_part ? !zs_dispatch_page_has_figures (dispatch) : zs_dispatch_page_is_busy (dispatch))
        g_main_context_iteration (NULL, TRUE);
      if (bulletin_path != NULL && !zs_dispatch_page_export_pdf (dispatch, bulletin_path, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      if (scroll > 0)
        {
          /* The page's own scrolling: the last child of its top box. */
          GtkWidget *scroller = gtk_widget_get_last_child (gtk_widget_get_first_child (GTK_WIDGET (dispatch)));

          settle ();
          gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller)), scroll);
        }
    }

  if (g_strcmp0 (page, "today") == 0 && scroll > 0)
    {
      GtkWidget *today = zs_test_find_widget (GTK_WIDGET (window), ZS_TYPE_TODAY_PAGE);
      GtkWidget *scroller;

      /* The list comes from a thread; its rows when the page is shown. */
      while (zs_today_page_is_loading (ZS_TODAY_PAGE (today)))
        g_main_context_iteration (NULL, TRUE);
      settle ();
      /* The list's, not the empty state's (an AdwStatusPage scrolls too). */
      scroller = find_mapped_scroller (today);
      if (scroller != NULL)
        gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller)), scroll);
    }

  if (partners_view != NULL)
    {
      ZsPartnersPage *partners = ZS_PARTNERS_PAGE (zs_test_find_widget (GTK_WIDGET (window), ZS_TYPE_PARTNERS_PAGE));

      zs_partners_page_show_view (partners, partners_view);
    }
  if (period != NULL || period_step != 0)
    {
      ZsActivitiesPage *activities = ZS_ACTIVITIES_PAGE (zs_test_find_widget (GTK_WIDGET (window), ZS_TYPE_ACTIVITIES_PAGE));
      g_autofree char *today = zs_date_today ();
      int kind = ZS_PERIOD_QUARTER;

      if (period != NULL && !zs_enum_from_nick (ZS_TYPE_PERIOD_KIND, period, &kind))
        {
          g_printerr ("no period “%s”\n", period);
          return 1;
        }
      zs_activities_page_set_period (activities, kind, today);
      zs_activities_page_step (activities, period_step);
    }
  if (partner_name != NULL)
    {
      ZsPartnersPage *partners = ZS_PARTNERS_PAGE (zs_test_find_widget (GTK_WIDGET (window), ZS_TYPE_PARTNERS_PAGE));
      g_autoptr(ZsPartner) partner = find_named (store, ZS_TYPE_PARTNER, ZS_PARTNER_NAME, partner_name);

      if (partner == NULL)
        return 1;
      zs_partners_page_open_partner (partners, partner);
    }
  if (leads_sort != NULL)
    {
      static const char * const names[] = { "referrer", "deadline", "unit" };
      static const ZsLeadsColumn columns[] = { ZS_LEADS_COLUMN_REFERRER, ZS_LEADS_COLUMN_DEADLINE, ZS_LEADS_COLUMN_UNIT };
      ZsLeadsPage *leads = ZS_LEADS_PAGE (zs_test_find_widget (GTK_WIDGET (window), ZS_TYPE_LEADS_PAGE));
      guint i = 0;

      while (i < G_N_ELEMENTS (names) && g_strcmp0 (leads_sort, names[i]) != 0)
        i++;
      if (i == G_N_ELEMENTS (names))
        {
          g_printerr ("--leads-sort: no column “%s”; use referrer, deadline or unit\n", leads_sort);
          return 1;
        }
      zs_leads_page_sort_by (leads, columns[i], FALSE);
    }
  if (lead_name != NULL)
    {
      ZsLeadsPage *leads = ZS_LEADS_PAGE (zs_test_find_widget (GTK_WIDGET (window), ZS_TYPE_LEADS_PAGE));
      g_autoptr(ZsLead) lead = find_named (store, ZS_TYPE_LEAD, ZS_LEAD_NAME, lead_name);

      if (lead == NULL)
        return 1;
      zs_leads_page_open_lead (leads, lead);
    }
  if (activity_name != NULL)
    {
      ZsActivitiesPage *activities = ZS_ACTIVITIES_PAGE (zs_test_find_widget (GTK_WIDGET (window), ZS_TYPE_ACTIVITIES_PAGE));
      g_autoptr(ZsActivity) activity = find_named (store, ZS_TYPE_ACTIVITY, ZS_ACTIVITY_NAME, activity_name);

      if (activity == NULL)
        return 1;
      zs_activities_page_open_activity (activities, activity);
    }
  if (map_view != NULL)
    zs_map_page_show_view (ZS_MAP_PAGE (zs_test_find_widget (GTK_WIDGET (window), ZS_TYPE_MAP_PAGE)), map_view);
  if (chain_name != NULL || enterprise_name != NULL)
    {
      g_autoptr(ZsRecord) record = chain_name != NULL
                                   ? find_named (store, ZS_TYPE_CHAIN, ZS_CHAIN_NAME, chain_name)
                                   : find_named (store, ZS_TYPE_ENTERPRISE, ZS_ENTERPRISE_NAME, enterprise_name);

      if (record == NULL)
        {
          g_printerr ("no chain or enterprise “%s”\n", chain_name != NULL ? chain_name : enterprise_name);
          return 1;
        }
      settle ();
      zs_window_open_record (window, record);
      settle ();
      if (scroll > 0)
        {
          GtkWidget *shown = zs_test_find_widget (GTK_WIDGET (window),
                                                 chain_name != NULL ? g_type_from_name ("ZsChainPage")
                                                                    : g_type_from_name ("ZsEnterprisePage"));
          GtkWidget *scroller = zs_test_find_widget (shown, GTK_TYPE_SCROLLED_WINDOW);

          gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller)), scroll);
        }
    }

  if (checklists)
    {
      dialog = zs_checklist_dialog_new (GTK_WINDOW (window), store, zs_board_page_get_filter (board),
                                        zs_page_get_today (ZS_PAGE (board)));
      gtk_window_present (GTK_WINDOW (dialog));
    }
  if (setup_step != NULL)
    {
      ZsSetupAssistant *assistant = ZS_SETUP_ASSISTANT (zs_test_find_widget (GTK_WIDGET (window), ZS_TYPE_SETUP_ASSISTANT));

      for (int i = 0; i < 6 && g_strcmp0 (zs_setup_assistant_get_step (assistant), setup_step) != 0; i++)
        if (g_strcmp0 (zs_setup_assistant_get_step (assistant), "staff") == 0)
          zs_setup_assistant_next (assistant);  /* Skip passes over "me" */
        else
          zs_setup_assistant_skip (assistant);
    }
  if (bureau_page != NULL)
    {
      dialog = zs_bureau_window_new (GTK_WINDOW (window), zs_window_get_context (window), bureau_page);
      gtk_window_set_default_size (GTK_WINDOW (dialog), 1100, 720);
      gtk_window_present (GTK_WINDOW (dialog));
    }
  if (preferences)
    {
      dialog = zs_preferences_window_new (GTK_WINDOW (window), store);
      gtk_window_present (GTK_WINDOW (dialog));
    }
  if (history)
    {
      dialog = zs_history_window_new (GTK_WINDOW (window), store);
      gtk_window_set_default_size (GTK_WINDOW (dialog), 1000, 680);
      gtk_window_present (GTK_WINDOW (dialog));
    }

  settle ();
  if (sheet_path != NULL)
    {
      ZsSheetImportDialog *sheet_dialog = zs_window_import_sheet (window, sheet_path, NULL);

      gtk_window_set_default_size (GTK_WINDOW (sheet_dialog), 760, 1000);
      while (g_strcmp0 (zs_sheet_import_dialog_get_state (sheet_dialog), "working") == 0)
        g_main_context_iteration (NULL, TRUE);
      if (sheet_column != NULL && strchr (sheet_column, '=') != NULL)
        {
          g_auto(GStrv) parts = g_strsplit (sheet_column, "=", 2);
          ZsSheetImport *import = zs_sheet_import_dialog_get_import (sheet_dialog);
          const char * const *keys = import != NULL ? zs_sheet_import_field_keys (zs_sheet_import_get_table (import))
                                                    : NULL;

          int column = -1, field = -1;

          for (guint i = 0; import != NULL && i < zs_sheet_import_get_n_headers (import); i++)
            if (g_str_equal (zs_sheet_import_get_header (import, i), parts[0]))
              column = (int) i;
          for (guint k = 0; keys != NULL && keys[k] != NULL; k++)
            if (g_str_equal (keys[k], parts[1]))
              field = (int) k;
          /* Choosing reads the sheet again: @import is gone after it. */
          if (column >= 0 && field >= 0)
            gtk_drop_down_set_selected (zs_sheet_import_dialog_get_column_choice (sheet_dialog, (guint) column),
                                        (guint) field + 1);
          while (g_strcmp0 (zs_sheet_import_dialog_get_state (sheet_dialog), "working") == 0)
            g_main_context_iteration (NULL, TRUE);
        }
      settle ();
      if (!save_png (GTK_WIDGET (sheet_dialog), argv[1]))
        {
          g_printerr ("cannot write %s\n", argv[1]);
          return 1;
        }
      return 0;
    }
  if (import_path != NULL || catalogue_path != NULL || export_dialog)
    {
      g_autoptr(GFile) file = import_path != NULL ? g_file_new_for_commandline_arg (import_path)
                            : catalogue_path != NULL ? g_file_new_for_commandline_arg (catalogue_path) : NULL;
      GtkWidget *exchange = import_path != NULL ? GTK_WIDGET (zs_window_import_file (window, file))
                          : catalogue_path != NULL ? GTK_WIDGET (zs_window_import_catalogue_file (window, file))
                          : GTK_WIDGET (zs_window_export_projects (window, NULL, NULL));

      while (!gtk_widget_get_mapped (exchange))
        g_main_context_iteration (NULL, TRUE);
      while (file != NULL && g_strcmp0 (zs_import_dialog_get_state (ZS_IMPORT_DIALOG (exchange)), "working") == 0)
        g_main_context_iteration (NULL, TRUE);
      settle ();
      if (!save_png (exchange, argv[1]))
        {
          g_printerr ("cannot write %s\n", argv[1]);
          return 1;
        }
      return 0;
    }
  if (!save_png (dialog != NULL ? dialog : GTK_WIDGET (window), argv[1]))
    {
      g_printerr ("cannot write %s\n", argv[1]);
      return 1;
    }
  return 0;
}
