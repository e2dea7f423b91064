/* fuzz-exchange.c — libFuzzer target for reading exchange files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Not a test: feeds arbitrary bytes through the whole preview (reader,
 * schema validation, file index, merge rules) against a seeded database,
 * and through the one-pass import of the command line (zs-exchange-once.c)
 * against a second database that holds the same: the two must take or
 * refuse the same files and leave as many records of each type, or the
 * target aborts.
 * Build and run with the meson option "fuzzing":
 *   CC=clang meson setup _fuzz -Dfuzzing=true -Db_sanitize=address,undefined -Db_lundef=false \
 *     -Dc_args="-fsanitize=fuzzer-no-link -O1 -fno-omit-frame-pointer"
 *   ninja -C _fuzz tests/fuzz-exchange
 *   mkdir corpus && cp tests/exchange/*.xml tests/exchange/bad/*.xml corpus/
 *   UBSAN_OPTIONS=halt_on_error=1 _fuzz/tests/fuzz-exchange -max_total_time=600 -max_len=16384 corpus
 * (libFuzzer adds what it finds to the first folder: not the source tree.)
 */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <stdlib.h>

#include "zs-core.h"
#include "zs-exchange.h"
#include "zs-database.h"

static ZsScratch *folder;
static ZsStore *store;
static ZsStore *once_store;
static char *scratch;

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

/* libFuzzer ends with exit(): the folder goes then. A crash leaves it to
 * the next run, which removes the folders nobody holds locked. */
static void
remove_folder (void)
{
  g_clear_object (&store);
  g_clear_object (&once_store);
  g_clear_pointer (&folder, zs_scratch_free);
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autofree char *db = NULL;
  g_autofree char *once_db = NULL;

  setlocale (LC_ALL, "C.UTF-8");
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL);
  zs_scratch_clean_stale_in (g_get_tmp_dir (), "zhaoshang-fuzz");
  folder = zs_scratch_new_in (g_get_tmp_dir (), "zhaoshang-fuzz", NULL);
  g_assert (folder != NULL);
  atexit (remove_folder);
  db = g_build_filename (zs_scratch_get_path (folder), "fuzz.db", NULL);
  store = zs_database_open (db, NULL);
  g_assert (store != NULL);
  once_db = g_build_filename (zs_scratch_get_path (folder), "once.db", NULL);
  once_store = zs_database_open (once_db, NULL);
  g_assert (once_store != NULL);
  scratch = g_build_filename (zs_scratch_get_path (folder), "input.xml", NULL);
  return 0;
}

/* Both databases hold as many records of each type. */
static void
assert_same_counts (void)
{
  guint n_types;
  const GType *types = zs_record_types (&n_types);

  for (guint t = 0; t < n_types; t++)
    {
      gint64 a = zs_store_count_all (store, types[t], NULL);
      gint64 b = zs_store_count_all (once_store, types[t], NULL);

      if (a != b)
        g_error ("%s: %" G_GINT64_FORMAT " after the preview and apply, %" G_GINT64_FORMAT " after the one-pass import",
                 g_type_name (types[t]), a, b);
    }
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GFile) file = g_file_new_for_path (scratch);
  g_autoptr(ZsImportReport) report = NULL;
  g_autoptr(ZsImportReport) once_report = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) once_error = NULL;
  gboolean applied = FALSE;
  gboolean once;

  if (!g_file_set_contents (scratch, (const char *) data, (gssize) size, NULL))
    return 0;

  report = zs_exchange_preview (store, file, NULL, NULL, NULL, NULL, &error);
  g_assert ((report == NULL) != (error == NULL));
  /* A file that passes the preview goes in for real, and is then undone
   * by the next input's records being compared with it. */
  if (report != NULL && zs_import_report_can_apply (report))
    {
      g_autofree char *summary = zs_import_report_format (report);

      g_assert (summary != NULL);

      applied = zs_exchange_apply (store, file, report, NULL, NULL, NULL, NULL, &error);
      g_assert (applied == (error == NULL));
    }

  /* The command line's one pass decides as the preview did. */
  once = zs_exchange_import_file (once_store, file, NULL, NULL, NULL, NULL, &once_report, &once_error);
  g_assert (once == (once_error == NULL));
  if (once != applied)
    g_error ("the preview and apply %s the file, the one-pass import %s it (%s)",
             applied ? "took" : "refused", once ? "took" : "refused",
             once_error != NULL ? once_error->message : (error != NULL ? error->message : "no message"));
  assert_same_counts ();
  return 0;
}
