/* test-ui-sheet.c — importing a spreadsheet in the real window (issue 15)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * As a clerk would: 导入表格… opens a preview built in a worker thread (the
 * dialog shows its progress page at once); a column no synonym names
 * (牵头科室) is mapped to 责任单位 with its drop-down, the sheet is read
 * again and imported; the next file of the same shape comes with the
 * mapping already chosen.
 */
#include "config.h"

#include <string.h>

#include "zs-activities-page.h"
#include "zs-carriers-page.h"
#include "zs-leads-page.h"
#include "zs-map-page.h"
#include "zs-partners-page.h"
#include "zs-sheet-import-dialog.h"
#include "zs-table-export.h"
#include "zs-target-ledger.h"
#include "zs-test-ui-util.h"
#include "zs-test-util.h"
#include "zs-sheet.h"

static char *
fixture_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "sheets", name, NULL);
}

/* Runs the main loop until the dialog shows its report (or fails). */
static void
wait_for_report (ZsSheetImportDialog *dialog)
{
  gint64 until = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (g_strcmp0 (zs_sheet_import_dialog_get_state (dialog), "working") == 0)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, until);
      g_main_context_iteration (NULL, TRUE);
    }
  zs_test_drain_events ();
  g_assert_cmpstr (zs_sheet_import_dialog_get_state (dialog), ==, "report");
}

static guint
header_named (ZsSheetImport *import,
              const char    *header)
{
  for (guint i = 0; i < zs_sheet_import_get_n_headers (import); i++)
    if (strcmp (zs_sheet_import_get_header (import, i), header) == 0)
      return i;
  g_error ("no column “%s”", header);
}

static guint
position_of (const char *table,
             const char *key)
{
  const char * const *keys = zs_sheet_import_field_keys (table);

  for (guint k = 0; keys[k] != NULL; k++)
    if (strcmp (keys[k], key) == 0)
      return k + 1;   /* after 不导入 */
  g_error ("no field %s", key);
}

static void
import_and_wait (ZsSheetImportDialog *dialog)
{
  GtkWidget *button = zs_test_find_button (GTK_WIDGET (dialog), "_Import");
  gint64 until = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_sensitive (button));
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_signal_emit_by_name (button, "clicked");
  while (dialog != NULL)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, until);
      g_main_context_iteration (NULL, TRUE);
    }
  zs_test_drain_events ();
}

static char *
unit_of_project (ZsStore    *store,
                 const char *name)
{
  g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_PROJECT);
  g_autoptr(GArray) ids = NULL;
  g_autoptr(ZsRecord) project = NULL;
  g_autoptr(ZsRecord) unit = NULL;

  zs_query_add_string (query, ZS_PROJECT_NAME, ZS_QUERY_EQ, name);
  ids = zs_store_query (store, query, NULL);
  g_assert_cmpuint (ids->len, ==, 1);
  project = zs_store_load (store, ZS_TYPE_PROJECT, g_array_index (ids, gint64, 0), NULL);
  unit = zs_store_load (store, ZS_TYPE_UNIT, zs_record_get_int (project, ZS_PROJECT_UNIT_ID), NULL);
  return unit != NULL ? g_strdup (zs_record_get_title (unit)) : NULL;
}

static void
test_mapping_remembered (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("ui-sheet");
  ZsWindow *window = zs_test_open_window (store, 1280, 820);
  g_autofree char *first = fixture_path ("odd-header-1.xlsx");
  g_autofree char *second = fixture_path ("odd-header-2.xlsx");
  g_autofree char *unit = NULL;
  ZsSheetImportDialog *dialog;
  ZsSheetImport *import;
  GtkDropDown *choice;
  guint column;

  dialog = zs_window_import_sheet (window, first, NULL);
  /* The preview is read off the main loop: the dialog is up before it is done. */
  g_assert_cmpstr (zs_sheet_import_dialog_get_state (dialog), ==, "working");
  wait_for_report (dialog);
  import = zs_sheet_import_dialog_get_import (dialog);
  g_assert_cmpstr (zs_sheet_import_get_table (import), ==, "projects");
  column = header_named (import, "牵头科室");
  choice = zs_sheet_import_dialog_get_column_choice (dialog, column);
  g_assert_cmpuint (gtk_drop_down_get_selected (choice), ==, 0);   /* 不导入 */

  /* The clerk says it is the unit: read again, 城关镇 to be created. */
  gtk_drop_down_set_selected (choice, position_of ("projects", "unit-id"));
  wait_for_report (dialog);
  import = zs_sheet_import_dialog_get_import (dialog);
  g_assert_cmpstr (zs_sheet_import_get_header_key (import, column), ==, "unit-id");
  g_assert_cmpuint (zs_sheet_import_get_n_added (import), ==, 2);
  {
    g_auto(GStrv) units = zs_sheet_import_dup_new_names (import, ZS_TYPE_UNIT);

    g_assert_true (g_strv_contains ((const char * const *) units, "城关镇"));
  }
  if (g_getenv ("ZS_TEST_KEEP_OPEN") != NULL)
    return;
  import_and_wait (dialog);
  unit = unit_of_project (store, "滨河文旅综合体");
  g_assert_cmpstr (unit, ==, "城关镇");

  /* The next file of the same shape: mapped as the clerk mapped the first. */
  dialog = zs_window_import_sheet (window, second, NULL);
  wait_for_report (dialog);
  import = zs_sheet_import_dialog_get_import (dialog);
  g_assert_true (zs_sheet_import_is_remembered (import));
  choice = zs_sheet_import_dialog_get_column_choice (dialog, header_named (import, "牵头科室"));
  g_assert_cmpuint (gtk_drop_down_get_selected (choice), ==, position_of ("projects", "unit-id"));
  import_and_wait (dialog);
  g_clear_pointer (&unit, g_free);
  unit = unit_of_project (store, "光伏组件二期");
  g_assert_cmpstr (unit, ==, "城关镇");

  zs_test_close_window (window);
}

/* A file that holds no table says so in the dialog, in Chinese, and changes nothing. */
static void
test_refused_file (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("ui-sheet-refused");
  ZsWindow *window = zs_test_open_window (store, 1280, 820);
  g_autofree char *bomb = fixture_path ("doctype.xlsx");
  ZsSheetImportDialog *dialog = zs_window_import_sheet (window, bomb, NULL);
  gint64 until = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (g_strcmp0 (zs_sheet_import_dialog_get_state (dialog), "working") == 0)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, until);
      g_main_context_iteration (NULL, TRUE);
    }
  g_assert_cmpstr (zs_sheet_import_dialog_get_state (dialog), ==, "error");
  g_assert_false (gtk_widget_get_sensitive (zs_test_find_button (GTK_WIDGET (dialog), "_Import")));
  gtk_window_destroy (GTK_WINDOW (dialog));
  zs_test_close_window (window);
}

static void
on_exported (gpointer data)
{
  *(gboolean *) data = TRUE;
}

/* Exports @page's table as the page shows it and checks the names, in order. */
static void
check_page_export (GtkWidget  *page,
                   GListModel *shown,
                   const char *name)
{
  g_autofree char *file = g_strdup_printf ("%s.xlsx", name);
  g_autofree char *path = zs_test_scratch_path (file);
  g_autoptr(ZsSheetBook) book = NULL;
  g_autoptr(GError) error = NULL;
  gint64 until = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  gboolean done = FALSE;
  guint n = g_list_model_get_n_items (shown);
  ZsSheet *sheet;

  g_test_message ("%s: %u rows shown", name, n);
  g_assert_cmpuint (n, >, 1);
  zs_table_export_to (page, path, G_CALLBACK (on_exported), &done);
  while (!done)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, until);
      g_main_context_iteration (NULL, TRUE);
    }
  book = zs_sheet_book_read (path, NULL, NULL, &error);
  g_assert_no_error (error);
  sheet = g_ptr_array_index (book->sheets, 0);
  /* Title, 填报单位, (单位：万元), header, the rows, 合计. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ZsRecord) record = g_list_model_get_item (shown, i);
      ZsSheetRow *row = NULL;

      for (guint r = 0; r < sheet->rows->len; r++)
        if (((ZsSheetRow *) g_ptr_array_index (sheet->rows, r))->number == 5 + i)
          row = g_ptr_array_index (sheet->rows, r);
      g_assert_nonnull (row);
      g_assert_cmpstr (zs_sheet_row_get (row, 1)->text, ==, zs_record_get_title (record));
    }
}

/* Every table page's 导出 writes the rows its filter shows, in its sort order. */
static void
test_page_exports (void)
{
  g_autoptr(ZsStore) store = zs_test_open_demo ("ui-sheet-pages");
  ZsWindow *window = zs_test_open_window (store, 1400, 900);
  GtkWidget *page;

  g_assert_true (zs_window_show_page (window, "leads"));
  zs_test_drain_events ();
  page = zs_test_find_widget (GTK_WIDGET (window), ZS_TYPE_LEADS_PAGE);
  zs_leads_page_sort_by (ZS_LEADS_PAGE (page), ZS_LEADS_COLUMN_COMPANY, TRUE);
  zs_test_drain_events ();
  check_page_export (page, zs_leads_page_get_model (ZS_LEADS_PAGE (page)), "leads");

  g_assert_true (zs_window_show_page (window, "partners"));
  zs_test_drain_events ();
  page = zs_test_find_widget (GTK_WIDGET (window), ZS_TYPE_PARTNERS_PAGE);
  check_page_export (page, zs_partners_page_get_model (ZS_PARTNERS_PAGE (page)), "partners");

  g_assert_true (zs_window_show_page (window, "carriers"));
  zs_test_drain_events ();
  page = zs_test_find_widget (GTK_WIDGET (window), ZS_TYPE_CARRIERS_PAGE);
  check_page_export (page, zs_carriers_page_get_carriers (ZS_CARRIERS_PAGE (page)), "carriers");

  g_assert_true (zs_window_show_page (window, "activities"));
  zs_test_drain_events ();
  page = zs_test_find_widget (GTK_WIDGET (window), ZS_TYPE_ACTIVITIES_PAGE);
  if (g_list_model_get_n_items (zs_activities_page_get_model (ZS_ACTIVITIES_PAGE (page))) > 1)
    check_page_export (page, zs_activities_page_get_model (ZS_ACTIVITIES_PAGE (page)), "activities");

  g_assert_true (zs_window_show_page (window, "map"));
  zs_test_drain_events ();
  page = zs_test_find_widget (GTK_WIDGET (window), ZS_TYPE_MAP_PAGE);
  {
    ZsTargetLedger *ledger = zs_map_page_get_targets (ZS_MAP_PAGE (page));

    zs_target_ledger_set_frozen (ledger, FALSE);
    zs_test_drain_events ();
    check_page_export (GTK_WIDGET (ledger), zs_target_ledger_get_model (ledger), "enterprises");
  }
  zs_test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  zs_test_ui_init (&argc, &argv);

  g_test_add_func ("/ui-sheet/mapping-remembered", test_mapping_remembered);
  g_test_add_func ("/ui-sheet/refused-file", test_refused_file);
  g_test_add_func ("/ui-sheet/page-exports", test_page_exports);

  return g_test_run ();
}
