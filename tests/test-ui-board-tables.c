/* test-ui-board-tables.c — the board's 项目台账 and 清单 under Xvfb: the
 * ledger's foreign-capital columns and the checklists' periods; which of
 * the board's columns fold
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "zs-board-page.h"
#include "zs-carriers-page.h"
#include "zs-checklist-dialog.h"
#include "zs-ledger.h"
#include "zs-map-page.h"
#include "zs-partners-page.h"
#include "zs-setup-assistant.h"
#include "zs-table-grid.h"
#include "zs-test-ui-util.h"
#include "zs-test-util.h"
#include "zs-window.h"

static ZsStore *
open_demo (void)
{
  return zs_test_open_demo ("ui-board-tables");
}

static ZsWindow *
open_window (ZsStore *store)
{
  return zs_test_open_window (store, 1400, 900);
}

static void
close_window (GtkWindow *window)
{
  zs_test_close_window (ZS_WINDOW (window));
}

static ZsBoardPage *
board (ZsWindow *window)
{
  return ZS_BOARD_PAGE (zs_test_find_page (window, ZS_TYPE_BOARD_PAGE));
}

/* The cell under @header of the row whose first cell is @name, or NULL. */
static const char *
grid_cell (const ZsSheetGrid *grid,
           const char        *header,
           const char        *name)
{
  int column = -1;

  for (guint c = 0; c < zs_sheet_grid_get_n_columns (grid); c++)
    if (g_strcmp0 (zs_sheet_grid_get_column (grid, c)->header, header) == 0)
      column = (int) c;
  if (column < 0)
    return NULL;
  for (guint r = 0; r < zs_sheet_grid_get_n_rows (grid); r++)
    if (g_strcmp0 (zs_sheet_grid_get_cell (grid, r, 0)->text, name) == 0)
      return zs_sheet_grid_get_cell (grid, r, (guint) column)->text;
  return NULL;
}

/* Foreign capital in 万美元 has its own ledger columns, as the project
 * page, dispatch and the bulletin show it. */
static void
test_ledger_foreign_capital (void)
{
  g_autoptr(ZsStore) store = open_demo ();
  g_autoptr(ZsProject) project = zs_project_new ();
  ZsWindow *window = NULL;
  ZsLedger *ledger;
  g_autoptr(ZsSheetGrid) grid = NULL;

  zs_record_set_string (ZS_RECORD (project), ZS_PROJECT_NAME, "中德合资精密轴承项目");
  zs_record_set_int (ZS_RECORD (project), ZS_PROJECT_CONTRACTED_FOREIGN_CAPITAL, 120050);
  zs_record_set_int (ZS_RECORD (project), ZS_PROJECT_FOREIGN_CAPITAL_USED, 3000025);
  g_assert_true (zs_store_save (store, ZS_RECORD (project), NULL));

  window = open_window (store);
  ledger = zs_board_page_get_ledger (board (window));
  zs_board_page_show_view (board (window), "ledger");
  zs_test_drain_events ();
  zs_ledger_sort_by (ledger, ZS_PROJECT_CONTRACTED_FOREIGN_CAPITAL, TRUE);
  zs_test_drain_events ();

  grid = zs_table_grid_from_view (GTK_COLUMN_VIEW (zs_test_find_widget (GTK_WIDGET (ledger), GTK_TYPE_COLUMN_VIEW)),
                                  "ledger");
  g_assert_cmpstr (grid_cell (grid, _("Contracted foreign capital (10,000 US dollars)"), "中德合资精密轴承项目"), ==,
                   "1,200.5");
  g_assert_cmpstr (grid_cell (grid, _("Foreign capital used (10,000 US dollars)"), "中德合资精密轴承项目"), ==,
                   "30,000.25");

  close_window (GTK_WINDOW (window));
}

/* Run as ui-board-tables-zh_CN, every word on screen must be Chinese. */
static gboolean
in_chinese (void)
{
  return g_str_has_prefix (g_getenv ("LANGUAGE") != NULL ? g_getenv ("LANGUAGE") : "", "zh");
}

/* The status page under @ledger when it shows (the table does not), or NULL. */
static AdwStatusPage *
shown_empty_page (ZsLedger *ledger)
{
  GtkWidget *page = zs_test_find_widget (GTK_WIDGET (ledger), ADW_TYPE_STATUS_PAGE);
  GtkWidget *view = zs_test_find_widget (GTK_WIDGET (ledger), GTK_TYPE_COLUMN_VIEW);

  g_assert_nonnull (page);
  g_assert_true (gtk_widget_get_mapped (page) != gtk_widget_get_mapped (view));
  return gtk_widget_get_mapped (page) ? ADW_STATUS_PAGE (page) : NULL;
}

/* A search that finds nothing says so in the ledger, not an empty grid;
 * a bureau with no project yet is told how to add or import them. */
static void
test_ledger_empty_states (void)
{
  g_autoptr(ZsStore) store = open_demo ();
  g_autoptr(ZsStore) empty = zs_test_open_seeded ("ui-board-tables-empty");
  ZsWindow *window = open_window (store);
  ZsBoardPage *page = board (window);
  ZsLedger *ledger = zs_board_page_get_ledger (page);
  AdwStatusPage *status;
  g_autofree char *none = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u project", "%u projects", 0), 0);

  zs_board_page_show_view (page, "ledger");
  zs_test_drain_events ();
  g_assert_null (shown_empty_page (ledger));

  zs_board_page_set_search (page, "没有这个项目");
  zs_test_drain_events ();
  status = shown_empty_page (ledger);
  g_assert_nonnull (status);
  g_assert_cmpstr (adw_status_page_get_title (status), ==, _("No Projects Here"));
  g_assert_cmpstr (adw_status_page_get_description (status), ==,
                   _("No project matches the search and filters. Clear them to see every project."));
  g_assert_nonnull (strstr (zs_ledger_get_totals (ledger), none));
  if (in_chinese ())
    zs_test_assert_chinese (GTK_WIDGET (ledger), "the ledger with nothing found");
  zs_test_save_screenshot (GTK_WIDGET (window), "ledger-nothing-found.png");

  /* Cleared: the table again, every project in it. */
  zs_board_page_set_search (page, "");
  zs_test_drain_events ();
  g_assert_null (shown_empty_page (ledger));
  g_assert_cmpuint (g_list_model_get_n_items (zs_ledger_get_model (ledger)), ==,
                    zs_store_count_all (store, ZS_TYPE_PROJECT, NULL));
  close_window (GTK_WINDOW (window));

  /* A new bureau's database, its setup skipped: no project at all. */
  window = open_window (empty);
  for (int i = 0; i < 4; i++)
    zs_setup_assistant_skip (ZS_SETUP_ASSISTANT (zs_test_find_widget (GTK_WIDGET (window), ZS_TYPE_SETUP_ASSISTANT)));
  zs_test_drain_events ();
  page = board (window);
  ledger = zs_board_page_get_ledger (page);
  zs_board_page_show_view (page, "ledger");
  zs_test_drain_events ();
  status = shown_empty_page (ledger);
  g_assert_nonnull (status);
  g_assert_cmpstr (adw_status_page_get_description (status), ==,
                   _("Add the bureau’s projects with the + button, or import its spreadsheet "
                     "(Export ▸ Import Spreadsheet…)."));
  if (in_chinese ())
    zs_test_assert_chinese (GTK_WIDGET (ledger), "the ledger of a new bureau");
  zs_test_save_screenshot (GTK_WIDGET (window), "ledger-new-bureau.png");
  close_window (GTK_WINDOW (window));
}

/* 清单 offers the periods before (上季度 …) and a chosen range, as the
 * dispatch page does; its menu names the kind, never "本季度" while
 * another quarter shows. The lists follow. */
static void
test_checklist_periods (void)
{
  g_autoptr(ZsStore) store = open_demo ();
  ZsWindow *window = open_window (store);
  ZsBoardPage *page = board (window);
  const char *today = zs_page_get_today (ZS_PAGE (page));
  GtkWidget *dialog = zs_checklist_dialog_new (GTK_WINDOW (window), store, zs_board_page_get_filter (page), today);
  ZsPeriodPicker *picker = zs_checklist_dialog_get_period_picker (ZS_CHECKLIST_DIALOG (dialog));
  g_autofree char *before = zs_period_step (ZS_PERIOD_QUARTER, today, -1);
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;

  gtk_window_present (GTK_WINDOW (dialog));
  zs_test_wait_until_mapped (dialog);
  zs_checklist_dialog_set_period (ZS_CHECKLIST_DIALOG (dialog), ZS_PERIOD_QUARTER);
  g_assert_nonnull (strstr (zs_period_picker_get_label (picker), zs_period_kind_get_label (ZS_PERIOD_QUARTER)));
  g_assert_cmpstr (zs_period_picker_get_menu_text (picker), ==, _("Quarter"));

  /* The quarter before, as Alt+Page Up or the ◀ button gives it. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "checklist.previous", NULL);
  zs_test_drain_events ();
  g_assert_true (zs_period_bounds (ZS_PERIOD_QUARTER, before, &first, &last));
  g_assert_cmpstr (zs_period_picker_get_first (picker), ==, first);
  g_assert_cmpstr (zs_period_picker_get_last (picker), ==, last);
  g_assert_null (strstr (zs_period_picker_get_label (picker), zs_period_kind_get_label (ZS_PERIOD_QUARTER)));
  g_assert_nonnull (strstr (zs_period_picker_get_label (picker), _("last quarter")));
  g_assert_cmpstr (zs_period_picker_get_menu_text (picker), !=, zs_period_kind_get_label (ZS_PERIOD_QUARTER));
  {
    g_autoptr(ZsQuery) query = zs_checklist_query (ZS_STAGE_SIGNED, first, last, NULL);

    g_assert_cmpint (g_list_model_get_n_items (zs_checklist_dialog_get_list (ZS_CHECKLIST_DIALOG (dialog), ZS_STAGE_SIGNED)),
                     ==, zs_store_count (store, query, NULL));
  }

  /* A chosen range; wrong days are said and change nothing. */
  g_assert_true (zs_period_picker_set_period (picker, ZS_PERIOD_PICKER_CUSTOM, "2020-01-01", today));
  {
    g_autoptr(ZsQuery) query = zs_checklist_query (ZS_STAGE_STARTED, "2020-01-01", today, NULL);

    g_assert_cmpint (g_list_model_get_n_items (zs_checklist_dialog_get_list (ZS_CHECKLIST_DIALOG (dialog), ZS_STAGE_STARTED)),
                     ==, zs_store_count (store, query, NULL));
    g_assert_cmpint (zs_store_count (store, query, NULL), >, 0);
  }
  g_assert_false (zs_period_picker_set_period (picker, ZS_PERIOD_PICKER_CUSTOM, "2026-02-30", "2026-03-31"));
  g_assert_nonnull (strstr (zs_checklist_dialog_get_range (ZS_CHECKLIST_DIALOG (dialog)), "2026-02-30"));
  g_assert_cmpstr (zs_period_picker_get_first (picker), ==, "2020-01-01");

  gtk_window_destroy (GTK_WINDOW (dialog));
  close_window (GTK_WINDOW (window));
}

/* Switching the board to the ledger, or the window to another page, lets
 * go of what was shown at once. A crossfade drew both views for its 200 ms:
 * at 100,000 projects under the software renderer each of its frames drew
 * the board's cards and the ledger's cells into two window-sized
 * off-screen images, some 9 MB at the memory's peak and 100 ms of CPU
 * before the dispatch page's figures were on screen. A view stack of
 * libadwaita (AdwViewStack) does not animate either. */
static void
test_views_switch_at_once (void)
{
  g_autoptr(ZsStore) store = open_demo ();
  ZsWindow *window = open_window (store);
  ZsBoardPage *page = board (window);
  GtkWidget *column = GTK_WIDGET (zs_board_page_get_column (page, ZS_STAGE_SIGNED));
  GtkWidget *ledger = GTK_WIDGET (zs_board_page_get_ledger (page));
  gboolean animations = FALSE;

  /* Without animations no stack would fade, and this test could not fail. */
  g_object_get (gtk_widget_get_settings (GTK_WIDGET (window)), "gtk-enable-animations", &animations, NULL);
  g_assert_true (animations);
  zs_test_drain_events ();
  g_assert_true (gtk_widget_get_mapped (column));

  zs_board_page_show_view (page, "ledger");
  g_assert_true (gtk_widget_get_mapped (ledger));
  g_assert_false (gtk_widget_get_mapped (column));

  zs_board_page_show_view (page, "board");
  zs_test_drain_events ();
  g_assert_true (gtk_widget_get_mapped (column));
  zs_window_show_page (window, "dispatch");
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (page)));
  close_window (GTK_WINDOW (window));
}

/* The GtkStack under @root with a child named @name. */
static GtkStack *
find_stack_with (GtkWidget  *root,
                 const char *name)
{
  if (GTK_IS_STACK (root) && gtk_stack_get_child_by_name (GTK_STACK (root), name) != NULL)
    return GTK_STACK (root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkStack *found = find_stack_with (child, name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* @shown is the stack's one visible child: the others hidden, not only
 * unmapped (GTK keeps the styles of a stack's unmapped children). */
static void
assert_only_shown (GtkWidget  *root,
                   const char *shown)
{
  GtkStack *stack = find_stack_with (root, shown);

  g_assert_nonnull (stack);
  g_assert_true (gtk_stack_get_visible_child (stack) == gtk_stack_get_child_by_name (stack, shown));
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (stack)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *name = gtk_stack_page_get_name (gtk_stack_get_page (stack, child));

      if (gtk_widget_get_visible (child) != g_str_equal (name, shown))
        g_error ("with %s shown, %s is %s", shown, name, gtk_widget_get_visible (child) ? "visible" : "hidden");
    }
}

typedef void (*ShowView) (gpointer    page,
                          const char *view);

/* The window's pages and the pages' views: what is not shown is hidden,
 * so that a style change high in the window does not walk it (each other
 * jump through the leads table took twice as long with the partners page
 * built beside it); shown again, it comes back. */
static void
test_not_shown_is_hidden (void)
{
  const struct {
    const char *page;
    GType     (*type) (void);
    ShowView    show_view;
    const char *views[2];  /* the first shown first */
  } pages[] = {
    { "board", zs_board_page_get_type, (ShowView) zs_board_page_show_view, { "board", "ledger" } },
    { "partners", zs_partners_page_get_type, (ShowView) zs_partners_page_show_view, { "list", "scores" } },
    { "map", zs_map_page_get_type, (ShowView) zs_map_page_show_view, { "map", "targets" } },
    { "carriers", zs_carriers_page_get_type, (ShowView) zs_carriers_page_show_view, { "carriers", "needs" } },
  };
  g_autoptr(ZsStore) store = open_demo ();
  ZsWindow *window = open_window (store);
  GtkWidget *root = GTK_WIDGET (window);

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      GtkWidget *page;

      zs_window_show_page (window, pages[i].page);
      assert_only_shown (root, pages[i].page);
      page = zs_test_find_page (window, pages[i].type ());
      assert_only_shown (page, pages[i].views[0]);
      pages[i].show_view (page, pages[i].views[1]);
      assert_only_shown (page, pages[i].views[1]);
      pages[i].show_view (page, pages[i].views[0]);
      assert_only_shown (page, pages[i].views[0]);
    }
  zs_window_show_page (window, "leads");
  assert_only_shown (root, "leads");
  zs_window_show_page (window, "board");
  assert_only_shown (root, "board");
  zs_test_drain_events ();
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (zs_board_page_get_column (board (window), ZS_STAGE_SIGNED))));
  close_window (GTK_WINDOW (window));
}

/* ---- only 终止 folds ----------------------------------------------------------- */

/* The tooltips of @widget and what it holds, depth first, each followed by "|". */
static void
collect_tooltips (GtkWidget *widget,
                  GString   *tips)
{
  const char *tip = gtk_widget_get_tooltip_text (widget);

  if (tip != NULL)
    g_string_append_printf (tips, "%s|", tip);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    collect_tooltips (child, tips);
}

/* 终止 alone folds, starts folded and says how to fold and show it; the
 * other columns carry no tooltips of their own: GTK 4.8 asks the X server
 * where the pointer is for each one set, before the first frame. */
static void
test_only_terminated_folds (void)
{
  g_autoptr(ZsStore) store = open_demo ();
  ZsWindow *window = open_window (store);

  for (ZsStage stage = ZS_STAGE_LEAD; stage <= ZS_STAGE_TERMINATED; stage++)
    {
      ZsBoardColumn *column = zs_board_page_get_column (board (window), stage);
      g_autoptr(GString) tips = g_string_new (NULL);

      collect_tooltips (GTK_WIDGET (column), tips);
      g_assert_true (zs_board_column_get_folded (column) == (stage == ZS_STAGE_TERMINATED));
      if (stage == ZS_STAGE_TERMINATED)
        {
          g_autofree char *show = g_strdup_printf (_("Show %s"), zs_stage_get_label (stage));
          g_autofree char *expected = g_strdup_printf ("%s|%s|", _("Fold Column"), show);

          g_assert_cmpstr (tips->str, ==, expected);
        }
      else
        g_assert_cmpstr (tips->str, ==, "");
    }
  close_window (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  zs_test_ui_init (&argc, &argv);

  g_test_add_func ("/ui/board/ledger-foreign-capital", test_ledger_foreign_capital);
  g_test_add_func ("/ui/board/ledger-empty-states", test_ledger_empty_states);
  g_test_add_func ("/ui/board/checklist-periods", test_checklist_periods);
  g_test_add_func ("/ui/board/views-switch-at-once", test_views_switch_at_once);
  g_test_add_func ("/ui/window/not-shown-is-hidden", test_not_shown_is_hidden);
  g_test_add_func ("/ui/board/only-terminated-folds", test_only_terminated_folds);

  return g_test_run ();
}
