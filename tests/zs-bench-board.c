/* zs-bench-board.c — how the board behaves on a large database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Not a test: prints figures (benchmarks/board.sh runs it). Opens the real
 * window on the given database under a display and measures the time from
 * a user's action until the main loop is idle again, which is when the
 * screen has caught up.
 */
#include "config.h"

#include <adwaita.h>
#include <locale.h>
#include <stdlib.h>

#include "zs-board-page.h"
#include "zs-test-ui-util.h"
#include "zs-window.h"

static gint64
count_all (ZsBoardPage *board)
{
  gint64 n = 0;

  for (ZsStage s = ZS_STAGE_LEAD; s <= ZS_STAGE_TERMINATED; s++)
    n += zs_board_column_get_count (zs_board_page_get_column (board, s));
  return n;
}

static void
filter_step (ZsBoardPage *board,
             const char  *what,
             const char  *property,
             ...)
{
  ZsProjectFilter *filter = zs_board_page_get_filter (board);
  gint64 start;
  va_list args;
  double ms;
  g_autofree char *label = NULL;

  zs_project_filter_clear (filter);
  zs_bench_settle ();
  start = g_get_monotonic_time ();
  va_start (args, property);
  g_object_set_valist (G_OBJECT (filter), property, args);
  va_end (args);
  ms = zs_bench_timed_settle (start);
  label = g_strdup_printf ("filter: %s (%" G_GINT64_FORMAT " shown)", what, count_all (board));
  zs_bench_report (label, ms);
}

static void
scroll_column (ZsBoardColumn *column,
               const char    *what)
{
  GtkWidget *list = zs_test_find_widget (GTK_WIDGET (column), GTK_TYPE_GRID_VIEW);
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (list));
  double worst = 0, total = 0;
  guint steps = 40;
  g_autofree char *label = NULL;

  for (guint i = 1; i <= steps; i++)
    {
      double upper = gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment);
      gint64 start = g_get_monotonic_time ();
      double ms;

      /* Jump through the column as a dragged scrollbar does. */
      gtk_adjustment_set_value (adjustment, upper * i / steps);
      ms = zs_bench_timed_settle (start);
      worst = MAX (worst, ms);
      total += ms;
    }
  label = g_strdup_printf ("scroll %s: mean of %u jumps", what, steps);
  zs_bench_report (label, total / steps);
  g_free (label);
  label = g_strdup_printf ("scroll %s: worst jump", what);
  zs_bench_report (label, worst);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(ZsStore) store = NULL;
  g_autoptr(GError) error = NULL;
  ZsWindow *window;
  ZsBoardPage *board;
  g_autoptr(ZsQuery) all = NULL;
  gint64 start;

  setlocale (LC_ALL, "");
  if (argc != 2)
    {
      g_printerr ("usage: zs-bench-board DATABASE\n");
      return 2;
    }

  adw_init ();
  zs_test_load_styles ();
  start = g_get_monotonic_time ();
  store = zs_store_open (argv[1], &error);
  if (store == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  all = zs_query_new (ZS_TYPE_PROJECT);
  g_print ("database %s: %" G_GINT64_FORMAT " projects\n", argv[1], zs_store_count (store, all, NULL));
  zs_bench_report ("open the database (integrity check included)", zs_bench_ms_since (start));

  start = g_get_monotonic_time ();
  window = zs_window_new (NULL, store);
  gtk_window_set_default_size (GTK_WINDOW (window), g_getenv ("BENCH_W") ? atoi (g_getenv ("BENCH_W")) : 1440, g_getenv ("BENCH_H") ? atoi (g_getenv ("BENCH_H")) : 900);
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (GTK_WIDGET (window)))
    g_main_context_iteration (NULL, TRUE);
  zs_bench_report ("open the window with the board on screen", zs_bench_timed_settle (start));

  board = ZS_BOARD_PAGE (zs_test_find_widget (GTK_WIDGET (window), ZS_TYPE_BOARD_PAGE));

  filter_step (board, "search “精密” (2 characters)", "search", "精密", NULL);
  filter_step (board, "search “精密铸造” (4 characters)", "search", "精密铸造", NULL);
  filter_step (board, "grade red", "grade", ZS_GRADE_RED, NULL);
  filter_step (board, "key projects", "key-only", TRUE, NULL);
  filter_step (board, "stale only", "stale-only", TRUE, NULL);
  {
    g_autoptr(ZsQuery) chains = zs_query_new (ZS_TYPE_CHAIN);
    g_autoptr(GArray) ids = zs_store_query (store, chains, NULL);

    filter_step (board, "one chain", "chain-id", g_array_index (ids, gint64, 2), NULL);
  }
  start = g_get_monotonic_time ();
  zs_project_filter_clear (zs_board_page_get_filter (board));
  zs_bench_report ("clear the filter", zs_bench_timed_settle (start));

  scroll_column (zs_board_page_get_column (board, ZS_STAGE_SIGNED), "签约 column");

  start = g_get_monotonic_time ();
  zs_board_page_show_view (board, "ledger");
  zs_bench_report ("switch to the ledger", zs_bench_timed_settle (start));
  start = g_get_monotonic_time ();
  zs_ledger_sort_by (zs_board_page_get_ledger (board), ZS_PROJECT_PLANNED_INVESTMENT, TRUE);
  zs_bench_report ("sort the ledger by planned investment", zs_bench_timed_settle (start));

  gtk_window_destroy (GTK_WINDOW (window));
  zs_bench_settle ();
  return 0;
}
