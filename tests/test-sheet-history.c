/* test-sheet-history.c — the history of changes (修改记录) as a 台账
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * A file of the history is written as its entries are read, and holds what
 * the printed grid holds; its memory does not grow with the history.
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "zs-test-util.h"
#include "zs-sheet.h"
#include "zs-sheet-history.h"

/* The rows under the header (序号 …) of the first sheet of @path. */
static GPtrArray *
data_rows (ZsSheetBook *book)
{
  ZsSheet *sheet = g_ptr_array_index (book->sheets, 0);
  GPtrArray *rows = g_ptr_array_new ();
  gboolean past_header = FALSE;

  for (guint r = 0; r < sheet->rows->len; r++)
    {
      ZsSheetRow *row = g_ptr_array_index (sheet->rows, r);
      const ZsSheetCell *first = zs_sheet_row_get (row, 0);

      if (past_header && first != NULL && g_strcmp0 (first->text, "合计") != 0)
        g_ptr_array_add (rows, row);
      if (first != NULL && g_strcmp0 (first->text, "序号") == 0)
        past_header = TRUE;
    }
  return rows;
}

/* An empty cell, as a file is read back. */
static const char *
or_null (const char *text)
{
  return text != NULL && *text != '\0' ? text : NULL;
}

static void
assert_file_is_grid (ZsStore               *store,
                     const ZsHistoryFilter *filter,
                     const char            *name)
{
  g_autoptr(ZsSheetGrid) grid = zs_sheet_history_grid (store, filter, NULL, NULL);
  const ZsSheetFormat formats[] = { ZS_SHEET_FORMAT_XLSX, ZS_SHEET_FORMAT_CSV };

  g_assert_nonnull (grid);
  g_assert_cmpuint (zs_sheet_grid_get_n_rows (grid), >, 0);
  for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
    {
      g_autofree char *file = g_strdup_printf ("%s.%s", name, f == 0 ? "xlsx" : "csv");
      g_autofree char *path = zs_test_scratch_path (file);
      g_autoptr(ZsSheetBook) book = NULL;
      g_autoptr(GPtrArray) rows = NULL;
      g_autoptr(GError) error = NULL;
      guint64 n_rows = 0;

      g_assert_true (zs_sheet_history_write (store, filter, path, formats[f], &n_rows, NULL, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (n_rows, ==, zs_sheet_grid_get_n_rows (grid));
      book = zs_sheet_book_read (path, NULL, NULL, &error);
      g_assert_no_error (error);
      rows = data_rows (book);
      g_assert_cmpuint (rows->len, ==, n_rows);
      for (guint r = 0; r < rows->len; r++)
        for (guint c = 0; c < zs_sheet_grid_get_n_columns (grid); c++)
          {
            const ZsSheetCell *cell = zs_sheet_row_get (g_ptr_array_index (rows, r), c + 1);

            g_assert_cmpstr (or_null (cell != NULL ? cell->text : NULL), ==,
                             or_null (zs_sheet_grid_get_cell (grid, r, c)->text));
          }
    }
}

/* Created, edited and an import's entry: each kind of row, in a file and
 * in the grid alike, and with a filter. */
static void
test_file_as_grid (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("history-sheet");
  g_autoptr(ZsProject) project = zs_test_new_project (store, "潍坊高端铸件项目", "潍坊某铸造公司", ZS_STAGE_LEAD);
  g_autoptr(GError) error = NULL;
  ZsHistoryFilter projects = { .record_type = ZS_TYPE_PROJECT };

  zs_record_set_string (ZS_RECORD (project), ZS_PROJECT_NAME, "潍坊高端精密铸件项目");
  g_assert_true (zs_store_save (store, ZS_RECORD (project), &error));
  g_assert_true (zs_store_log_import (store, "青州市招商局.xml", 3, 1, 0, &error));
  g_assert_no_error (error);

  assert_file_is_grid (store, NULL, "all");
  assert_file_is_grid (store, &projects, "projects");
  {
    g_autoptr(ZsSheetGrid) grid = zs_sheet_history_grid (store, &projects, NULL, NULL);
    gboolean renamed = FALSE;

    for (guint r = 0; r < zs_sheet_grid_get_n_rows (grid); r++)
      renamed |= g_strcmp0 (zs_sheet_grid_get_cell (grid, r, 5)->text,
                            "潍坊高端铸件项目 → 潍坊高端精密铸件项目") == 0;
    g_assert_true (renamed);
  }
}

/* 200,000 entries (the generated bureau of 100,000 projects has 1.4
 * million): the file is written in the memory of a page of entries. Held
 * as a grid first, as before, the peak rose by 57 MB. */
static void
test_long_history_memory (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("history-long");
  g_autofree char *path = zs_test_scratch_path ("history-long.xlsx");
  g_autoptr(ZsSheetGrid) before = zs_sheet_history_grid (store, NULL, NULL, NULL);
  g_autoptr(GError) error = NULL;
  const guint n = 200000;
  guint64 n_rows = 0;
  long grown;

  g_assert_true (zs_store_begin (store, &error));
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("昌乐县招商局-%06u.xml", i);

      g_assert_true (zs_store_log_import (store, name, i % 7 + 1, i % 3, i % 5, &error));
    }
  g_assert_true (zs_store_commit (store, &error));
  g_assert_no_error (error);

  if (!zs_test_peak_reset ())
    return;
  g_assert_true (zs_sheet_history_write (store, NULL, path, ZS_SHEET_FORMAT_XLSX, &n_rows, NULL, &error));
  g_assert_no_error (error);
  grown = zs_test_peak_growth_kb ();
  g_test_message ("%" G_GUINT64_FORMAT " entries written, the peak grew by %ld kB", n_rows, grown);
  g_assert_cmpuint (n_rows, ==, n + zs_sheet_grid_get_n_rows (before));
  g_assert_cmpint (grown, <, 12 * 1024);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/sheet-history/file-as-grid", test_file_as_grid);
  g_test_add_func ("/sheet-history/long-history-memory", test_long_history_memory);

  return g_test_run ();
}
