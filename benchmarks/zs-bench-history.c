/* zs-bench-history.c — saving with a long change history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * On a copy of a database of 100,000 projects: the time of one field save
 * (its history row included) with no history, then after 1,000,000 history
 * rows, and the time to open one record's history; the ratio of the two
 * save times is what must stay near 1. Then the whole history exported
 * as the 修改记录 window exports it, and as a grid first (as it did
 * before), each with the time and how far it raised the peak memory.
 *   zs-bench-history DATABASE [HISTORY_ROWS]
 */
#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <glib/gstdio.h>

#include "zs-core.h"
#include "zs-sheet-history.h"
#include "zs-test-util.h"

#define EDITS 500

/* Milliseconds per save of a changed name, over EDITS projects. */
static double
time_saves (ZsStore *store,
            GArray  *ids,
            int      round)
{
  gint64 start = g_get_monotonic_time ();

  for (guint i = 0; i < EDITS; i++)
    {
      g_autoptr(ZsRecord) p = zs_store_load (store, ZS_TYPE_PROJECT, g_array_index (ids, gint64, (i * 197) % ids->len), NULL);
      g_autofree char *name = g_strdup_printf ("基准项目%d-%u", round, i);
      g_autoptr(GError) error = NULL;

      zs_record_set_string (p, ZS_PROJECT_NAME, name);
      if (!zs_store_save (store, p, &error))
        g_error ("save: %s", error->message);
    }
  return (g_get_monotonic_time () - start) / 1000.0 / EDITS;
}

/* Fills the history with @rows entries: edits of every project in turn, in
 * transactions of 10,000. */
static void
fill_history (ZsStore *store,
              GArray  *ids,
              guint    rows)
{
  for (guint i = 0; i < rows; i++)
    {
      g_autoptr(ZsRecord) p = NULL;
      g_autofree char *name = NULL;

      if (i % 10000 == 0 && !zs_store_begin (store, NULL))
        g_error ("begin");
      p = zs_store_load (store, ZS_TYPE_PROJECT, g_array_index (ids, gint64, i % ids->len), NULL);
      name = g_strdup_printf ("填充%u", i);
      zs_record_set_string (p, ZS_PROJECT_NAME, name);
      if (!zs_store_save (store, p, NULL))
        g_error ("fill save");
      if (i % 10000 == 9999 || i == rows - 1)
        if (!zs_store_commit (store, NULL))
          g_error ("commit");
    }
}

/* @filled: the history was filled, so every record has some; before, a
 * record may have none, which is what opening it then costs. */
static double
time_open_history (ZsStore  *store,
                   GArray   *ids,
                   gboolean  filled)
{
  gint64 start = g_get_monotonic_time ();

  for (guint i = 0; i < 100; i++)
    {
      ZsHistoryFilter filter = { ZS_TYPE_PROJECT, g_array_index (ids, gint64, (i * 991) % ids->len), NULL, NULL, NULL, NULL, FALSE };
      g_autoptr(ZsHistoryModel) model = zs_history_model_new (store, &filter, 10);

      if (filled && g_list_model_get_n_items (G_LIST_MODEL (model)) == 0)
        g_error ("a record without history");
    }
  return (g_get_monotonic_time () - start) / 1000.0 / 100;
}

/* The whole history as CSV into a scratch folder: written as it is read
 * (@as_grid FALSE) or held as a grid first. CSV, because a history of
 * more than 1,048,571 entries does not fit an .xlsx worksheet. */
static void
time_export (ZsStore  *store,
             gboolean  as_grid)
{
  g_autofree char *dir = g_dir_make_tmp ("zs-bench-history-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "history.csv", NULL);
  g_autoptr(GError) error = NULL;
  double before;
  gint64 start;
  guint64 n = 0;
  gboolean ok;

  zs_test_clear_peak ();
  before = zs_test_status_mb ("VmHWM:");
  start = g_get_monotonic_time ();
  if (as_grid)
    {
      g_autoptr(ZsSheetGrid) grid = zs_sheet_history_grid (store, NULL, NULL, &error);

      ok = grid != NULL && zs_sheet_grid_write (grid, path, ZS_SHEET_FORMAT_CSV, NULL, &error);
      n = grid != NULL ? zs_sheet_grid_get_n_rows (grid) : 0;
    }
  else
    ok = zs_sheet_history_write (store, NULL, path, ZS_SHEET_FORMAT_CSV, &n, NULL, &error);
  if (!ok)
    g_error ("export: %s", error->message);
  g_print ("export the whole history (%" G_GUINT64_FORMAT " entries) as CSV, %s: %.2f s, peak +%.1f MB\n",
           n, as_grid ? "as a grid first (before)" : "written as read", (g_get_monotonic_time () - start) / 1e6,
           zs_test_status_mb ("VmHWM:") - before);
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(ZsStore) store = NULL;
  g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_PROJECT);
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;
  guint rows = argc > 2 ? (guint) atoi (argv[2]) : 1000000;
  double empty, full, open_empty, open_full, floor_ms;

  setlocale (LC_ALL, "");
  if (argc < 2)
    {
      g_printerr ("usage: zs-bench-history DATABASE [HISTORY_ROWS]\n");
      return 2;
    }
  store = zs_store_open (argv[1], &error);
  if (store == NULL)
    g_error ("%s", error->message);
  zs_store_set_actor (store, "基准");
  ids = zs_store_query (store, query, NULL);
  g_print ("projects: %u\n", ids->len);

  /* A first pass warms the page cache, so that neither figure below
   * measures the disk (a first run measured 4.3 ms with an empty history
   * and 0.9 ms after a million rows, the cache warm by then). */
  time_saves (store, ids, -1);

  /* The floor: the same saves' work without a history row, measured as the
   * save of a field that did not change (read, write, no entry). */
  {
    gint64 start = g_get_monotonic_time ();

    for (guint i = 0; i < EDITS; i++)
      {
        g_autoptr(ZsRecord) p = zs_store_load (store, ZS_TYPE_PROJECT, g_array_index (ids, gint64, (i * 197) % ids->len), NULL);

        if (!zs_store_save (store, p, NULL))
          g_error ("save");
      }
    floor_ms = (g_get_monotonic_time () - start) / 1000.0 / EDITS;
  }
  empty = time_saves (store, ids, 0);
  open_empty = time_open_history (store, ids, FALSE);
  {
    gint64 start = g_get_monotonic_time ();

    fill_history (store, ids, rows);
    g_print ("filled %u history rows in %.1f s\n", rows, (g_get_monotonic_time () - start) / 1e6);
  }
  full = time_saves (store, ids, 1);
  open_full = time_open_history (store, ids, TRUE);

  g_print ("save, no history row written (floor): %.3f ms\n", floor_ms);
  g_print ("save of one field, history nearly empty: %.3f ms\n", empty);
  g_print ("save of one field, %u more history rows: %.3f ms\n", rows, full);
  g_print ("ratio: %.2f×\n", full / empty);
  g_print ("open a record's history (first page), nearly empty: %.3f ms; with %u rows: %.3f ms\n",
           open_empty, rows, open_full);
  time_export (store, FALSE);
  time_export (store, TRUE);
  return 0;
}
