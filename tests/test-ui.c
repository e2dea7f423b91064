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

#include "zs-board-page.h"
#include "zs-checklist-dialog.h"
#include "zs-preferences-window.h"
#include "zs-project-card.h"
#include "zs-project-editor.h"
#include "zs-project-row.h"
#include "zs-record-dialog.h"
#include "zs-stage-dialog.h"
#include "zs-test-ui-util.h"
#include "zs-test-util.h"
#include "zs-window.h"
#include "zs-exchange.h"
#include "zs-ledger.h"
#include "zs-sheet.h"


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

static ZsStore *
open_demo (void)
{
  return zs_test_open_demo ("ui-demo");
}

static ZsBoardPage *
board (ZsWindow *window)
{
  return ZS_BOARD_PAGE (zs_test_find_page (window, ZS_TYPE_BOARD_PAGE));
}

static const char *
visible_main_view (ZsWindow *window)
{
  GtkStack *stack = GTK_STACK (zs_test_find_widget (GTK_WIDGET (window), GTK_TYPE_STACK));

  return gtk_stack_get_visible_child_name (stack);
}

static gint64
stage_count (ZsStore *store,
             ZsStage  stage,
             gint64  *sum)
{
  g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_PROJECT);

  zs_query_add_int (query, ZS_PROJECT_STAGE, ZS_QUERY_EQ, stage);
  if (sum != NULL)
    *sum = zs_store_sum (store, query, ZS_PROJECT_PLANNED_INVESTMENT, NULL);
  return zs_store_count (store, query, NULL);
}

static ZsProject *
first_in_column (ZsWindow *window,
                 ZsStage   stage)
{
  GListModel *model = zs_board_column_get_model (zs_board_page_get_column (board (window), stage));

  g_assert_cmpuint (g_list_model_get_n_items (model), >, 0);
  return g_list_model_get_item (model, 0);
}

static ZsProjectEditor *
open_editor (ZsWindow  *window,
             ZsProject *project)
{
  GtkWidget *editor;

  g_signal_emit_by_name (board (window), "project-activated", project);
  zs_test_drain_events ();
  editor = zs_test_find_widget (GTK_WIDGET (window), ZS_TYPE_PROJECT_EDITOR);
  g_assert_nonnull (editor);
  g_assert_true (gtk_widget_get_mapped (editor));
  return ZS_PROJECT_EDITOR (editor);
}

/* ---- the window ------------------------------------------------------------------ */

static void
test_window_opens_on_demo (void)
{
  g_autoptr(ZsStore) store = open_demo ();
  ZsWindow *window = open_window (store);

  g_assert_cmpstr (visible_main_view (window), ==, "workspace");
  g_assert_cmpstr (zs_window_get_page (window), ==, "board");
  {
    int min;

    /* Fits an office PC's 1366-pixel screen next to the sidebar. */
    gtk_widget_measure (GTK_WIDGET (board (window)), GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
    g_assert_cmpint (min, <=, 1000);
  }

  /* Each column shows its stage's projects, with the header's count and total. */
  for (ZsStage stage = ZS_STAGE_LEAD; stage <= ZS_STAGE_TERMINATED; stage++)
    {
      ZsBoardColumn *column = zs_board_page_get_column (board (window), stage);
      gint64 sum;
      gint64 count = stage_count (store, stage, &sum);

      g_assert_cmpint (count, >, 0);
      g_assert_cmpint (g_list_model_get_n_items (zs_board_column_get_model (column)), ==, count);
      g_assert_cmpint (zs_board_column_get_count (column), ==, count);
      g_assert_cmpint (zs_board_column_get_total (column), ==, sum);
    }
  /* 终止 starts folded. */
  g_assert_true (zs_board_column_get_folded (zs_board_page_get_column (board (window), ZS_STAGE_TERMINATED)));
  g_assert_false (zs_board_column_get_folded (zs_board_page_get_column (board (window), ZS_STAGE_SIGNED)));

  close_window (GTK_WINDOW (window));
}

static void
test_every_page_shows (void)
{
  g_autoptr(ZsStore) store = open_demo ();
  ZsWindow *window = open_window (store);
  g_auto(GStrv) pages = zs_window_list_pages (window);
  g_autoptr(ZsProject) first = NULL;
  ZsProjectEditor *editor;

  g_assert_cmpuint (g_strv_length (pages), >=, 1);
  for (guint i = 0; pages[i] != NULL; i++)
    {
      g_test_message ("showing page %s", pages[i]);
      g_assert_true (zs_window_show_page (window, pages[i]));
      zs_test_drain_events ();
      g_assert_cmpstr (zs_window_get_page (window), ==, pages[i]);
    }

  /* The ledger view of the board, then a project's page, then back. */
  zs_window_show_page (window, "board");
  zs_board_page_show_view (board (window), "ledger");
  zs_test_drain_events ();
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (zs_board_page_get_ledger (board (window)))));
  zs_board_page_show_view (board (window), "board");

  first = first_in_column (window, ZS_STAGE_SIGNED);
  editor = open_editor (window, first);
  g_assert_true (zs_project_editor_get_project (editor) == first);
  g_assert_cmpuint (zs_project_editor_get_n_history (editor), >=, 1);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  zs_test_drain_events ();
  g_assert_null (zs_test_find_widget (GTK_WIDGET (window), ZS_TYPE_PROJECT_EDITOR));

  close_window (GTK_WINDOW (window));
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
  zs_test_drain_events ();
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
  zs_test_drain_events ();

  /* The board shows the two new projects. */
  g_assert_cmpint (zs_store_count (store, projects, NULL), ==, before + 2);
  {
    gint64 shown = 0;

    for (ZsStage stage = ZS_STAGE_LEAD; stage <= ZS_STAGE_TERMINATED; stage++)
      shown += zs_board_column_get_count (zs_board_page_get_column (board (window), stage));
    g_assert_cmpint (shown, ==, before + 2);
  }

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
  zs_test_drain_events ();
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
  zs_test_drain_events ();
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  zs_export_dialog_export_to (dialog, path);
  while (dialog != NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_nonnull (strstr (text, "filter=\"红色项目\""));
  g_assert_nonnull (strstr (text, "<grade>red</grade>"));
  g_assert_null (strstr (text, "<grade>green</grade>"));

  gtk_window_destroy (GTK_WINDOW (window));
  zs_test_drain_events ();
}

static void
test_empty_database_offers_demo (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("ui-empty");
  ZsWindow *window = open_window (store);

  g_assert_cmpstr (visible_main_view (window), ==, "welcome");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.load-demo", NULL);
  zs_test_drain_events ();
  g_assert_cmpstr (visible_main_view (window), ==, "workspace");
  g_assert_cmpint (zs_board_column_get_count (zs_board_page_get_column (board (window), ZS_STAGE_SIGNED)), >, 5);

  close_window (GTK_WINDOW (window));
}

/* ---- the board ------------------------------------------------------------------- */

static void
test_filter_applies_to_columns_and_ledger (void)
{
  g_autoptr(ZsStore) store = open_demo ();
  ZsWindow *window = open_window (store);
  ZsBoardPage *page = board (window);
  ZsLedger *ledger = zs_board_page_get_ledger (page);
  g_autoptr(ZsProject) found = NULL;

  zs_board_page_set_search (page, "万盛");
  zs_test_drain_events ();
  for (ZsStage stage = ZS_STAGE_LEAD; stage <= ZS_STAGE_TERMINATED; stage++)
    g_assert_cmpint (zs_board_column_get_count (zs_board_page_get_column (page, stage)), ==,
                     stage == ZS_STAGE_STARTED ? 1 : 0);
  found = first_in_column (window, ZS_STAGE_STARTED);
  g_assert_nonnull (strstr (zs_record_get_title (ZS_RECORD (found)), "万盛"));

  /* The ledger shows the same set, and keeps it when switched to. */
  zs_board_page_show_view (page, "ledger");
  zs_test_drain_events ();
  g_assert_cmpuint (g_list_model_get_n_items (zs_ledger_get_model (ledger)), ==, 1);
  zs_board_page_show_view (page, "board");

  /* Grade and key projects narrow it together. */
  zs_board_page_set_search (page, "");
  g_object_set (zs_board_page_get_filter (page), "grade", ZS_GRADE_RED, NULL);
  zs_test_drain_events ();
  {
    g_autoptr(ZsQuery) red = zs_query_new (ZS_TYPE_PROJECT);
    gint64 shown = 0;

    zs_query_add_int (red, ZS_PROJECT_GRADE, ZS_QUERY_EQ, ZS_GRADE_RED);
    for (ZsStage stage = ZS_STAGE_LEAD; stage <= ZS_STAGE_TERMINATED; stage++)
      shown += zs_board_column_get_count (zs_board_page_get_column (page, stage));
    g_assert_cmpint (shown, ==, zs_store_count (store, red, NULL));
    /* The ledger catches up with the filter when it is shown. */
    zs_board_page_show_view (page, "ledger");
    zs_test_drain_events ();
    g_assert_cmpuint (g_list_model_get_n_items (zs_ledger_get_model (ledger)), ==, shown);
  }

  close_window (GTK_WINDOW (window));
}

/* The ledger's Export writes the rows the filter shows, in a worker thread:
 * the window goes on meanwhile, and the file is the 台账 of those rows. */
static void
test_ledger_export (void)
{
  g_autoptr(ZsStore) store = open_demo ();
  ZsWindow *window = open_window (store);
  ZsBoardPage *page = board (window);
  ZsLedger *ledger = zs_board_page_get_ledger (page);
  g_autofree char *path = zs_test_scratch_path ("台账.xlsx");
  g_autoptr(ZsSheetBook) book = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ZsQuery) red = zs_query_new (ZS_TYPE_PROJECT);
  ZsSheet *sheet;
  gint64 start;
  guint n_red;

  g_object_set (zs_board_page_get_filter (page), "grade", ZS_GRADE_RED, NULL);
  zs_board_page_show_view (page, "ledger");
  zs_test_drain_events ();
  n_red = g_list_model_get_n_items (zs_ledger_get_model (ledger));
  zs_query_add_int (red, ZS_PROJECT_GRADE, ZS_QUERY_EQ, ZS_GRADE_RED);
  g_assert_cmpuint (n_red, ==, zs_store_count (store, red, NULL));
  g_assert_cmpuint (n_red, >, 0);

  /* Off the main thread: the call returns at once, the file comes later. */
  zs_ledger_export_to_file (ledger, path);
  start = g_get_monotonic_time ();
  while (!g_file_test (path, G_FILE_TEST_EXISTS) && g_get_monotonic_time () - start < 30 * G_USEC_PER_SEC)
    g_main_context_iteration (NULL, FALSE);
  zs_test_drain_events ();
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));

  book = zs_sheet_book_read (path, NULL, NULL, &error);
  g_assert_no_error (error);
  sheet = g_ptr_array_index (book->sheets, 0);
  /* Title, issuer, unit, header, the red projects, 合计. */
  g_assert_cmpuint (sheet->rows->len, ==, 4 + n_red + 1);
  g_assert_nonnull (strstr (zs_sheet_row_get (g_ptr_array_index (sheet->rows, 0), 0)->text, "项目台账"));

  close_window (GTK_WINDOW (window));
}

static ZsStageDialog *
find_stage_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);

      if (ZS_IS_STAGE_DIALOG (w))
        return ZS_STAGE_DIALOG (w);
    }
  return NULL;
}

static void
test_move_card_by_drop_and_menu (void)
{
  g_autoptr(ZsStore) store = open_demo ();
  ZsWindow *window = open_window (store);
  ZsBoardPage *page = board (window);
  g_autoptr(ZsProject) project = first_in_column (window, ZS_STAGE_SIGNED);
  ZsRecord *r = ZS_RECORD (project);
  gint64 signed_before = zs_board_column_get_count (zs_board_page_get_column (page, ZS_STAGE_SIGNED));
  gint64 started_before = zs_board_column_get_count (zs_board_page_get_column (page, ZS_STAGE_STARTED));
  g_autoptr(ZsQuery) events = zs_query_new (ZS_TYPE_STAGE_EVENT);
  gint64 events_before;
  ZsStageDialog *dialog;

  zs_query_add_int (events, ZS_STAGE_EVENT_PROJECT_ID, ZS_QUERY_EQ, zs_record_get_id (r));
  events_before = zs_store_count (store, events, NULL);

  /* Dropping the card on 开工 asks for the date, today by default. */
  g_signal_emit_by_name (zs_board_page_get_column (page, ZS_STAGE_STARTED), "project-dropped", zs_record_get_id (r));
  zs_test_drain_events ();
  dialog = find_stage_dialog ();
  g_assert_nonnull (dialog);
  g_assert_null (zs_stage_dialog_get_problem (dialog));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "move");
  zs_test_drain_events ();

  g_assert_cmpint (zs_record_get_enum (r, ZS_PROJECT_STAGE), ==, ZS_STAGE_STARTED);
  g_assert_cmpint (zs_store_count (store, events, NULL), ==, events_before + 1);
  g_assert_cmpint (zs_board_column_get_count (zs_board_page_get_column (page, ZS_STAGE_SIGNED)), ==, signed_before - 1);
  g_assert_cmpint (zs_board_column_get_count (zs_board_page_get_column (page, ZS_STAGE_STARTED)), ==, started_before + 1);

  /* The menu path back to 签约: refused without a reason, allowed with one. */
  gtk_widget_activate_action (GTK_WIDGET (page), "board.move-project", "x", zs_record_get_id (r));
  zs_test_drain_events ();
  dialog = find_stage_dialog ();
  g_assert_nonnull (dialog);
  zs_stage_dialog_set_values (dialog, ZS_STAGE_SIGNED, zs_page_get_today (ZS_PAGE (page)), "");
  g_assert_nonnull (zs_stage_dialog_get_problem (dialog));
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "move"));
  zs_stage_dialog_set_values (dialog, ZS_STAGE_SIGNED, "2099-01-01", "投资方要求重新议价");
  g_assert_nonnull (zs_stage_dialog_get_problem (dialog));
  zs_stage_dialog_set_values (dialog, ZS_STAGE_SIGNED, zs_page_get_today (ZS_PAGE (page)), "投资方要求重新议价");
  g_assert_null (zs_stage_dialog_get_problem (dialog));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "move");
  zs_test_drain_events ();
  g_assert_cmpint (zs_record_get_enum (r, ZS_PROJECT_STAGE), ==, ZS_STAGE_SIGNED);
  g_assert_cmpint (zs_store_count (store, events, NULL), ==, events_before + 2);

  close_window (GTK_WINDOW (window));
}

static gint64
largest_planned (ZsStore *store)
{
  g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_PROJECT);

  zs_query_set_order (query, ZS_PROJECT_PLANNED_INVESTMENT, TRUE);
  zs_query_set_limit (query, 1);
  {
    g_autoptr(GArray) ids = zs_store_query (store, query, NULL);
    g_autoptr(ZsRecord) max = zs_store_load (store, ZS_TYPE_PROJECT, g_array_index (ids, gint64, 0), NULL);

    return zs_record_get_int (max, ZS_PROJECT_PLANNED_INVESTMENT);
  }
}

static void
test_ledger_sorts_and_totals (void)
{
  g_autoptr(ZsStore) store = open_demo ();
  ZsWindow *window = open_window (store);
  ZsLedger *ledger = zs_board_page_get_ledger (board (window));
  GListModel *model = zs_ledger_get_model (ledger);
  g_autoptr(ZsQuery) all = zs_query_new (ZS_TYPE_PROJECT);
  g_autoptr(ZsProject) top = NULL;
  g_autoptr(ZsProject) bottom = NULL;
  g_autofree char *count = NULL;

  zs_board_page_show_view (board (window), "ledger");
  zs_test_drain_events ();

  /* A header click sorts in SQL: the largest planned investment first. */
  zs_ledger_sort_by (ledger, ZS_PROJECT_PLANNED_INVESTMENT, TRUE);
  zs_test_drain_events ();
  top = g_list_model_get_item (model, 0);
  bottom = g_list_model_get_item (model, g_list_model_get_n_items (model) - 1);
  g_assert_cmpint (zs_record_get_int (ZS_RECORD (top), ZS_PROJECT_PLANNED_INVESTMENT), >=,
                   zs_record_get_int (ZS_RECORD (bottom), ZS_PROJECT_PLANNED_INVESTMENT));
  g_assert_cmpint (zs_record_get_int (ZS_RECORD (top), ZS_PROJECT_PLANNED_INVESTMENT), ==,
                   largest_planned (store));

  /* The totals row counts every project. */
  count = g_strdup_printf ("%" G_GINT64_FORMAT, zs_store_count (store, all, NULL));
  g_assert_nonnull (strstr (zs_ledger_get_totals (ledger), count));

  close_window (GTK_WINDOW (window));
}

static void
test_checklists_match_stage_events (void)
{
  g_autoptr(ZsStore) store = open_demo ();
  ZsWindow *window = open_window (store);
  ZsBoardPage *page = board (window);
  GtkWidget *dialog = zs_checklist_dialog_new (GTK_WINDOW (window), store, zs_board_page_get_filter (page),
                                               zs_page_get_today (ZS_PAGE (page)));
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  const ZsStage stages[] = { ZS_STAGE_SIGNED, ZS_STAGE_REGISTERED, ZS_STAGE_STARTED, ZS_STAGE_PRODUCTION };

  gtk_window_present (GTK_WINDOW (dialog));
  zs_test_wait_until_mapped (dialog);
  zs_checklist_dialog_set_period (ZS_CHECKLIST_DIALOG (dialog), ZS_PERIOD_YEAR);
  g_assert_true (zs_period_bounds (ZS_PERIOD_YEAR, zs_page_get_today (ZS_PAGE (page)), &first, &last));

  for (guint i = 0; i < G_N_ELEMENTS (stages); i++)
    {
      g_autoptr(ZsQuery) query = zs_checklist_query (stages[i], first, last, NULL);
      gint64 expected = zs_store_count (store, query, NULL);
      g_autofree char *count = g_strdup_printf ("%" G_GINT64_FORMAT, expected);

      g_assert_cmpint (g_list_model_get_n_items (zs_checklist_dialog_get_list (ZS_CHECKLIST_DIALOG (dialog), stages[i])), ==, expected);
      /* The demo's first month has something on every list. */
      g_assert_cmpint (expected, >, 0);
      g_assert_nonnull (strstr (zs_checklist_dialog_get_summary (ZS_CHECKLIST_DIALOG (dialog), stages[i]), count));
    }

  gtk_window_destroy (GTK_WINDOW (dialog));
  close_window (GTK_WINDOW (window));
}

/* ---- the project editor ---------------------------------------------------------- */

static void
test_editor_validates_and_saves (void)
{
  g_autoptr(ZsStore) store = open_demo ();
  ZsWindow *window = open_window (store);
  ZsProjectEditor *editor;
  ZsRecordEditor *fields;
  ZsProject *project;
  ZsRecord *r;
  gint64 id;

  /* Ctrl+N opens an empty project; it is saved once it has a name. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-project", NULL);
  zs_test_drain_events ();
  editor = ZS_PROJECT_EDITOR (zs_test_find_widget (GTK_WIDGET (window), ZS_TYPE_PROJECT_EDITOR));
  g_assert_nonnull (editor);
  fields = zs_project_editor_get_fields (editor);
  project = zs_project_editor_get_project (editor);
  r = ZS_RECORD (project);
  g_assert_cmpint (zs_record_get_id (r), ==, 0);

  zs_record_editor_enter_text (fields, ZS_PROJECT_INVESTOR, "潍坊某新材料有限公司");
  g_assert_cmpint (zs_record_get_id (r), ==, 0);
  zs_record_editor_enter_text (fields, ZS_PROJECT_NAME, "尼龙新材料二期项目");
  id = zs_record_get_id (r);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (zs_store_find_by_uuid (store, ZS_TYPE_PROJECT, zs_record_get_uuid (r)), ==, id);

  /* A negative amount is explained and not saved. */
  zs_record_editor_enter_text (fields, ZS_PROJECT_PLANNED_INVESTMENT, "50000");
  zs_record_editor_enter_text (fields, ZS_PROJECT_PLANNED_INVESTMENT, "-3");
  g_assert_nonnull (zs_record_editor_get_error (fields, ZS_PROJECT_PLANNED_INVESTMENT));
  {
    g_autoptr(ZsStore) reader = zs_store_open (zs_store_get_path (store), NULL);
    g_autoptr(ZsRecord) stored = zs_store_load (reader, ZS_TYPE_PROJECT, id, NULL);

    g_assert_cmpint (zs_record_get_int (stored, ZS_PROJECT_PLANNED_INVESTMENT), ==, 50000 * ZS_AMOUNT_SCALE);
  }
  zs_record_editor_enter_text (fields, ZS_PROJECT_PLANNED_INVESTMENT, "50,000");
  g_assert_null (zs_record_editor_get_error (fields, ZS_PROJECT_PLANNED_INVESTMENT));

  /* Not a number, and not a date. */
  zs_record_editor_enter_text (fields, ZS_PROJECT_EXPECTED_JOBS, "三百");
  g_assert_nonnull (zs_record_editor_get_error (fields, ZS_PROJECT_EXPECTED_JOBS));
  zs_record_editor_enter_text (fields, ZS_PROJECT_EXPECTED_JOBS, "300");
  zs_record_editor_enter_text (fields, ZS_PROJECT_SIGNING_DATE, "2024-02-30");
  g_assert_nonnull (zs_record_editor_get_error (fields, ZS_PROJECT_SIGNING_DATE));

  /* Construction before signing is refused on the start date. */
  zs_record_editor_enter_text (fields, ZS_PROJECT_SIGNING_DATE, "2024-05-01");
  zs_record_editor_enter_text (fields, ZS_PROJECT_START_DATE, "2024-04-01");
  g_assert_nonnull (zs_record_editor_get_error (fields, ZS_PROJECT_START_DATE));
  zs_record_editor_enter_text (fields, ZS_PROJECT_START_DATE, "2024-06-01");
  g_assert_null (zs_record_editor_get_error (fields, ZS_PROJECT_START_DATE));

  zs_test_drain_events ();
  {
    g_autoptr(ZsStore) reader = zs_store_open (zs_store_get_path (store), NULL);
    g_autoptr(ZsRecord) stored = zs_store_load (reader, ZS_TYPE_PROJECT, id, NULL);

    g_assert_cmpint (zs_record_get_int (stored, ZS_PROJECT_EXPECTED_JOBS), ==, 300);
    g_assert_cmpstr (zs_record_get_string (stored, ZS_PROJECT_START_DATE), ==, "2024-06-01");
  }

  close_window (GTK_WINDOW (window));
}

static ZsRecordDialog *
find_record_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ZS_IS_RECORD_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ZS_RECORD_DIALOG (window);
    }
  return NULL;
}

static gint64
stored_funds (ZsStore *store,
              gint64   id)
{
  g_autoptr(ZsStore) reader = zs_store_open (zs_store_get_path (store), NULL);
  g_autoptr(ZsRecord) stored = zs_store_load (reader, ZS_TYPE_PROJECT, id, NULL);

  return zs_record_get_int (stored, ZS_PROJECT_FUNDS_IN_PLACE);
}

/* Funds are added as dated entries; the total is theirs and shows at once. */
static void
test_editor_funds_entries (void)
{
  g_autoptr(ZsStore) store = open_demo ();
  ZsWindow *window = open_window (store);
  ZsProjectEditor *editor;
  ZsRecordDialog *dialog;
  ZsRecordEditor *fields;
  ZsRecord *r;
  gint64 id;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-project", NULL);
  zs_test_drain_events ();
  editor = ZS_PROJECT_EDITOR (zs_test_find_widget (GTK_WIDGET (window), ZS_TYPE_PROJECT_EDITOR));
  r = ZS_RECORD (zs_project_editor_get_project (editor));
  zs_record_editor_enter_text (zs_project_editor_get_fields (editor), ZS_PROJECT_NAME, "尼龙新材料二期项目");
  zs_record_editor_enter_text (zs_project_editor_get_fields (editor), ZS_PROJECT_PLANNED_INVESTMENT, "50000");
  zs_test_drain_events ();
  id = zs_record_get_id (r);
  g_assert_cmpint (id, >, 0);
  /* The total is not typed in: the fields have no row for it. */
  g_assert_null (zs_record_editor_get_error (zs_project_editor_get_fields (editor), ZS_PROJECT_FUNDS_IN_PLACE));
  g_assert_cmpuint (zs_project_editor_get_n_funds (editor), ==, 0);
  g_assert_cmpstr (zs_project_editor_get_funds_total (editor), ==, "0 ten thousand yuan");

  /* Add 30000 arrived on 2024-06-12. */
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.add-funds", NULL);
  zs_test_drain_events ();
  dialog = find_record_dialog ();
  g_assert_nonnull (dialog);
  fields = zs_record_dialog_get_editor (dialog);
  zs_record_editor_enter_text (fields, ZS_FUNDS_ENTRY_DATE, "2024-06-12");
  /* Nothing arrived is no entry: said on the amount, nothing saved. */
  zs_record_editor_enter_text (fields, ZS_FUNDS_ENTRY_AMOUNT, "0");
  g_assert_nonnull (zs_record_editor_get_error (fields, ZS_FUNDS_ENTRY_AMOUNT));
  g_assert_cmpint (zs_record_get_id (zs_record_editor_get_record (fields)), ==, 0);
  /* Done on it does not make it vanish: the dialog stays, saying why. */
  g_signal_emit_by_name (zs_test_find_button (GTK_WIDGET (dialog), "_Done"), "clicked");
  zs_test_drain_events ();
  g_assert_true (find_record_dialog () == dialog);
  g_assert_cmpint (zs_record_get_id (zs_record_editor_get_record (fields)), ==, 0);
  g_assert_true (gtk_widget_get_visible (zs_test_find_button (GTK_WIDGET (dialog), "_Cancel")));
  zs_record_editor_enter_text (fields, ZS_FUNDS_ENTRY_AMOUNT, "30000");
  g_assert_null (zs_record_editor_get_error (fields, ZS_FUNDS_ENTRY_AMOUNT));
  zs_record_editor_enter_text (fields, ZS_FUNDS_ENTRY_NOTE, "首笔资金到位");
  gtk_window_destroy (GTK_WINDOW (dialog));
  zs_test_drain_events ();

  g_assert_cmpuint (zs_project_editor_get_n_funds (editor), ==, 1);
  g_assert_cmpint (zs_record_get_int (r, ZS_PROJECT_FUNDS_IN_PLACE), ==, 30000 * ZS_AMOUNT_SCALE);
  g_assert_cmpstr (zs_project_editor_get_funds_total (editor), ==, "3.00 hundred million yuan");
  g_assert_cmpint (stored_funds (store, id), ==, 30000 * ZS_AMOUNT_SCALE);

  /* A second sum, 35000 more: 65000, above the plan of 50000, which is a
   * warning and not a block. */
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.add-funds", NULL);
  zs_test_drain_events ();
  dialog = find_record_dialog ();
  fields = zs_record_dialog_get_editor (dialog);
  zs_record_editor_enter_text (fields, ZS_FUNDS_ENTRY_DATE, "2024-07-01");
  zs_record_editor_enter_text (fields, ZS_FUNDS_ENTRY_AMOUNT, "35000");
  gtk_window_destroy (GTK_WINDOW (dialog));
  zs_test_drain_events ();
  g_assert_cmpuint (zs_project_editor_get_n_funds (editor), ==, 2);
  g_assert_cmpstr (zs_project_editor_get_funds_total (editor), ==, "6.50 hundred million yuan");
  g_assert_cmpint (stored_funds (store, id), ==, 65000 * ZS_AMOUNT_SCALE);
  {
    g_autofree char *warning = zs_project_get_warning (ZS_PROJECT (r));

    g_assert_nonnull (warning);
  }

  /* Saving another field of the project does not write an old total back. */
  zs_record_editor_enter_text (zs_project_editor_get_fields (editor), ZS_PROJECT_EXPECTED_JOBS, "300");
  zs_test_drain_events ();
  g_assert_cmpint (stored_funds (store, id), ==, 65000 * ZS_AMOUNT_SCALE);

  close_window (GTK_WINDOW (window));
}

static void
test_editor_suggests_grade (void)
{
  g_autoptr(ZsStore) store = open_demo ();
  ZsWindow *window = open_window (store);
  g_autoptr(ZsQuery) stale = zs_query_new (ZS_TYPE_PROJECT);
  g_autoptr(GArray) ids = NULL;
  g_autoptr(ZsProject) project = NULL;
  g_autofree char *ninety_days_ago = zs_date_add_days (zs_page_get_today (ZS_PAGE (board (window))), -100);
  ZsProjectEditor *editor;
  const char *reason = NULL;

  /* A green project that has not moved for 100 days. */
  zs_query_add_int (stale, ZS_PROJECT_STAGE, ZS_QUERY_EQ, ZS_STAGE_NEGOTIATING);
  ids = zs_store_query (store, stale, NULL);
  project = zs_store_load (store, ZS_TYPE_PROJECT, g_array_index (ids, gint64, 0), NULL);
  zs_record_set_enum (ZS_RECORD (project), ZS_PROJECT_GRADE, ZS_GRADE_GREEN);
  zs_record_set_string (ZS_RECORD (project), ZS_PROJECT_STAGE_SINCE, ninety_days_ago);
  g_assert_true (zs_store_save (store, ZS_RECORD (project), NULL));
  {
    /* …and no update log entry since. */
    g_autoptr(ZsQuery) updates = zs_query_new (ZS_TYPE_UPDATE_LOG);
    g_autoptr(GArray) update_ids = NULL;

    zs_query_add_int (updates, ZS_UPDATE_LOG_PROJECT_ID, ZS_QUERY_EQ, zs_record_get_id (ZS_RECORD (project)));
    update_ids = zs_store_query (store, updates, NULL);
    for (guint i = 0; i < update_ids->len; i++)
      {
        g_autoptr(ZsRecord) u = zs_store_load (store, ZS_TYPE_UPDATE_LOG, g_array_index (update_ids, gint64, i), NULL);

        g_assert_true (zs_store_delete (store, u, NULL));
      }
  }

  editor = open_editor (window, project);
  g_assert_cmpint (zs_project_editor_get_suggestion (editor, &reason), ==, ZS_GRADE_RED);
  g_assert_nonnull (strstr (reason, "100"));

  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.adopt-grade", NULL);
  zs_test_drain_events ();
  g_assert_cmpint (zs_record_get_enum (ZS_RECORD (project), ZS_PROJECT_GRADE), ==, ZS_GRADE_RED);

  close_window (GTK_WINDOW (window));
}

static void
test_delete_from_board (void)
{
  g_autoptr(ZsStore) store = open_demo ();
  ZsWindow *window = open_window (store);
  ZsBoardPage *page = board (window);
  g_autoptr(ZsProject) project = first_in_column (window, ZS_STAGE_LEAD);
  g_autofree char *uuid = g_strdup (zs_record_get_uuid (ZS_RECORD (project)));
  gint64 before = zs_board_column_get_count (zs_board_page_get_column (page, ZS_STAGE_LEAD));

  gtk_widget_activate_action (GTK_WIDGET (page), "board.delete-project", "x", zs_record_get_id (ZS_RECORD (project)));
  zs_test_drain_events ();
  g_assert_cmpint (zs_store_find_by_uuid (store, ZS_TYPE_PROJECT, uuid), ==, 0);
  g_assert_cmpint (zs_board_column_get_count (zs_board_page_get_column (page, ZS_STAGE_LEAD)), ==, before - 1);

  close_window (GTK_WINDOW (window));
}

/* A card reads its amount grouped, as the ledger does: 8,500, not 8500. */
static void
test_card_amount_grouped (void)
{
  g_autoptr(ZsStore) store = open_demo ();
  ZsWindow *window = open_window (store);
  g_autoptr(ZsProject) project = first_in_column (window, ZS_STAGE_LEAD);
  g_autoptr(GError) error = NULL;
  GtkWidget *card;

  zs_record_set_int (ZS_RECORD (project), ZS_PROJECT_PLANNED_INVESTMENT, 850000);
  g_assert_true (zs_store_save (store, ZS_RECORD (project), &error));
  g_assert_no_error (error);
  zs_test_drain_events ();
  card = zs_test_find_card (GTK_WIDGET (window), zs_record_get_id (ZS_RECORD (project)));
  g_assert_nonnull (card);
  g_assert_true (zs_test_has_label (card, "8,500 ten thousand yuan"));

  close_window (GTK_WINDOW (window));
}

static void
test_preferences_keep_grades_in_order (void)
{
  g_autoptr(ZsStore) store = open_demo ();
  ZsWindow *window = open_window (store);
  GtkWidget *preferences = zs_preferences_window_new (GTK_WINDOW (window), store);

  gtk_window_present (GTK_WINDOW (preferences));
  zs_test_wait_until_mapped (preferences);

  /* Yellow after red makes no sense: explained, nothing saved. */
  g_assert_nonnull (zs_preferences_window_set_number (ZS_PREFERENCES_WINDOW (preferences), ZS_SETTING_GRADE_YELLOW_DAYS, 120));
  g_assert_cmpint (zs_settings_get_int (store, ZS_SETTING_GRADE_YELLOW_DAYS), ==, 60);
  g_assert_null (zs_preferences_window_set_number (ZS_PREFERENCES_WINDOW (preferences), ZS_SETTING_GRADE_YELLOW_DAYS, 45));
  g_assert_cmpint (zs_settings_get_int (store, ZS_SETTING_GRADE_YELLOW_DAYS), ==, 45);

  gtk_window_destroy (GTK_WINDOW (preferences));
  close_window (GTK_WINDOW (window));
}

/* ---- Chinese everywhere --------------------------------------------------------- */

static void
test_interface_is_chinese (void)
{
  g_autoptr(ZsStore) empty_store = zs_test_open_seeded ("ui-zh-empty");
  g_autoptr(ZsStore) store = open_demo ();
  ZsWindow *window;
  g_auto(GStrv) pages = NULL;
  g_autoptr(ZsProject) first = NULL;
  GtkWidget *dialog;

  if (!g_str_has_prefix (g_getenv ("LANGUAGE") ? g_getenv ("LANGUAGE") : "", "zh_CN"))
    {
      g_test_skip ("runs with LANGUAGE=zh_CN");
      return;
    }

  window = open_window (empty_store);
  zs_test_assert_chinese (GTK_WIDGET (window), "The welcome page");
  close_window (GTK_WINDOW (window));

  window = open_window (store);
  pages = zs_window_list_pages (window);
  for (guint i = 0; pages[i] != NULL; i++)
    {
      g_autofree char *where = g_strdup_printf ("The page “%s”", pages[i]);

      zs_window_show_page (window, pages[i]);
      zs_test_drain_events ();
      zs_test_assert_chinese (GTK_WIDGET (window), where);
    }

  zs_window_show_page (window, "board");
  zs_board_page_show_view (board (window), "ledger");
  zs_test_drain_events ();
  zs_test_assert_chinese (GTK_WIDGET (window), "The ledger");
  zs_board_page_show_view (board (window), "board");

  first = first_in_column (window, ZS_STAGE_SIGNED);
  open_editor (window, first);
  zs_test_assert_chinese (GTK_WIDGET (window), "The project editor");

  dialog = zs_board_page_move_project (board (window), first, ZS_STAGE_STARTED);
  zs_test_wait_until_mapped (dialog);
  zs_test_assert_chinese (dialog, "The stage dialog");
  gtk_window_destroy (GTK_WINDOW (dialog));

  dialog = zs_checklist_dialog_new (GTK_WINDOW (window), store, zs_board_page_get_filter (board (window)),
                                    zs_page_get_today (ZS_PAGE (board (window))));
  gtk_window_present (GTK_WINDOW (dialog));
  zs_test_wait_until_mapped (dialog);
  zs_test_assert_chinese (dialog, "The checklists");
  gtk_window_destroy (GTK_WINDOW (dialog));

  dialog = zs_preferences_window_new (GTK_WINDOW (window), store);
  gtk_window_present (GTK_WINDOW (dialog));
  zs_test_wait_until_mapped (dialog);
  zs_test_assert_chinese (dialog, "The preferences");
  gtk_window_destroy (GTK_WINDOW (dialog));

  {
    ZsExportDialog *export = zs_window_export_projects (window, NULL, NULL);
    ZsImportDialog *import;

    zs_test_drain_events ();
    zs_test_assert_chinese (GTK_WIDGET (export), "The export dialog");
    gtk_window_destroy (GTK_WINDOW (export));

    import = open_import (window, "town.xml");
    zs_test_assert_chinese (GTK_WIDGET (import), "The import preview");
    gtk_window_destroy (GTK_WINDOW (import));
  }

  close_window (GTK_WINDOW (window));
}

/* The window's sidebar: the list box styled as one (pages have lists too). */
static GtkListBox *
find_sidebar (GtkWidget *root)
{
  if (GTK_IS_LIST_BOX (root) && gtk_widget_has_css_class (root, "navigation-sidebar"))
    return GTK_LIST_BOX (root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkListBox *found = find_sidebar (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Keyboard focus follows the navigation. Left on the first sidebar row (or
 * nowhere), it made the sidebar, which selects what has focus, leave the
 * page the next time the window was activated. */
static void
test_focus_follows_navigation (void)
{
  g_autoptr(ZsStore) store = open_demo ();
  ZsWindow *window = open_window (store);
  GtkListBox *sidebar = find_sidebar (GTK_WIDGET (window));
  g_autoptr(ZsQuery) chains = zs_query_new (ZS_TYPE_CHAIN);
  g_autoptr(GArray) ids = zs_store_query (store, chains, NULL);
  g_autoptr(ZsRecord) chain = zs_store_load (store, ZS_TYPE_CHAIN, g_array_index (ids, gint64, 0), NULL);
  GtkWidget *focus;

  g_assert_true (zs_window_show_page (window, "map"));
  zs_test_drain_events ();
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (focus == GTK_WIDGET (gtk_list_box_get_selected_row (sidebar)));
  g_assert_cmpstr (gtk_widget_get_name (focus), ==, "map");

  /* A subpage takes the focus; Back gives it to the page's row again. */
  zs_window_open_record (window, chain);
  zs_test_drain_events ();
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_drawable (focus));
  g_assert_false (gtk_widget_is_ancestor (focus, GTK_WIDGET (sidebar)));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  zs_test_drain_events ();
  g_assert_cmpstr (zs_window_get_page (window), ==, "map");
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (focus == GTK_WIDGET (gtk_list_box_get_selected_row (sidebar)));

  close_window (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  zs_test_ui_init (&argc, &argv);

  g_test_add_func ("/ui/window/opens-on-demo", test_window_opens_on_demo);
  g_test_add_func ("/ui/window/every-page-shows", test_every_page_shows);
  g_test_add_func ("/ui/window/empty-database-offers-demo", test_empty_database_offers_demo);
  g_test_add_func ("/ui/window/focus-follows-navigation", test_focus_follows_navigation);
  g_test_add_func ("/ui/board/filter-applies-to-columns-and-ledger", test_filter_applies_to_columns_and_ledger);
  g_test_add_func ("/ui/board/ledger-export", test_ledger_export);
  g_test_add_func ("/ui/board/move-card-by-drop-and-menu", test_move_card_by_drop_and_menu);
  g_test_add_func ("/ui/board/delete", test_delete_from_board);
  g_test_add_func ("/ui/board/card-amount-grouped", test_card_amount_grouped);
  g_test_add_func ("/ui/board/ledger-sorts-and-totals", test_ledger_sorts_and_totals);
  g_test_add_func ("/ui/board/checklists-match-stage-events", test_checklists_match_stage_events);
  g_test_add_func ("/ui/editor/validates-and-saves", test_editor_validates_and_saves);
  g_test_add_func ("/ui/editor/funds-entries", test_editor_funds_entries);
  g_test_add_func ("/ui/editor/suggests-grade", test_editor_suggests_grade);
  g_test_add_func ("/ui/preferences/grades-in-order", test_preferences_keep_grades_in_order);
  g_test_add_func ("/ui/import/preview-shows-counts", test_import_preview_shows_counts);
  g_test_add_func ("/ui/export/dialog-writes-file", test_export_dialog_writes_file);
  g_test_add_func ("/ui/interface-is-chinese", test_interface_is_chinese);

  return g_test_run ();
}
