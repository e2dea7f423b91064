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
#define _GNU_SOURCE 1  /* RUSAGE_THREAD */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "zs-board-page.h"
#include "zs-database.h"
#include "zs-test-ui-util.h"
#include "zs-test-util.h"
#include "zs-today-page.h"
#include "zs-window.h"

/* The main thread's CPU time in ms: what the window's own work costs, not
 * the helper threads (pinyin, SQLite) that run beside it on another core. */
static double
main_cpu_ms (void)
{
  struct rusage usage;

  getrusage (RUSAGE_THREAD, &usage);
  return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0 +
         (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}
#define zs_bench_cpu_ms main_cpu_ms

static void
report_mb (const char *what,
           double      mb)
{
  g_print ("  %-52s %8.1f MB\n", what, mb);
}

static gint64
count_all (ZsBoardPage *board)
{
  gint64 n = 0;

  for (ZsStage s = ZS_STAGE_LEAD; s <= ZS_STAGE_TERMINATED; s++)
    n += zs_board_column_get_count (zs_board_page_get_column (board, s));
  return n;
}

/* The filter set and the main loop idle again: what a profiler's
 * --toggle-collect=set_and_settle counts. */
static G_GNUC_NO_INLINE void
set_and_settle (ZsProjectFilter *filter,
                const char      *property,
                va_list          args)
{
  g_object_set_valist (G_OBJECT (filter), property, args);
  zs_bench_settle ();
}

static void
on_after_paint (GdkFrameClock *clock,
                gint64        *painted)
{
  if (*painted == 0)
    *painted = g_get_monotonic_time ();
}

static void
filter_step (ZsBoardPage *board,
             const char  *what,
             const char  *property,
             ...)
{
  ZsProjectFilter *filter = zs_board_page_get_filter (board);
  gint64 start;
  double cpu;
  va_list args;
  double ms;
  g_autofree char *label = NULL;

  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (board));
  gint64 painted = 0;
  gulong handler;

  zs_project_filter_clear (filter);
  zs_bench_settle ();
  zs_bench_pause ();
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &painted);
  start = g_get_monotonic_time ();
  cpu = zs_bench_cpu_ms ();
  va_start (args, property);
  set_and_settle (filter, property, args);
  va_end (args);
  /* The loop can be idle before the frame, when GDK has put it off. */
  if (painted == 0)
    {
      zs_test_wait_for_frame (GTK_WIDGET (board));
      zs_bench_settle ();
    }
  ms = zs_bench_ms_since (start);
  g_signal_handler_disconnect (clock, handler);
  /* Settled: the off-screen cards the grid keeps filled in too, after the frame. */
  label = g_strdup_printf ("filter: %s (%" G_GINT64_FORMAT " shown)", what, count_all (board));
  zs_bench_report_cpu (label, ms, zs_bench_cpu_ms () - cpu);
  g_clear_pointer (&label, g_free);
  /* What the clerk sees: the first frame painted after the change. */
  label = g_strdup_printf ("filter: %s: the result's first frame", what);
  zs_bench_report (label, painted > 0 ? (painted - start) / 1000.0 : ms);
}

/* Resident memory now: what a step keeps, beside the peak; and of it what
 * the heap holds and what mapped files (fonts, libraries) do. */
static void
report_resident (const char *what)
{
  report_mb (what, zs_test_status_mb ("VmRSS:"));
  g_print ("    of which anonymous %.1f MB, files %.1f MB\n", zs_test_status_mb ("RssAnon:"), zs_test_status_mb ("RssFile:"));
}

/* Peak resident memory of this process so far, in MB. */
static double
peak_rss_mb (void)
{
  return zs_test_status_mb ("VmHWM:");
}

/* Presents @window and returns the time from @start (before the window
 * was made) to its first painted frame; the process's CPU time from
 * @cpu_start until then in @cpu. */
static double
present_until_first_frame (GtkWindow *window,
                           gint64     start,
                           double     cpu_start,
                           double    *cpu)
{
  gint64 painted = 0;
  GdkFrameClock *clock;
  gulong handler;

  gtk_window_present (window);
  while (!gtk_widget_get_realized (GTK_WIDGET (window)))
    g_main_context_iteration (NULL, TRUE);
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &painted);
  while (painted == 0)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, handler);
  *cpu = zs_bench_cpu_ms () - cpu_start;
  return (painted - start) / 1000.0;
}

/* The floor: an empty libadwaita window, as the app's own status page. */
static int
bench_bare_window (void)
{
  gint64 start = g_get_monotonic_time ();
  double cpu_start = zs_bench_cpu_ms ();
  GtkWidget *window = adw_application_window_new (NULL);
  GtkWidget *status = adw_status_page_new ();
  double ms, cpu;

  adw_status_page_set_title (ADW_STATUS_PAGE (status), "招商工作台");
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), status);
  gtk_window_set_default_size (GTK_WINDOW (window), 1440, 900);
  ms = present_until_first_frame (GTK_WINDOW (window), start, cpu_start, &cpu);
  zs_bench_report_cpu ("bare window: first frame", ms, cpu);
  zs_bench_settle ();
  report_mb ("bare window: peak memory", peak_rss_mb ());
  report_resident ("bare window: resident");
  gtk_window_destroy (GTK_WINDOW (window));
  zs_bench_settle ();
  return 0;
}

/* Puts a word into the board's search entry as an input method commits it
 * (the whole word in one insertion, searched without the entry's pause)
 * and waits for the columns to show the result. */
static void
type_search (ZsBoardPage *board,
             const char  *text)
{
  GtkWidget *entry = zs_test_find_widget (GTK_WIDGET (board), GTK_TYPE_SEARCH_ENTRY);
  gint64 before = count_all (board);
  gint64 start;
  double cpu;
  g_autofree char *label = NULL;

  zs_bench_pause ();
  start = g_get_monotonic_time ();
  cpu = zs_bench_cpu_ms ();
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  while (count_all (board) == before)
    g_main_context_iteration (NULL, TRUE);
  /* What the clerk sees: the frame with the visible cards of the result. */
  zs_test_wait_for_frame (GTK_WIDGET (board));
  label = g_strdup_printf ("type “%s”: the result's first frame", text);
  zs_bench_report_cpu (label, zs_bench_ms_since (start), zs_bench_cpu_ms () - cpu);
  g_clear_pointer (&label, g_free);
  label = g_strdup_printf ("type “%s” into the search: board shows %" G_GINT64_FORMAT, text, count_all (board));
  zs_bench_report_cpu (label, zs_bench_timed_settle (start), zs_bench_cpu_ms () - cpu);
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  while (count_all (board) != before)
    g_main_context_iteration (NULL, TRUE);
  zs_bench_settle ();
}

/* Letters typed key by key (pinyin initials), as fast as can be: the entry
 * waits its pause after the last one. Timed from the last key to the frame
 * with the result, the pause included. */
static void
type_letters (ZsBoardPage *board,
              const char  *letters)
{
  GtkWidget *entry = zs_test_find_widget (GTK_WIDGET (board), GTK_TYPE_SEARCH_ENTRY);
  gint64 before = count_all (board);
  gint64 start = 0;
  double cpu = 0;
  g_autofree char *label = NULL;

  zs_bench_pause ();
  for (const char *p = letters; *p != '\0'; p++)
    {
      int position = (int) g_utf8_strlen (gtk_editable_get_text (GTK_EDITABLE (entry)), -1);

      start = g_get_monotonic_time ();
      cpu = zs_bench_cpu_ms ();
      gtk_editable_insert_text (GTK_EDITABLE (entry), p, 1, &position);
    }
  while (count_all (board) == before)
    g_main_context_iteration (NULL, TRUE);
  zs_test_wait_for_frame (GTK_WIDGET (board));
  label = g_strdup_printf ("type “%s” key by key: the result's first frame after the last key", letters);
  zs_bench_report_cpu (label, zs_bench_ms_since (start), zs_bench_cpu_ms () - cpu);
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  while (count_all (board) != before)
    g_main_context_iteration (NULL, TRUE);
  zs_bench_settle ();
}

/* BENCH_LEDGER_ONLY=1: the ledger opened, jumped through and sorted, with
 * each step's CPU time and the memory it leaves and peaks at. */
static int
ledger_only (ZsWindow    *window,
             ZsBoardPage *board)
{
  GtkWidget *view;
  gint64 start;
  double cpu;

  report_resident ("before the ledger: resident");
  start = g_get_monotonic_time ();
  cpu = zs_bench_cpu_ms ();
  zs_board_page_show_view (board, "ledger");
  zs_bench_report_cpu ("switch to the ledger", zs_bench_timed_settle (start), zs_bench_cpu_ms () - cpu);
  report_resident ("ledger shown: resident");
  report_mb ("ledger shown: peak so far", peak_rss_mb ());
  view = zs_test_find_widget (GTK_WIDGET (zs_board_page_get_ledger (board)), GTK_TYPE_COLUMN_VIEW);
  zs_bench_scroll (view, "the ledger");
  report_resident ("ledger jumped through: resident");
  report_mb ("ledger jumped through: peak so far", peak_rss_mb ());
  start = g_get_monotonic_time ();
  cpu = zs_bench_cpu_ms ();
  zs_ledger_sort_by (zs_board_page_get_ledger (board), ZS_PROJECT_PLANNED_INVESTMENT, TRUE);
  zs_bench_report_cpu ("sort the ledger by planned investment", zs_bench_timed_settle (start),
                       zs_bench_cpu_ms () - cpu);
  zs_bench_scroll (view, "the sorted ledger");
  report_resident ("ledger sorted and jumped through: resident");
  report_mb ("peak memory", peak_rss_mb ());
  gtk_window_destroy (GTK_WINDOW (window));
  zs_bench_settle ();
  return 0;
}

/* ---- the window's background work at start: the full check, the daily copy ---- */

typedef struct {
  gint64   started;
  double   ms;
  gboolean done;
} Background;

static void
on_checked (GObject      *source,
            GAsyncResult *result,
            gpointer      data)
{
  Background *check = data;
  g_autoptr(GError) error = NULL;

  if (!zs_store_check_integrity_finish (ZS_STORE (source), result, &error))
    g_printerr ("the full check: %s\n", error->message);
  check->ms = zs_bench_ms_since (check->started);
  check->done = TRUE;
}

/* The daily copy as zs_database_auto_backup_async() makes it (a second
 * connection, zs_store_backup_to()), into a folder of its own, so that
 * the benchmark's database gets no copy and no note of one. */
static void
copy_in_thread (GTask        *task,
                gpointer      source,
                gpointer      data,
                GCancellable *cancellable)
{
  g_autoptr(ZsStore) store = zs_store_open_secondary (zs_store_get_path (source), NULL);
  g_autofree char *dir = g_dir_make_tmp ("zs-bench-copy-XXXXXX", NULL);
  g_autofree char *dest = g_build_filename (dir, "copy.db", NULL);
  g_autoptr(GError) error = NULL;

  if (store == NULL || !zs_store_backup_to (store, dest, &error))
    g_printerr ("the daily copy: %s\n", error != NULL ? error->message : "cannot open");
  g_clear_object (&store);
  g_unlink (dest);
  g_rmdir (dir);
  g_task_return_boolean (task, TRUE);
}

static void
on_copied (GObject      *source,
           GAsyncResult *result,
           gpointer      data)
{
  Background *copy = data;

  copy->ms = zs_bench_ms_since (copy->started);
  copy->done = TRUE;
}

/* Waits for the full check the window began after its first frame, then
 * makes the daily copy as the window would, and reports the peak memory
 * of the window through both: what a clerk's PC sees on the first start
 * of a day, beyond the board's own figures. */
static void
finish_background (ZsStore    *store,
                   Background *check)
{
  Background copy = { 0 };
  g_autoptr(GTask) task = NULL;

  while (!check->done)
    g_main_context_iteration (NULL, TRUE);
  zs_bench_report ("the full check, begun after the first frame", check->ms);
  report_mb ("the full check ended: peak memory so far", peak_rss_mb ());

  copy.started = g_get_monotonic_time ();
  task = g_task_new (store, NULL, on_copied, &copy);
  g_task_run_in_thread (task, copy_in_thread);
  while (!copy.done)
    g_main_context_iteration (NULL, TRUE);
  zs_bench_report ("the daily copy", copy.ms);
  report_mb ("the daily copy ended: peak memory so far", peak_rss_mb ());
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
  Background check = { 0 };
  gint64 start;
  double cpu_start, ms, cpu;

  setlocale (LC_ALL, "");
  if (argc != 2)
    {
      g_printerr ("usage: zs-bench-board DATABASE | --bare (a new DATABASE gets the demo data)\n");
      return 2;
    }

  adw_init ();
  zs_test_load_styles ();
  if (g_str_equal (argv[1], "--bare"))
    return bench_bare_window ();
  start = g_get_monotonic_time ();
  store = zs_database_open_for_window (argv[1], &error);
  if (store == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  all = zs_query_new (ZS_TYPE_PROJECT);
  /* An empty database gets the demo's 50 projects: the small case. */
  if (zs_store_count (store, all, NULL) == 0 && !zs_database_load_demo (store, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_print ("database %s: %" G_GINT64_FORMAT " projects\n", argv[1], zs_store_count (store, all, NULL));
  zs_bench_report ("open the database as the window does (full check after the first frame)", zs_bench_ms_since (start));

  /* Both windows are timed from before they are made. */
  start = g_get_monotonic_time ();
  cpu_start = zs_bench_cpu_ms ();
  window = zs_window_new (NULL, store);
  gtk_window_set_default_size (GTK_WINDOW (window), g_getenv ("BENCH_W") ? atoi (g_getenv ("BENCH_W")) : 1440, g_getenv ("BENCH_H") ? atoi (g_getenv ("BENCH_H")) : 900);
  ms = present_until_first_frame (GTK_WINDOW (window), start, cpu_start, &cpu);
  zs_bench_report_cpu ("first frame of the board", ms, cpu);
  report_mb ("first frame: peak memory so far", peak_rss_mb ());
  /* As the window's opener does: the full check after the first frame. */
  if (g_getenv ("BENCH_WITH_CHECK") != NULL)
    {
      check.started = g_get_monotonic_time ();
      zs_store_check_integrity_async (store, NULL, on_checked, &check);
    }
  /* For a profiler's run of the start alone. */
  if (g_getenv ("BENCH_FIRST_FRAME_ONLY") != NULL)
    return 0;
  ms = zs_bench_timed_settle (start);
  zs_bench_report_cpu ("open the window with the board on screen", ms, zs_bench_cpu_ms () - cpu_start);
  /* The main loop settles before the 今日待办 worker ends: waited for,
   * so that what follows is measured without it, as the label says. */
  {
    ZsTodayPage *today = ZS_TODAY_PAGE (zs_test_find_page (window, ZS_TYPE_TODAY_PAGE));

    while (zs_today_page_is_loading (today))
      g_main_context_iteration (NULL, TRUE);
    zs_bench_settle ();
    zs_bench_report ("the 今日待办 list in (its worker ended)", zs_bench_ms_since (start));
  }
  report_mb ("window settled (today list built): peak memory so far", peak_rss_mb ());
  /* The window's first start of a day, with the check and the copy. */
  if (g_getenv ("BENCH_WITH_CHECK") != NULL)
    {
      finish_background (store, &check);
      gtk_window_destroy (GTK_WINDOW (window));
      zs_bench_settle ();
      return 0;
    }
  /* The demo's small case needs only the start. */
  if (g_getenv ("BENCH_UNTIL_SETTLED") != NULL)
    {
      gtk_window_destroy (GTK_WINDOW (window));
      zs_bench_settle ();
      return 0;
    }

  board = ZS_BOARD_PAGE (zs_test_find_page (window, ZS_TYPE_BOARD_PAGE));
  if (g_getenv ("BENCH_LEDGER_ONLY") != NULL)
    return ledger_only (window, board);

  /* For a profiler: one search, cleared and set again BENCH_REPEAT times. */
  if (g_getenv ("BENCH_ONLY_SEARCH") != NULL)
    {
      int n = g_getenv ("BENCH_REPEAT") ? atoi (g_getenv ("BENCH_REPEAT")) : 20;

      for (int i = 0; i < n; i++)
        filter_step (board, "search", "search", g_getenv ("BENCH_ONLY_SEARCH"), NULL);
      gtk_window_destroy (GTK_WINDOW (window));
      zs_bench_settle ();
      return 0;
    }

  type_search (board, "精密");
  /* For a profiler: the first search typed, alone, or BENCH_REPEAT times. */
  if (g_getenv ("BENCH_FIRST_TYPE_ONLY") != NULL)
    {
      int n = g_getenv ("BENCH_REPEAT") ? atoi (g_getenv ("BENCH_REPEAT")) : 1;

      for (int i = 1; i < n; i++)
        type_search (board, "精密");
      gtk_window_destroy (GTK_WINDOW (window));
      zs_bench_settle ();
      return 0;
    }
  type_search (board, "精密铸造");
  type_letters (board, "wfjk");
  filter_step (board, "search “精密” (2 characters)", "search", "精密", NULL);
  filter_step (board, "search “精密铸造” (4 characters)", "search", "精密铸造", NULL);
  filter_step (board, "search “wfjk” (pinyin initials)", "search", "wfjk", NULL);
  filter_step (board, "search “weifang” (full pinyin)", "search", "weifang", NULL);
  filter_step (board, "grade red", "grade", ZS_GRADE_RED, NULL);
  filter_step (board, "key projects", "key-only", TRUE, NULL);
  filter_step (board, "stale only", "stale-only", TRUE, NULL);
  {
    g_autoptr(ZsQuery) chains = zs_query_new (ZS_TYPE_CHAIN);
    g_autoptr(GArray) ids = zs_store_query (store, chains, NULL);

    filter_step (board, "one chain", "chain-id", g_array_index (ids, gint64, 2), NULL);
  }
  start = g_get_monotonic_time ();
  cpu_start = zs_bench_cpu_ms ();
  zs_project_filter_clear (zs_board_page_get_filter (board));
  ms = zs_bench_timed_settle (start);
  zs_bench_report_cpu ("clear the filter", ms, zs_bench_cpu_ms () - cpu_start);

  zs_bench_scroll (zs_test_find_widget (GTK_WIDGET (zs_board_page_get_column (board, ZS_STAGE_SIGNED)), GTK_TYPE_GRID_VIEW),
                   "签约 column");

  start = g_get_monotonic_time ();
  zs_board_page_show_view (board, "ledger");
  zs_bench_report ("switch to the ledger", zs_bench_timed_settle (start));
  start = g_get_monotonic_time ();
  zs_ledger_sort_by (zs_board_page_get_ledger (board), ZS_PROJECT_PLANNED_INVESTMENT, TRUE);
  zs_bench_report ("sort the ledger by planned investment", zs_bench_timed_settle (start));

  report_mb ("peak memory", peak_rss_mb ());
  gtk_window_destroy (GTK_WINDOW (window));
  zs_bench_settle ();
  return 0;
}
