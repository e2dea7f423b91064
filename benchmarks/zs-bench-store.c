/* zs-bench-store.c — one engine's figures at a bureau's size, for a
 * comparison of SQLite and a PostgreSQL server
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Not a test: prints figures (benchmarks/postgresql.sh runs it once per
 * engine on the same data).
 *
 *   zs-bench-store figures LOCATION EMPTY_LOCATION CLERKS
 *       opening; a 2- and a 4-character search; the dispatch figures of
 *       a month; an export of everything and its import into
 *       EMPTY_LOCATION; the latency of a save with 1 and with CLERKS
 *       clerk processes saving at once (median and 95th percentile)
 *   zs-bench-store saver LOCATION N FIRST
 *       (a clerk process) saves N projects from the FIRST-th, one
 *       transaction each, and prints each save's time in µs
 */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "zs-database.h"
#include "zs-core.h"
#include "zs-exchange.h"

#define SAVES_PER_CLERK 200

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

static void
report (const char *what,
        double      ms)
{
  g_print ("%-44s %10.1f ms\n", what, ms);
}

static ZsStore *
open_or_die (const char *location)
{
  g_autoptr(GError) error = NULL;
  ZsStore *store = zs_database_open (location, &error);

  if (store == NULL)
    g_error ("%s", error->message);
  return store;
}

static GArray *
all_projects (ZsStore *store)
{
  g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_PROJECT);

  return zs_store_query (store, query, NULL);
}

static int
saver (const char *location,
       guint       n,
       guint       first)
{
  g_autoptr(ZsStore) store = open_or_die (location);
  g_autoptr(GArray) ids = all_projects (store);

  for (guint i = 0; i < n && ids->len > 0; i++)
    {
      gint64 id = g_array_index (ids, gint64, (first + i * 7) % ids->len);
      g_autoptr(ZsRecord) project = zs_store_load (store, ZS_TYPE_PROJECT, id, NULL);
      g_autofree char *notes = g_strdup_printf ("第 %u 次修改", i);
      g_autoptr(GError) error = NULL;
      gint64 start;

      if (project == NULL)
        continue;
      zs_record_set_string (project, ZS_PROJECT_NOTES, notes);
      start = g_get_monotonic_time ();
      /* Another clerk's save of the same row, or the write lock, may
       * refuse it: that is part of the figure, and counted. */
      if (!zs_store_save (store, project, &error))
        zs_store_reload (store, project, NULL);
      g_print ("%" G_GINT64_FORMAT "\n", g_get_monotonic_time () - start);
    }
  return 0;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* @clerks processes saving at once; the median and the 95th percentile. */
static void
bench_saves (const char *self_path,
             const char *location,
             guint       clerks)
{
  g_autoptr(GPtrArray) children = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *what = NULL;
  g_autofree char *n = g_strdup_printf ("%u", SAVES_PER_CLERK);

  for (guint c = 0; c < clerks; c++)
    {
      g_autofree char *first = g_strdup_printf ("%u", c * 1000);
      g_autoptr(GError) error = NULL;
      GSubprocess *child = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error, self_path, "saver",
                                             location, n, first, NULL);

      if (child == NULL)
        g_error ("%s", error->message);
      g_ptr_array_add (children, child);
    }
  for (guint c = 0; c < children->len; c++)
    {
      g_autofree char *out = NULL;
      g_auto(GStrv) lines = NULL;

      g_subprocess_communicate_utf8 (g_ptr_array_index (children, c), NULL, NULL, &out, NULL, NULL);
      lines = g_strsplit (out != NULL ? out : "", "\n", -1);
      for (guint i = 0; lines[i] != NULL; i++)
        if (*lines[i] != '\0')
          {
            double ms = g_ascii_strtod (lines[i], NULL) / 1000.0;

            g_array_append_val (times, ms);
          }
    }
  g_array_sort (times, compare_doubles);
  if (times->len == 0)
    return;
  what = g_strdup_printf ("save, %u clerk%s: median", clerks, clerks > 1 ? "s" : "");
  report (what, g_array_index (times, double, times->len / 2));
  g_free (what);
  what = g_strdup_printf ("save, %u clerk%s: 95th percentile", clerks, clerks > 1 ? "s" : "");
  report (what, g_array_index (times, double, (guint) (times->len * 0.95)));
}

static void
bench_search (ZsStore    *store,
              const char *term)
{
  g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_PROJECT);
  g_autoptr(GArray) ids = NULL;
  g_autofree char *what = NULL;
  gint64 start;

  zs_query_set_search (query, term);
  start = g_get_monotonic_time ();
  ids = zs_store_query (store, query, NULL);
  what = g_strdup_printf ("search “%s” (%u found)", term, ids != NULL ? ids->len : 0);
  report (what, ms_since (start));
}

static int
figures (const char *self_path,
         const char *location,
         const char *empty_location,
         guint       clerks)
{
  g_autoptr(ZsStore) store = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(ZsRecord) first = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first_day = NULL;
  g_autofree char *last_day = NULL;
  g_autofree char *today = zs_date_today ();
  g_autofree char *scratch = NULL;
  g_autofree char *file_path = NULL;
  const char *name;
  gint64 start;

  start = g_get_monotonic_time ();
  store = open_or_die (location);
  ids = all_projects (store);
  report ("open and list every project", ms_since (start));
  if (ids->len == 0)
    g_error ("%s has no projects", location);

  /* Terms the data has: the start of a project's name. */
  first = zs_store_load (store, ZS_TYPE_PROJECT, g_array_index (ids, gint64, ids->len / 2), NULL);
  name = zs_record_get_string (first, ZS_PROJECT_NAME);
  {
    g_autofree char *two = g_utf8_substring (name, 0, 2);
    g_autofree char *four = g_utf8_substring (name, 0, MIN (4, g_utf8_strlen (name, -1)));

    bench_search (store, two);
    bench_search (store, four);
  }

  zs_period_bounds (ZS_PERIOD_MONTH, today, &first_day, &last_day);
  start = g_get_monotonic_time ();
  {
    g_autoptr(ZsReport) month = zs_report_new (store, first_day, last_day, today, NULL, &error);

    if (month == NULL)
      g_error ("%s", error->message);
  }
  report ("dispatch figures of this month", ms_since (start));

  scratch = g_dir_make_tmp ("zs-bench-store-XXXXXX", NULL);
  file_path = g_build_filename (scratch, "all.xml", NULL);
  start = g_get_monotonic_time ();
  if (!zs_exchange_export (store, file_path, "基准测试", &error))
    g_error ("%s", error->message);
  report ("export everything", ms_since (start));

  {
    g_autoptr(ZsStore) target = open_or_die (empty_location);
    g_autoptr(GFile) file = g_file_new_for_path (file_path);
    g_autoptr(ZsImportReport) plan = NULL;

    start = g_get_monotonic_time ();
    plan = zs_exchange_preview (target, file, NULL, NULL, NULL, NULL, &error);
    if (plan == NULL || !zs_exchange_apply (target, file, plan, NULL, NULL, NULL, NULL, &error))
      g_error ("%s", error->message);
    report ("import it into an empty database", ms_since (start));
  }
  g_unlink (file_path);
  g_rmdir (scratch);

  g_clear_object (&store);
  bench_saves (self_path, location, 1);
  bench_saves (self_path, location, clerks);
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");

  if (argc == 5 && strcmp (argv[1], "saver") == 0)
    return saver (argv[2], (guint) atoi (argv[3]), (guint) atoi (argv[4]));
  if (argc == 5 && strcmp (argv[1], "figures") == 0)
    return figures (argv[0], argv[2], argv[3], (guint) atoi (argv[4]));
  g_printerr ("usage: zs-bench-store figures LOCATION EMPTY_LOCATION CLERKS | saver LOCATION N FIRST\n");
  return 2;
}
