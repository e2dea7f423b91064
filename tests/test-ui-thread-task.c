/* test-ui-thread-task.c — a table written in a worker thread lets its page go in the main thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The 导出 menu writes a table in a worker thread and holds the page its
 * toast goes to until the task is finalized. When the page went away
 * meanwhile (the clerk closed the window), the worker's reference to the
 * task could be the last, and the page, a widget, was finalized in the
 * worker. zs-test-slow-worker.h makes that reference the last; each case
 * lets go of the page as soon as the export is asked for and asks in
 * which thread it ended.
 */
#include "config.h"

#include <string.h>

#include "zs-ledger-export.h"
#include "zs-table-export.h"
#include "zs-test-slow-worker.h"
#include "zs-test-ui-util.h"
#include "zs-test-util.h"

static void
on_done (gpointer data)
{
  *(gboolean *) data = TRUE;
}

/* A page of its own, let go by the test: the export's reference is its last. */
static GtkWidget *
new_page (ZsTestEnd *end)
{
  GtkWidget *page = g_object_ref_sink (gtk_box_new (GTK_ORIENTATION_VERTICAL, 0));

  zs_test_watch_end (page, end);
  return page;
}

static void
assert_written (const char *path)
{
  g_autofree char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "伙伴"));
}

/* 伙伴台账 of the rows a page shows (zs_ledger_export_rows()). */
static void
test_ledger_rows (void)
{
  g_autoptr(ZsStore) store = zs_test_open_demo ("ui-thread-task-ledger");
  g_autofree char *path = zs_test_scratch_path ("伙伴台账.csv");
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  ZsTestEnd end = { 0, NULL };
  GtkWidget *page = new_page (&end);
  gboolean done = FALSE;

  for (guint i = 0; i < 3; i++)
    {
      gint64 id = zs_test_nth_id (store, ZS_TYPE_PARTNER, i);

      g_array_append_val (ids, id);
    }
  zs_test_slow_workers_begin ();
  zs_ledger_export_rows (page, store, "partners", ids, ZS_TABLE_OUTPUT_CSV, path, G_CALLBACK (on_done), &done);
  g_object_unref (page);
  zs_test_assert_ended_in_main_thread (&done, &end);
  assert_written (path);
}

static ZsSheetGrid *
build_grid (gpointer data)
{
  ZsSheetGrid *grid = zs_sheet_grid_new ("伙伴引荐成效");

  zs_sheet_grid_add_column (grid, "伙伴", ZS_GRID_TEXT, 20, FALSE);
  zs_sheet_grid_add_row (grid);
  zs_sheet_grid_set_text (grid, 0, "王伟");
  return grid;
}

/* A table of the page's own figures (zs_table_export_attach_grid()). */
static void
test_page_grid (void)
{
  g_autofree char *path = zs_test_scratch_path ("引荐成效.csv");
  ZsTestEnd end = { 0, NULL };
  GtkWidget *page = new_page (&end);
  gboolean done = FALSE;

  gtk_box_append (GTK_BOX (page), zs_table_export_attach_grid (page, build_grid, NULL, NULL));
  zs_test_slow_workers_begin ();
  zs_table_export_to (page, path, G_CALLBACK (on_done), &done);
  g_object_unref (page);
  zs_test_assert_ended_in_main_thread (&done, &end);
  assert_written (path);
}

int
main (int   argc,
      char *argv[])
{
  zs_test_ui_init (&argc, &argv);

  g_test_add_func ("/ui/thread-task/ledger-rows", test_ledger_rows);
  g_test_add_func ("/ui/thread-task/page-grid", test_page_grid);

  return g_test_run ();
}
