/* test-ui-table-print.c — every table printed, saved as PDF and exported (issue 15)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * As a clerk would: the project ledger of a few hundred projects saved as
 * PDF through its 导出 menu, read back with poppler's pdftotext page by
 * page (the header row on each, the title and the issuer on the first, the
 * 合计 on the last, the Chinese intact); and the tables of a page's own
 * figures (需求缺口, 引荐成效, the dispatch page's two tables) written as
 * .xlsx and .csv, read back with the app's reader, holding the rows shown.
 */
#include "config.h"

#include <string.h>

#include "zs-board-page.h"
#include "zs-carriers-page.h"
#include "zs-dispatch-page.h"
#include "zs-history-window.h"
#include "zs-ledger.h"
#include "zs-partners-page.h"
#include "zs-table-export.h"
#include "zs-test-ui-util.h"
#include "zs-trash-page.h"
#include "zs-test-util.h"
#include "zs-sheet.h"
#include "zs-sheet-export.h"
#include "zs-table-print.h"

static void
on_exported (gpointer data)
{
  *(gboolean *) data = TRUE;
}

static void
wait_for_file (const char *path)
{
  gint64 until = g_get_monotonic_time () + 120 * G_USEC_PER_SEC;

  while (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, until);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  zs_test_drain_events ();
}

/* The ledger as PDF: the header on every page, not only the first. */
static void
test_ledger_pdf (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("table-print-ledger");
  g_autofree char *path = zs_test_scratch_path ("项目台账.pdf");
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  ZsWindow *window;
  ZsBoardPage *board;
  guint n_pages;

  for (guint i = 0; i < 240; i++)
    {
      g_autofree char *name = g_strdup_printf ("滨海新材料项目%03u", i);
      g_autoptr(ZsProject) project = zs_test_new_project (store, name, "华东控股集团", ZS_STAGE_NEGOTIATING);
    }
  window = zs_test_open_window (store, 1400, 900);
  g_assert_true (zs_window_show_page (window, "board"));
  board = ZS_BOARD_PAGE (zs_test_find_page (window, ZS_TYPE_BOARD_PAGE));
  zs_board_page_show_view (board, "ledger");
  zs_test_drain_events ();
  g_assert_cmpuint (g_list_model_get_n_items (zs_ledger_get_model (zs_board_page_get_ledger (board))), ==, 240);

  zs_ledger_export_to_file (zs_board_page_get_ledger (board), path);
  wait_for_file (path);

  n_pages = zs_test_pdf_pages (path);
  g_test_message ("240 projects on %u pages", n_pages);
  g_assert_cmpuint (n_pages, >=, 3);
  for (guint p = 1; p <= n_pages; p++)
    {
      g_autofree char *text = zs_test_pdf_text (path, (int) p);
      g_autofree char *folio = g_strdup_printf ("第 %u 页，共 %u 页", p, n_pages);

      zs_test_assert_in_text (text, "序号");
      zs_test_assert_in_text (text, "项目名称");
      zs_test_assert_in_text (text, "投资方");
      zs_test_assert_in_text (text, folio);
    }
  first = zs_test_pdf_text (path, 1);
  zs_test_assert_in_text (first, "项目台账");
  zs_test_assert_in_text (first, "填报单位");
  zs_test_assert_in_text (first, "单位：万元");
  zs_test_assert_in_text (first, "滨海新材料项目239");   /* the ledger shows the newest first */
  zs_test_assert_in_text (first, "华东控股集团");
  last = zs_test_pdf_text (path, (int) n_pages);
  zs_test_assert_in_text (last, "合计");
  zs_test_assert_in_text (last, "滨海新材料项目000");

  zs_test_close_window (window);
}

/* A header click on 项目名称 lists names as Excel and WPS sort Chinese,
 * by pinyin: 阿 (a) 北 (bei) 城 (cheng) 张 (zhang), where code points put
 * 阿 (U+963F) last; the partners page lists its names so by default. */
static void
test_names_in_pinyin_order (void)
{
  static const char *const pinyin[] = { "阿", "北", "城", "张" };
  static const guint saved[] = { 3, 0, 2, 1 };
  g_autoptr(ZsStore) store = zs_test_open_seeded ("table-print-pinyin");
  ZsWindow *window;
  ZsBoardPage *board;
  ZsLedger *ledger;
  GListModel *model;
  GtkWidget *partners;

  for (guint i = 0; i < G_N_ELEMENTS (saved); i++)
    {
      g_autofree char *name = g_strdup_printf ("%s项目", pinyin[saved[i]]);
      g_autoptr(ZsProject) project = zs_test_new_project (store, name, "某公司", ZS_STAGE_NEGOTIATING);
      g_autoptr(ZsRecord) partner = g_object_new (ZS_TYPE_PARTNER, NULL);

      zs_record_set_string (partner, ZS_PARTNER_NAME, pinyin[saved[i]]);
      g_assert_true (zs_store_save (store, partner, NULL));
    }
  window = zs_test_open_window (store, 1400, 900);
  g_assert_true (zs_window_show_page (window, "board"));
  board = ZS_BOARD_PAGE (zs_test_find_page (window, ZS_TYPE_BOARD_PAGE));
  zs_board_page_show_view (board, "ledger");
  ledger = zs_board_page_get_ledger (board);
  zs_ledger_sort_by (ledger, ZS_PROJECT_NAME, FALSE);
  zs_test_drain_events ();
  model = zs_ledger_get_model (ledger);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, G_N_ELEMENTS (pinyin));
  for (guint i = 0; i < G_N_ELEMENTS (pinyin); i++)
    {
      g_autoptr(ZsRecord) shown = g_list_model_get_item (model, i);
      g_autofree char *name = g_strdup_printf ("%s项目", pinyin[i]);

      g_assert_cmpstr (zs_record_get_string (shown, ZS_PROJECT_NAME), ==, name);
    }

  g_assert_true (zs_window_show_page (window, "partners"));
  zs_test_drain_events ();
  partners = zs_test_find_widget (GTK_WIDGET (window), ZS_TYPE_PARTNERS_PAGE);
  model = zs_partners_page_get_model (ZS_PARTNERS_PAGE (partners));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, G_N_ELEMENTS (pinyin));
  for (guint i = 0; i < G_N_ELEMENTS (pinyin); i++)
    {
      g_autoptr(ZsRecord) shown = g_list_model_get_item (model, i);

      g_assert_cmpstr (zs_record_get_string (shown, ZS_PARTNER_NAME), ==, pinyin[i]);
    }

  zs_test_close_window (window);
}

/* The 17 columns of 项目台账 print at 8 points or more (they printed at
 * 5.5): the text columns narrow and wrap instead. Measured through the
 * layout code the print and the PDF use; the PDF is then written. */
static void
test_ledger_font_readable (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("table-print-font");
  ZsSheetExportOptions options = { ZS_SHEET_FORMAT_XLSX, NULL, NULL, NULL, NULL, NULL, NULL };
  g_autoptr(ZsSheetGrid) grid = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = zs_test_scratch_path ("项目台账-字号.pdf");
  g_autofree char *text = NULL;
  double font;

  for (guint i = 0; i < 30; i++)
    {
      g_autofree char *name = g_strdup_printf ("滨海新区高端装备制造产业园二期扩建项目%02u", i);
      g_autoptr(ZsProject) project = zs_test_new_project (store, name, "华东控股集团有限公司", ZS_STAGE_NEGOTIATING);
    }
  grid = zs_sheet_export_grid (store, "projects", &options, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (zs_sheet_grid_get_n_columns (grid), >=, 17);
  font = zs_table_print_get_font_size (grid);
  g_test_message ("%u columns print at %.2f pt", zs_sheet_grid_get_n_columns (grid), font);
  g_assert_cmpfloat (font, >=, 8.0);

  g_assert_true (zs_table_print_write_pdf (grid, path, &error));
  g_assert_no_error (error);
  text = zs_test_pdf_text (path, 1);
  zs_test_assert_in_text (text, "华东控股集团");
}

/* Exports the table of @widget (an export attached) as .xlsx and .csv and
 * checks both hold the rows of its column view under its first column's
 * title. */
static void
check_export (GtkWidget  *widget,
              const char *name,
              guint       n_rows,
              const char *header)
{
  static const char * const endings[] = { "xlsx", "csv" };

  g_assert_cmpuint (n_rows, >, 0);

  for (guint e = 0; e < G_N_ELEMENTS (endings); e++)
    {
      g_autofree char *file = g_strdup_printf ("%s.%s", name, endings[e]);
      g_autofree char *path = zs_test_scratch_path (file);
      g_autoptr(ZsSheetBook) book = NULL;
      g_autoptr(GError) error = NULL;
      gboolean done = FALSE;
      gint64 until = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
      ZsSheet *sheet;
      ZsSheetRow *head;
      guint header_row = 0, data_rows = 0;
      gboolean found = FALSE;

      zs_table_export_to (widget, path, G_CALLBACK (on_exported), &done);
      while (!done)
        {
          g_assert_cmpint (g_get_monotonic_time (), <, until);
          g_main_context_iteration (NULL, TRUE);
        }
      book = zs_sheet_book_read (path, NULL, NULL, &error);
      g_assert_no_error (error);
      sheet = g_ptr_array_index (book->sheets, 0);
      /* The header row: 序号 then the columns the page shows. */
      for (guint r = 0; r < sheet->rows->len && !found; r++)
        {
          head = g_ptr_array_index (sheet->rows, r);
          if (zs_sheet_row_get (head, 0) != NULL && g_strcmp0 (zs_sheet_row_get (head, 0)->text, "序号") == 0)
            {
              header_row = r;
              found = TRUE;
              g_assert_cmpstr (zs_sheet_row_get (head, 1)->text, ==, header);
            }
        }
      g_assert_true (found);
      for (guint r = header_row + 1; r < sheet->rows->len; r++)
        {
          ZsSheetRow *row = g_ptr_array_index (sheet->rows, r);
          const ZsSheetCell *number = zs_sheet_row_get (row, 0);

          if (number != NULL && number->text != NULL && g_strcmp0 (number->text, "合计") != 0)
            data_rows++;
        }
      g_test_message ("%s: %u rows", file, data_rows);
      g_assert_cmpuint (data_rows, ==, n_rows);
    }
}

/* The newest scratch file called @name: zs_test_scratch_path() numbers
 * each path it gives, so check_export()'s file is found by its name. */
static char *
last_scratch_file (const char *name)
{
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "scratch", NULL);
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  g_autofree char *found = NULL;
  guint newest = 0;
  const char *entry;

  g_assert_nonnull (listing);
  while ((entry = g_dir_read_name (listing)) != NULL)
    {
      const char *dash = strchr (entry, '-');
      guint number = (guint) g_ascii_strtoull (entry, NULL, 10);

      if (dash != NULL && g_str_equal (dash + 1, name) && number > newest)
        {
          newest = number;
          g_free (found);
          found = g_build_filename (dir, entry, NULL);
        }
    }
  g_assert_nonnull (found);
  return g_steal_pointer (&found);
}

/* The column @header of the workbook @file (written by check_export())
 * holds numbers, not "8,500万元" as text, under 单位：万元. */
/* The partners of the workbook @file (written by check_export()), row
 * after row, are those of @scores in its order: the export made in a
 * worker thread from a copy of the rows shown keeps the page's sort. */
static void
assert_partners_in_order (const char *file,
                          GListModel *scores)
{
  g_autofree char *path = last_scratch_file (file);
  g_autoptr(GError) error = NULL;
  g_autoptr(ZsSheetBook) book = zs_sheet_book_read (path, NULL, NULL, &error);
  ZsSheet *sheet;
  guint n = 0;
  gboolean past_header = FALSE;

  g_assert_no_error (error);
  sheet = g_ptr_array_index (book->sheets, 0);
  for (guint r = 0; r < sheet->rows->len; r++)
    {
      ZsSheetRow *row = g_ptr_array_index (sheet->rows, r);
      const ZsSheetCell *first = zs_sheet_row_get (row, 0);

      if (first == NULL || first->text == NULL || g_str_equal (first->text, "合计"))
        continue;
      if (!past_header)
        {
          past_header = g_str_equal (first->text, "序号");
          continue;
        }
      {
        g_autoptr(ZsPartnerScore) score = g_list_model_get_item (scores, n++);

        g_assert_nonnull (score);
        g_assert_cmpstr (zs_sheet_row_get (row, 1)->text, ==,
                         zs_record_get_title (ZS_RECORD (zs_partner_score_get_partner (score))));
      }
    }
  g_assert_cmpuint (n, ==, g_list_model_get_n_items (scores));
  g_assert_cmpuint (n, >, 1);
}

static void
assert_amounts_are_numbers (const char *file,
                            const char *header)
{
  g_autofree char *path = last_scratch_file (file);
  g_autoptr(GError) error = NULL;
  g_autoptr(ZsSheetBook) book = zs_sheet_book_read (path, NULL, NULL, &error);
  ZsSheet *sheet;
  gboolean unit_said = FALSE;
  int column = -1;
  guint numbers = 0;

  g_assert_no_error (error);
  sheet = g_ptr_array_index (book->sheets, 0);
  for (guint r = 0; r < sheet->rows->len; r++)
    {
      ZsSheetRow *row = g_ptr_array_index (sheet->rows, r);
      const ZsSheetCell *first = zs_sheet_row_get (row, 0);

      if (column < 0)
        {
          for (guint c = 0; c < row->n_cells; c++)
            {
              const char *text = zs_sheet_row_get (row, c) != NULL ? zs_sheet_row_get (row, c)->text : NULL;

              unit_said |= text != NULL && strstr (text, "单位：万元") != NULL;
              if (g_strcmp0 (text, header) == 0)
                column = (int) c;
            }
          continue;
        }
      if (first == NULL || first->text == NULL || g_str_equal (first->text, "合计"))
        continue;
      g_assert_nonnull (zs_sheet_row_get (row, (guint) column));
      g_assert_cmpint (zs_sheet_row_get (row, (guint) column)->type, ==, ZS_SHEET_CELL_NUMBER);
      numbers++;
    }
  g_test_message ("%s: %u amounts in “%s” are numbers", file, numbers, header);
  g_assert_true (unit_said);
  g_assert_cmpint (column, >=, 0);
  g_assert_cmpuint (numbers, >, 0);
}

static void
check_grid_export (GtkWidget  *widget,
                   const char *name)
{
  GtkColumnView *view = GTK_COLUMN_VIEW (zs_test_find_widget (widget, GTK_TYPE_COLUMN_VIEW));
  g_autoptr(GtkColumnViewColumn) first = g_list_model_get_item (gtk_column_view_get_columns (view), 0);

  check_export (widget, name, g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (view))),
                gtk_column_view_column_get_title (first));
}

static GtkWidget *
nth_export (GtkWidget *root,
            guint      n)
{
  g_autoptr(GPtrArray) found = zs_table_export_find_all (root);

  g_assert_cmpuint (found->len, >, n);
  return g_ptr_array_index (found, n);
}

/* The tables of a page's own figures are exported as they are shown. */
static void
test_page_tables (void)
{
  g_autoptr(ZsStore) store = zs_test_open_demo ("table-print-pages");
  ZsWindow *window = zs_test_open_window (store, 1400, 900);
  GtkWidget *page;

  g_assert_true (zs_window_show_page (window, "carriers"));
  zs_test_drain_events ();
  page = zs_test_find_widget (GTK_WIDGET (window), ZS_TYPE_CARRIERS_PAGE);
  zs_carriers_page_show_view (ZS_CARRIERS_PAGE (page), "needs");
  zs_test_drain_events ();
  g_assert_cmpuint (g_list_model_get_n_items (zs_carriers_page_get_needs (ZS_CARRIERS_PAGE (page))), >, 0);
  /* The page's own 导出 is the carriers'; the second is 需求缺口's. */
  check_grid_export (nth_export (page, 1), "需求缺口");

  g_assert_true (zs_window_show_page (window, "partners"));
  zs_test_drain_events ();
  page = zs_test_find_widget (GTK_WIDGET (window), ZS_TYPE_PARTNERS_PAGE);
  zs_partners_page_show_view (ZS_PARTNERS_PAGE (page), "scores");
  zs_test_drain_events ();
  check_grid_export (nth_export (page, 1), "引荐成效");
  {
    ZsPartnerScores *scores = zs_partners_page_get_scores (ZS_PARTNERS_PAGE (page));

    zs_partner_scores_sort_by (scores, ZS_SCORE_NAME, TRUE);
    zs_test_drain_events ();
    check_grid_export (nth_export (page, 1), "引荐成效");
    assert_partners_in_order ("引荐成效.xlsx", zs_partner_scores_get_model (scores));
  }

  g_assert_true (zs_window_show_page (window, "dispatch"));
  zs_test_drain_events ();
  page = zs_test_find_widget (GTK_WIDGET (window), ZS_TYPE_DISPATCH_PAGE);
  while (zs_dispatch_page_is_busy (ZS_DISPATCH_PAGE (page)))
    g_main_context_iteration (NULL, TRUE);
  zs_test_drain_events ();
  check_grid_export (nth_export (page, 0), "各单位");
  check_grid_export (nth_export (page, 1), "产业链");
  assert_amounts_are_numbers ("各单位.xlsx", zs_kpi_get_label (ZS_KPI_SIGNED_INVESTMENT));
  assert_amounts_are_numbers ("产业链.xlsx", zs_kpi_get_label (ZS_KPI_FUNDS_IN_PLACE));

  /* 回收站: what was deleted, one row an entry. */
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *name = g_strdup_printf ("待删除项目%u", i);
      g_autoptr(ZsProject) project = zs_test_new_project (store, name, "某公司", ZS_STAGE_NEGOTIATING);

      g_assert_cmpint (zs_store_trash (store, ZS_RECORD (project), NULL), >, 0);
    }
  g_assert_true (zs_window_show_page (window, "trash"));
  zs_test_drain_events ();
  page = zs_test_find_widget (GTK_WIDGET (window), ZS_TYPE_TRASH_PAGE);
  check_export (nth_export (page, 0), "回收站", 3, "类型");

  /* The whole history, not only the pages the window has read: more
   * entries than its first page. */
  for (guint i = 0; i < 150; i++)
    {
      g_autofree char *name = g_strdup_printf ("历史项目%u", i);
      g_autoptr(ZsProject) project = zs_test_new_project (store, name, "某公司", ZS_STAGE_NEGOTIATING);
    }
  {
    GtkWidget *history = zs_history_window_new (GTK_WINDOW (window), store);
    g_autoptr(GPtrArray) all = zs_store_history (store, NULL, 0, G_MAXINT, NULL);
    guint shown;

    gtk_window_present (GTK_WINDOW (history));
    zs_test_drain_events ();
    shown = g_list_model_get_n_items (zs_history_window_get_model (ZS_HISTORY_WINDOW (history)));
    g_test_message ("history: %u entries, %u read by the window", all->len, shown);
    g_assert_cmpuint (shown, <, all->len);
    check_export (nth_export (history, 0), "修改记录", all->len, "时间");
    gtk_window_destroy (GTK_WINDOW (history));
  }

  zs_test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  zs_test_ui_init (&argc, &argv);

  g_test_add_func ("/ui-table-print/ledger-pdf", test_ledger_pdf);
  g_test_add_func ("/ui-table-print/page-tables", test_page_tables);
  g_test_add_func ("/ui-table-print/names-in-pinyin-order", test_names_in_pinyin_order);
  g_test_add_func ("/ui-table-print/ledger-font-readable", test_ledger_font_readable);

  return g_test_run ();
}
