/* zs-bench-map.c — how the industry map behaves on a large database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Not a test: prints figures (benchmarks/map.sh runs it). First the core
 * computation of the map's figures under each filter, the best of several
 * runs; then the real window under a display, timing each action until the
 * main loop is idle again, which is when the screen has caught up.
 */
#include "config.h"

#include <adwaita.h>
#include <locale.h>
#include <stdlib.h>

#include "zs-map-page.h"
#include "zs-test-ui-util.h"
#include "zs-window.h"

#define RUNS 5

/* The fastest and the slowest of RUNS computations with @filter. */
static void
time_figures (ZsStore           *store,
              const char        *what,
              const ZsMapFilter *filter)
{
  double best = G_MAXDOUBLE, worst = 0;
  gint64 projects = 0;
  g_autofree char *label = NULL;

  for (guint i = 0; i < RUNS; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GError) error = NULL;
      g_autoptr(ZsMapFigures) figures = zs_map_figures_compute (store, filter, &error);
      double ms = zs_bench_ms_since (start);

      if (figures == NULL)
        g_error ("%s", error->message);
      best = MIN (best, ms);
      worst = MAX (worst, ms);
      if (i == 0)
        {
          g_autoptr(ZsQuery) chains = zs_query_new (ZS_TYPE_CHAIN);
          g_autoptr(GArray) ids = zs_store_query (store, chains, NULL);

          for (guint c = 0; c < ids->len; c++)
            projects += zs_chain_figures_get_projects (zs_map_figures_get (figures, g_array_index (ids, gint64, c)));
        }
    }
  label = g_strdup_printf ("figures: %s (%" G_GINT64_FORMAT " projects on the map), best", what, projects);
  zs_bench_report (label, best);
  g_free (label);
  label = g_strdup_printf ("figures: %s, worst of %d", what, RUNS);
  zs_bench_report (label, worst);
}

static gint64
first_id (ZsStore *store,
          GType    type,
          guint    order_field)
{
  g_autoptr(ZsQuery) query = zs_query_new (type);
  g_autoptr(GArray) ids = NULL;

  zs_query_set_order (query, (int) order_field, FALSE);
  ids = zs_store_query (store, query, NULL);
  return ids->len > 1 ? g_array_index (ids, gint64, 1) : 0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(ZsStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = zs_date_today ();
  g_autofree char *month_first = NULL, *month_last = NULL;
  g_autofree char *year_first = NULL, *year_last = NULL;
  ZsWindow *window;
  ZsMapPage *map;
  g_autoptr(ZsQuery) all = NULL;
  gint64 unit_id, chain_id;
  gint64 start;

  setlocale (LC_ALL, "");
  if (argc != 2)
    {
      g_printerr ("usage: zs-bench-map DATABASE\n");
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

  unit_id = first_id (store, ZS_TYPE_UNIT, ZS_UNIT_POSITION);
  chain_id = first_id (store, ZS_TYPE_CHAIN, ZS_CHAIN_POSITION);
  zs_period_bounds (ZS_PERIOD_MONTH, today, &month_first, &month_last);
  zs_period_bounds (ZS_PERIOD_YEAR, today, &year_first, &year_last);

  g_print ("core:\n");
  {
    ZsMapFilter none = { 0, NULL, NULL };
    ZsMapFilter unit = { unit_id, NULL, NULL };
    ZsMapFilter month = { 0, month_first, month_last };
    ZsMapFilter year = { 0, year_first, year_last };
    ZsMapFilter unit_year = { unit_id, year_first, year_last };

    time_figures (store, "every project", &none);
    time_figures (store, "one unit", &unit);
    time_figures (store, "this month", &month);
    time_figures (store, "this year", &year);
    time_figures (store, "one unit, this year", &unit_year);
  }

  g_print ("window:\n");
  start = g_get_monotonic_time ();
  window = zs_window_new (NULL, store);
  gtk_window_set_default_size (GTK_WINDOW (window), 1440, 900);
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (GTK_WIDGET (window)))
    g_main_context_iteration (NULL, TRUE);
  zs_bench_report ("open the window (board on screen, map filled behind)", zs_bench_timed_settle (start));

  map = ZS_MAP_PAGE (zs_test_find_page (window, ZS_TYPE_MAP_PAGE));
  start = g_get_monotonic_time ();
  zs_window_show_page (window, "map");
  zs_bench_report ("show the map", zs_bench_timed_settle (start));

  start = g_get_monotonic_time ();
  zs_map_page_set_unit (map, unit_id);
  zs_bench_report ("refilter: one unit", zs_bench_timed_settle (start));
  start = g_get_monotonic_time ();
  zs_map_page_set_period (map, ZS_PERIOD_YEAR);
  zs_bench_report ("refilter: one unit, this year", zs_bench_timed_settle (start));
  start = g_get_monotonic_time ();
  zs_map_page_set_unit (map, 0);
  zs_bench_report ("refilter: this year", zs_bench_timed_settle (start));
  start = g_get_monotonic_time ();
  zs_map_page_set_period (map, ZS_PERIOD_MONTH);
  zs_bench_report ("refilter: this month", zs_bench_timed_settle (start));
  start = g_get_monotonic_time ();
  zs_map_page_set_period (map, ZS_MAP_PAGE_ANY_TIME);
  zs_bench_report ("refilter: every project", zs_bench_timed_settle (start));

  {
    g_autoptr(ZsRecord) chain = zs_store_load (store, ZS_TYPE_CHAIN, chain_id, NULL);
    g_autoptr(ZsProject) project = zs_project_new ();

    /* An edit elsewhere: the map catches up in one idle. */
    zs_record_set_string (ZS_RECORD (project), ZS_PROJECT_NAME, "基准测试项目");
    zs_record_set_int (ZS_RECORD (project), ZS_PROJECT_CHAIN_ID, chain_id);
    zs_record_set_int (ZS_RECORD (project), ZS_PROJECT_PLANNED_INVESTMENT, 10000);
    start = g_get_monotonic_time ();
    zs_store_save (store, ZS_RECORD (project), NULL);
    zs_bench_report ("save a project; the map follows", zs_bench_timed_settle (start));
    zs_store_delete (store, ZS_RECORD (project), NULL);
    zs_bench_settle ();

    start = g_get_monotonic_time ();
    zs_window_open_record (window, chain);
    zs_bench_report ("open a chain page", zs_bench_timed_settle (start));
    start = g_get_monotonic_time ();
    zs_window_show_targets (window, 0);
    zs_bench_report ("the target ledger, every chain", zs_bench_timed_settle (start));
    start = g_get_monotonic_time ();
    zs_target_ledger_set_chain (zs_map_page_get_targets (map), chain_id);
    zs_bench_report ("the target ledger, one chain", zs_bench_timed_settle (start));
    start = g_get_monotonic_time ();
    zs_map_page_show_view (map, "map");
    zs_bench_report ("back to the map", zs_bench_timed_settle (start));
  }

  gtk_window_destroy (GTK_WINDOW (window));
  zs_bench_settle ();
  return 0;
}
