/* test-ui-board-tables.c — the board's 项目台账 and 清单 under Xvfb: the
 * ledger's foreign-capital columns and the checklists' periods
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "zs-board-page.h"
#include "zs-checklist-dialog.h"
#include "zs-ledger.h"
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

int
main (int   argc,
      char *argv[])
{
  zs_test_ui_init (&argc, &argv);

  g_test_add_func ("/ui/board/ledger-foreign-capital", test_ledger_foreign_capital);
  g_test_add_func ("/ui/board/checklist-periods", test_checklist_periods);

  return g_test_run ();
}
