/* zs-bench-dispatch.c — how the dispatch figures, the carriers and the
 * bulletin behave on a large database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Not a test: prints figures (benchmarks/dispatch.sh runs it). First the
 * core alone (report for a week, month, quarter and year; attention
 * lists; carrier matching; the bulletin PDF), then the real window under a
 * display: the time from showing a page until the main loop is idle with
 * the figures on screen, and how long the main loop was ever blocked.
 */
#include "config.h"

#include <adwaita.h>
#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <stdlib.h>

#include "zs-bulletin.h"
#include "zs-carriers-page.h"
#include "zs-dispatch-page.h"
#include "zs-print-document.h"
#include "zs-report-private.h"
#include "zs-today-page.h"
#include "zs-test-ui-util.h"
#include "zs-window.h"

static void
bench_report (ZsStore      *store,
              ZsPeriodKind  kind,
              const char   *today)
{
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  g_autofree char *what = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ZsReport) report_ = NULL;
  gint64 start;
  double cpu;

  zs_period_bounds (kind, today, &first, &last);
  start = g_get_monotonic_time ();
  cpu = zs_bench_cpu_ms ();
  report_ = zs_report_new (store, first, last, today, NULL, &error);
  if (report_ == NULL)
    g_error ("%s", error->message);
  /* The period's name untranslated: benchmarks/all.sh looks for it. */
  what = g_strdup_printf ("report for %s (%s to %s): %" G_GINT64_FORMAT " signed", zs_enum_to_nick (ZS_TYPE_PERIOD_KIND, kind),
                          first, last, zs_report_line_get_value (zs_report_get_total (report_), ZS_KPI_SIGNED));
  zs_bench_report_cpu (what, zs_bench_ms_since (start), zs_bench_cpu_ms () - cpu);
}

/* What the dispatch page's first screen waits for: the tiles and the
 * funnel of this month (zs-report-private.h's first part). */
static void
bench_first_part (ZsStore    *store,
                  const char *today)
{
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ZsReport) report_ = NULL;
  gint64 start;
  double cpu;

  zs_period_bounds (ZS_PERIOD_MONTH, today, &first, &last);
  report_ = zs_report_start (first, last, today);
  start = g_get_monotonic_time ();
  cpu = zs_bench_cpu_ms ();
  if (!zs_store_begin_read (store, &error) || !zs_report_count_first (report_, store, NULL, &error))
    g_error ("%s", error->message);
  zs_store_commit (store, NULL);
  zs_bench_report_cpu ("first part of the month's report (tiles, funnel)", zs_bench_ms_since (start),
                       zs_bench_cpu_ms () - cpu);
}

static void
on_async_ready (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  ZsReport **out = user_data;

  *out = zs_report_new_finish (result, NULL);
}

/* The longest single dispatch of the main loop while @done is FALSE: how
 * long the window could not react to the clerk. Idle waits do not count. */
static double
longest_block (gboolean (*done) (gpointer),
               gpointer  data)
{
  double longest = 0;

  while (!done (data))
    {
      gint64 start = g_get_monotonic_time ();

      if (g_main_context_iteration (NULL, FALSE))
        longest = MAX (longest, zs_bench_ms_since (start));
      else
        g_usleep (1000);
    }
  return longest;
}

/* Runs the main loop for @ms: what follows the report (the attention
 * lists) is done meanwhile, with the heartbeat watching. */
static void
run_for (guint ms)
{
  gint64 until = g_get_monotonic_time () + ms * G_TIME_SPAN_MILLISECOND;

  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, TRUE);
}

static gboolean
page_idle (gpointer data)
{
  return !zs_dispatch_page_is_busy (data);
}

static gboolean
page_has_figures (gpointer data)
{
  return zs_dispatch_page_has_figures (data);
}

/* The bulletin's floor: cairo and Pango alone writing one line in each of
 * the three CJK faces the bulletin uses (zs-print-document.c's families).
 * Embedding a face reads its whole CFF table (15–22 MB for Noto CJK) to
 * subset it, whatever the number of pages. */
static double
bulletin_floor (const char *path)
{
  static const char * const fonts[] = {
    "Noto Sans CJK SC, Source Han Sans SC, Noto Sans SC, WenQuanYi Micro Hei, sans-serif 10.5",
    "Noto Sans CJK SC, Source Han Sans SC, Noto Sans SC, WenQuanYi Micro Hei, sans-serif Bold 13",
    "Noto Serif CJK SC, Source Han Serif SC, Noto Serif SC, serif Bold 22",
  };
  double cpu = 0;
  cairo_surface_t *surface = NULL;
  cairo_t *cr = NULL;
  PangoContext *context = NULL;

  /* Twice: first on an image, which loads fontconfig and the faces as the
   * bulletin's process had them; then timed, as a PDF. */
  for (guint round = 0; round < 2; round++)
    {
      if (round == 1)
        cpu = zs_bench_cpu_ms ();
      surface = round == 0 ? cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 600, 200)
                           : cairo_pdf_surface_create (path, 595.276, 841.890);
      cr = cairo_create (surface);
      context = pango_cairo_create_context (cr);
      pango_cairo_context_set_resolution (context, 72);
      for (guint i = 0; i < G_N_ELEMENTS (fonts); i++)
        {
          g_autoptr(PangoLayout) layout = pango_layout_new (context);
          PangoFontDescription *font = pango_font_description_from_string (fonts[i]);

          pango_layout_set_font_description (layout, font);
          pango_layout_set_text (layout, "招商工作通报 2026年12月 签约项目数", -1);
          cairo_move_to (cr, 56, 56 + 40 * i);
          pango_cairo_show_layout (cr, layout);
          pango_font_description_free (font);
        }
      if (round == 0)
        {
          g_object_unref (context);
          cairo_destroy (cr);
          cairo_surface_destroy (surface);
        }
    }
  cairo_show_page (cr);
  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);
  return zs_bench_cpu_ms () - cpu;
}

static const char *self_path;

static void
on_warmed (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  *(gboolean *) user_data = TRUE;
}

/* The bulletin as the dialog makes it: cairo's fonts warmed up in a
 * thread while the clerk answers its questions, in a process of its own. */
static int
bulletin_after_warm_up (const char *db,
                        const char *path)
{
  g_autoptr(ZsStore) store = zs_store_open_secondary (db, NULL);
  g_autofree char *today = zs_date_today ();
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  g_autoptr(ZsReport) report = NULL;
  g_autoptr(ZsBulletin) bulletin = NULL;
  g_autoptr(GError) error = NULL;
  gboolean warmed = FALSE;
  gint64 start;
  double cpu;

  zs_period_bounds (ZS_PERIOD_MONTH, today, &first, &last);
  report = zs_report_new (store, first, last, today, NULL, &error);
  if (report == NULL)
    g_error ("%s", error->message);
  zs_print_document_warm_up (on_warmed, &warmed);
  bulletin = zs_bulletin_new (store, report);
  while (!warmed)
    g_main_context_iteration (NULL, TRUE);
  start = g_get_monotonic_time ();
  cpu = zs_bench_cpu_ms ();
  if (!zs_bulletin_write_pdf (bulletin, path, &error))
    g_error ("%s", error->message);
  zs_bench_report_cpu ("bulletin: after the dialog warmed cairo's fonts up", zs_bench_ms_since (start),
                       zs_bench_cpu_ms () - cpu);
  return 0;
}

/* The floor in a process of its own: as cold as the bulletin's first PDF. */
static void
print_in_own_process (const char *option,
                      const char *db,
                      const char *path)
{
  const char *argv[] = { self_path, option, db, path, NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, NULL, &error))
    g_error ("%s", error->message);
  g_print ("%s", out);
}

/* 今日待办: every record due today, read and described (in a worker thread
 * at each start, and by the daily reminder). */
static void
bench_due (ZsStore    *store,
           const char *today)
{
  g_autoptr(GPtrArray) due = NULL;
  g_autoptr(GError) error = NULL;
  guint counts[ZS_DUE_N_KINDS];
  g_autofree char *what = NULL;
  double cpu = zs_bench_cpu_ms ();
  gint64 start = g_get_monotonic_time ();

  /* As its worker thread reads it: in one read transaction. */
  if (!zs_store_begin_read (store, &error))
    g_error ("%s", error->message);
  due = zs_due_list_shown (store, today, ZS_TODAY_MAX_ROWS, counts, &error);
  g_assert_no_error (error);
  zs_store_commit (store, NULL);
  what = g_strdup_printf ("今日待办: the day's list (%u items, %u of them partners)",
                          zs_due_count_all (counts), counts[ZS_DUE_PARTNER]);
  zs_bench_report_cpu (what, zs_bench_ms_since (start), zs_bench_cpu_ms () - cpu);
}

static void
bench_core (ZsStore    *store,
            const char *today)
{
  g_autoptr(ZsReport) async = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start;

  g_print ("Core (one connection, no display):\n");
  bench_report (store, ZS_PERIOD_WEEK, today);
  bench_report (store, ZS_PERIOD_MONTH, today);
  bench_report (store, ZS_PERIOD_QUARTER, today);
  bench_report (store, ZS_PERIOD_YEAR, today);
  bench_first_part (store, today);

  {
    g_autofree char *first = NULL;
    g_autofree char *last = NULL;

    zs_period_bounds (ZS_PERIOD_MONTH, today, &first, &last);
    start = g_get_monotonic_time ();
    zs_report_new_async (store, first, last, today, NULL, on_async_ready, &async);
    while (async == NULL)
      g_main_context_iteration (NULL, TRUE);
    zs_bench_report ("report for this month in a thread, second connection", zs_bench_ms_since (start));
  }

  for (guint i = 0; i < ZS_ATTENTION_N; i++)
    {
      g_autoptr(ZsQuery) query = zs_attention_query (store, i, today);
      g_autoptr(GArray) ids = NULL;
      g_autofree char *what = NULL;

      start = g_get_monotonic_time ();
      ids = zs_store_query (store, query, &error);
      g_assert_no_error (error);
      what = g_strdup_printf ("attention list: %s (%u rows)", zs_attention_get_label (i), ids->len);
      zs_bench_report (what, zs_bench_ms_since (start));
    }

  bench_due (store, today);

  {
    g_autoptr(ZsQuery) projects = zs_query_new (ZS_TYPE_PROJECT);
    g_autoptr(GArray) ids = NULL;
    g_autoptr(ZsProject) project = NULL;
    g_autoptr(GArray) matches = NULL;
    ZsCarrierTotals totals[ZS_CARRIER_N_KINDS + 1];
    g_autofree char *what = NULL;

    zs_query_add_int (projects, ZS_PROJECT_LAND, ZS_QUERY_GT, 50);
    zs_query_set_limit (projects, 1);
    ids = zs_store_query (store, projects, NULL);
    project = zs_store_load (store, ZS_TYPE_PROJECT, g_array_index (ids, gint64, 0), NULL);

    /* A province's worth of carriers for the matching, in a transaction
     * that is rolled back: the database is left as it was. */
    if (!zs_store_begin (store, &error))
      g_error ("%s", error->message);
    for (int i = 0; i < 5000; i++)
      {
        g_autoptr(ZsCarrier) carrier = zs_carrier_new ();
        g_autofree char *name = g_strdup_printf ("测试载体%04d", i);
        g_autofree char *updated = zs_date_add_days (today, -(i % 90));

        zs_record_set_string (ZS_RECORD (carrier), ZS_CARRIER_NAME, name);
        zs_record_set_enum (ZS_RECORD (carrier), ZS_CARRIER_KIND, i % 3);
        zs_record_set_int (ZS_RECORD (carrier), ZS_CARRIER_TOTAL_AREA, 20000 + (i * 7919) % 400000);
        zs_record_set_int (ZS_RECORD (carrier), ZS_CARRIER_AVAILABLE_AREA, 1000 + (i * 104729) % 200000);
        zs_record_set_int (ZS_RECORD (carrier), ZS_CARRIER_UNIT_ID, zs_record_get_int (ZS_RECORD (project), ZS_PROJECT_UNIT_ID) * (i % 4 == 0));
        zs_record_set_string (ZS_RECORD (carrier), ZS_CARRIER_LAST_UPDATE, updated);
        if (!zs_store_save (store, ZS_RECORD (carrier), &error))
          g_error ("%s", error->message);
      }
    {
      g_autoptr(ZsQuery) all = zs_query_new (ZS_TYPE_PROJECT);
      g_autoptr(GArray) some = NULL;

      /* A tenth of the projects placed in those carriers, for the chain clusters. */
      zs_query_set_limit (all, 10000);
      some = zs_store_query (store, all, NULL);
      for (guint i = 0; i < some->len; i += 10)
        {
          g_autoptr(ZsRecord) p = zs_store_load (store, ZS_TYPE_PROJECT, g_array_index (some, gint64, i), NULL);
          g_autoptr(ZsQuery) carriers = zs_query_new (ZS_TYPE_CARRIER);
          g_autoptr(GArray) cids = NULL;

          zs_query_set_limit (carriers, 1);
          zs_query_set_order (carriers, -1, TRUE);
          cids = zs_store_query (store, carriers, NULL);
          zs_record_set_int (p, ZS_PROJECT_CARRIER_ID, g_array_index (cids, gint64, 0) - (gint64) (i % 5000));
          zs_store_save (store, p, NULL);
        }
    }
    start = g_get_monotonic_time ();
    matches = zs_carrier_find_matches (store, project, zs_project_get_area_need (project), &error);
    g_assert_no_error (error);
    what = g_strdup_printf ("carrier matches for %" G_GINT64_FORMAT " m² (%u carriers fit)",
                            zs_project_get_area_need (project), matches->len);
    zs_bench_report (what, zs_bench_ms_since (start));
    start = g_get_monotonic_time ();
    zs_carrier_totals_by_kind (store, NULL, totals, NULL);
    zs_bench_report ("carrier totals by kind", zs_bench_ms_since (start));
    {
      g_autoptr(ZsQuery) stale = zs_carrier_stale_query (today);
      g_autoptr(GArray) stale_ids = NULL;
      g_autofree char *stale_what = NULL;

      start = g_get_monotonic_time ();
      stale_ids = zs_store_query (store, stale, NULL);
      stale_what = g_strdup_printf ("carriers due their monthly update (%u)", stale_ids->len);
      zs_bench_report (stale_what, zs_bench_ms_since (start));
    }
    zs_store_rollback (store);
  }

  {
    g_autofree char *path = g_build_filename (g_get_tmp_dir (), "zs-bench-bulletin.pdf", NULL);
    g_autoptr(ZsBulletin) bulletin = NULL;
    g_autofree char *what = NULL;
    double cpu;

    start = g_get_monotonic_time ();
    bulletin = zs_bulletin_new (store, async);
    zs_bench_report ("bulletin: contents read from the store", zs_bench_ms_since (start));

    start = g_get_monotonic_time ();
    cpu = zs_bench_cpu_ms ();
    if (!zs_bulletin_write_pdf (bulletin, path, &error))
      g_error ("%s", error->message);
    what = g_strdup_printf ("bulletin: laid out and written as PDF (%u pages)", zs_bulletin_get_n_pages (bulletin));
    zs_bench_report_cpu (what, zs_bench_ms_since (start), zs_bench_cpu_ms () - cpu);
    /* Once cairo has embedded the faces, a process writes the next PDF
     * without reading them again. */
    start = g_get_monotonic_time ();
    cpu = zs_bench_cpu_ms ();
    if (!zs_bulletin_write_pdf (bulletin, path, &error))
      g_error ("%s", error->message);
    zs_bench_report_cpu ("bulletin: written again in the same process", zs_bench_ms_since (start),
                         zs_bench_cpu_ms () - cpu);
    print_in_own_process ("--pdf-floor", "-", path);
    print_in_own_process ("--bulletin-warm", zs_store_get_path (store), path);
    g_unlink (path);
  }
}

static void
bench_window (ZsStore *store)
{
  ZsWindow *window = zs_window_new (NULL, store);
  ZsDispatchPage *dispatch;
  gint64 start;
  double blocked, cpu;
  ZsBenchHeartbeat *beat;

  g_print ("Window (1366×768, under Xvfb):\n");
  gtk_window_set_default_size (GTK_WINDOW (window), 1366, 768);
  gtk_window_present (GTK_WINDOW (window));
  zs_test_wait_until_mapped (GTK_WIDGET (window));

  start = g_get_monotonic_time ();
  zs_window_show_page (window, "carriers");
  zs_test_drain_events ();
  zs_bench_report ("show the carriers page", zs_bench_ms_since (start));

  start = g_get_monotonic_time ();
  cpu = zs_bench_cpu_ms ();
  beat = zs_bench_heartbeat_start ();
  zs_window_show_page (window, "dispatch");
  dispatch = ZS_DISPATCH_PAGE (zs_test_find_page (window, ZS_TYPE_DISPATCH_PAGE));
  zs_test_wait_for_frame (GTK_WIDGET (dispatch));
  zs_bench_report ("show the dispatch page (figures still coming)", zs_bench_ms_since (start));
  /* The first screen (the tiles), drawn: the rest of the page follows. */
  blocked = longest_block (page_has_figures, dispatch);
  zs_test_wait_for_frame (GTK_WIDGET (dispatch));
  zs_bench_report_cpu ("  until this month's figures are on screen", zs_bench_ms_since (start), zs_bench_cpu_ms () - cpu);
  blocked = MAX (blocked, longest_block (page_idle, dispatch));
  zs_test_drain_events ();
  zs_bench_report_cpu ("  until the whole page is filled in", zs_bench_ms_since (start), zs_bench_cpu_ms () - cpu);
  zs_bench_report ("  longest the main loop waited meanwhile", blocked);
  /* The attention lists are shown after the figures: the heartbeat
   * watches for a second and a half more. */
  run_for (1500);
  zs_bench_report ("  latest a 10 ms heartbeat came, lists included", zs_bench_heartbeat_stop (beat));

  start = g_get_monotonic_time ();
  zs_dispatch_page_set_period (dispatch, ZS_PERIOD_YEAR, NULL, NULL);
  blocked = longest_block (page_idle, dispatch);
  zs_test_drain_events ();
  zs_bench_report ("switch to this year, figures on screen", zs_bench_ms_since (start));
  zs_bench_report ("  longest the main loop waited meanwhile", blocked);

  start = g_get_monotonic_time ();
  zs_dispatch_page_step (dispatch, -1);
  zs_dispatch_page_step (dispatch, 1);
  blocked = longest_block (page_idle, dispatch);
  zs_test_drain_events ();
  zs_bench_report ("back a year and forward again (first count cancelled)", zs_bench_ms_since (start));

  gtk_window_destroy (GTK_WINDOW (window));
  zs_test_drain_events ();
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(ZsStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = zs_date_today ();
  gint64 start;

  setlocale (LC_ALL, "");
  self_path = argv[0];
  /* The bulletin's figures that need a process of their own. */
  if (argc == 4 && g_str_equal (argv[1], "--pdf-floor"))
    {
      zs_bench_report ("floor: cairo embedding the bulletin's three CJK faces [CPU]", bulletin_floor (argv[3]));
      return 0;
    }
  if (argc == 4 && g_str_equal (argv[1], "--bulletin-warm"))
    return bulletin_after_warm_up (argv[2], argv[3]);
  if (argc != 2)
    {
      g_printerr ("usage: zs-bench-dispatch DATABASE\n");
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
  g_print ("%s: %" G_GINT64_FORMAT " projects, %" G_GINT64_FORMAT " partners, %" G_GINT64_FORMAT
           " stage events, %" G_GINT64_FORMAT " carriers\n", argv[1],
           zs_store_count_all (store, ZS_TYPE_PROJECT, NULL), zs_store_count_all (store, ZS_TYPE_PARTNER, NULL),
           zs_store_count_all (store, ZS_TYPE_STAGE_EVENT, NULL), zs_store_count_all (store, ZS_TYPE_CARRIER, NULL));
  zs_bench_report ("open a connection (integrity check included)", zs_bench_ms_since (start));

  /* BENCH_WINDOW_ONLY=1: the page alone, for comparing two builds;
   * BENCH_DUE_ONLY=1: the 今日待办 list alone. */
  if (g_getenv ("BENCH_DUE_ONLY") != NULL)
    {
      bench_due (store, today);
      return 0;
    }
  if (g_getenv ("BENCH_WINDOW_ONLY") == NULL)
    bench_core (store, today);
  bench_window (store);
  return 0;
}
