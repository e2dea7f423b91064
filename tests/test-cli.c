/* test-cli.c — the headless commands of the built program
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Runs the real `zhaoshang` binary (its path comes in ZHAOSHANG_BINARY)
 * with no display, as a script on a server would, and checks exit status
 * and messages.
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "zs-test-util.h"

typedef struct {
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static char *
work_path (const char *name)
{
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "cli", NULL);

  g_mkdir_with_parents (dir, 0700);
  return g_build_filename (dir, name, NULL);
}

static char *
corpus_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "exchange", name, NULL);
}

/* Runs zhaoshang with the NULL-terminated arguments after @first. */
static void
run_zhaoshang (Run        *run,
               const char *first,
               ...)
{
  const char *binary = g_getenv ("ZHAOSHANG_BINARY");
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) env = g_get_environ ();
  g_autoptr(GError) error = NULL;
  va_list args;

  g_assert_nonnull (binary);
  g_ptr_array_add (argv, (char *) binary);
  va_start (args, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  /* No display at all: these commands must not need one. */
  env = g_environ_unsetenv (env, "DISPLAY");
  env = g_environ_unsetenv (env, "WAYLAND_DISPLAY");
  env = g_environ_setenv (env, "LANGUAGE", "en", TRUE);
  env = g_environ_setenv (env, "GSETTINGS_BACKEND", "memory", TRUE);

  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, env, G_SPAWN_DEFAULT, NULL, NULL,
                               &run->out, &run->err, &run->status, &error));
  g_assert_no_error (error);
  run->status = WIFEXITED (run->status) ? WEXITSTATUS (run->status) : -1;
  g_test_message ("status %d\nstdout: %s\nstderr: %s", run->status, run->out, run->err);
}

static void
assert_contains (const char *text,
                 const char *fragment)
{
  if (strstr (text, fragment) == NULL)
    g_error ("expected “%s” in “%s”", fragment, text);
}

static gint64
count_projects (const char *db)
{
  g_autoptr(ZsStore) store = zs_store_open (db, NULL);
  g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_PROJECT);

  g_assert_nonnull (store);
  return zs_store_count (store, query, NULL);
}

static void
test_export_dry_run_import (void)
{
  g_autofree char *source = work_path ("source.db");
  g_autofree char *target = work_path ("target.db");
  g_autofree char *out = work_path ("all.xml");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_auto(Run) export = { 0 };
  g_auto(Run) dry = { 0 };
  g_auto(Run) import = { 0 };
  g_auto(Run) again = { 0 };

  run_zhaoshang (&export, "--db", source, "--demo", "--export", out, NULL);
  g_assert_cmpint (export.status, ==, 0);
  assert_contains (export.out, "records to");
  assert_contains (export.out, "the whole database");
  g_assert_true (g_file_test (out, G_FILE_TEST_EXISTS));

  /* A dry run prints what would happen and changes nothing. */
  run_zhaoshang (&dry, "--db", target, "--import", out, "--dry-run", NULL);
  g_assert_cmpint (dry.status, ==, 0);
  assert_contains (dry.out, "Added");
  assert_contains (dry.out, "project: Added 50");
  assert_contains (dry.out, "Dry run: nothing was changed.");
  g_assert_cmpint (count_projects (target), ==, 0);
  before = zs_test_hash_file (target);

  run_zhaoshang (&import, "--db", target, "--import", out, NULL);
  g_assert_cmpint (import.status, ==, 0);
  assert_contains (import.out, "Imported into");
  g_assert_cmpint (count_projects (target), ==, count_projects (source));
  after = zs_test_hash_file (target);
  g_assert_cmpstr (before, !=, after);

  /* Once more: everything unchanged. */
  run_zhaoshang (&again, "--db", target, "--import", out, "--dry-run", NULL);
  g_assert_cmpint (again.status, ==, 0);
  assert_contains (again.out, "Added 0, Updated 0");
}

static void
test_export_filters (void)
{
  g_autofree char *db = work_path ("filters.db");
  g_autofree char *out = work_path ("unit.xml");
  g_autofree char *text = NULL;
  g_auto(Run) unit = { 0 };
  g_auto(Run) period = { 0 };
  g_auto(Run) unknown = { 0 };

  run_zhaoshang (&unit, "--db", db, "--demo", "--export", out, "--unit", "潍坊经济开发区", NULL);
  g_assert_cmpint (unit.status, ==, 0);
  g_assert_true (g_file_get_contents (out, &text, NULL, NULL));
  assert_contains (text, "filter=\"projects of the unit “潍坊经济开发区”\"");

  run_zhaoshang (&period, "--db", db, "--export", out, "--chain", "高端化工",
                 "--from", "2000-01-01", "--to", "2099-12-31", "--event", "started", NULL);
  g_assert_cmpint (period.status, ==, 0);
  assert_contains (period.out, "reached “Started” from 2000-01-01 to 2099-12-31");

  /* A unit that is not there: the message lists the ones that are. */
  run_zhaoshang (&unknown, "--db", db, "--export", out, "--unit", "火星招商局", NULL);
  g_assert_cmpint (unknown.status, ==, 2);
  assert_contains (unknown.err, "--unit: there is no “火星招商局”");
  assert_contains (unknown.err, "潍坊经济开发区");
}

static void
test_bad_arguments (void)
{
  g_autofree char *db = work_path ("args.db");
  g_autofree char *out = work_path ("args.xml");
  static const struct {
    const char *args[8];
    const char *message;
  } cases[] = {
    { { "--export", "a.xml", "--import", "b.xml" }, "give only one of them" },
    { { "--import", "b.xml", "--unit", "商务局" }, "--unit chooses what to export" },
    { { "--dry-run" }, "--dry-run goes with --import" },
    { { "--export", "OUT", "--from", "2024-10-01" }, "--from and --to go together" },
    { { "--export", "OUT", "--from", "2024-13-01", "--to", "2024-12-31" }, "--from: “2024-13-01” is not a date" },
    { { "--export", "OUT", "--from", "2024-12-01", "--to", "2024-11-30" }, "is after --to" },
    { { "--export", "OUT", "--from", "2024-10-01", "--to", "2024-10-31", "--event", "won" }, "--event: “won” is not one of" },
    { { "--export", "OUT", "--event", "signed" }, "--event needs a period" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Run) run = { 0 };
      const char *a[8];

      for (guint j = 0; j < 8; j++)
        a[j] = g_strcmp0 (cases[i].args[j], "OUT") == 0 ? out : cases[i].args[j];
      run_zhaoshang (&run, "--db", db, a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], NULL);
      g_assert_cmpint (run.status, ==, 2);
      assert_contains (run.err, cases[i].message);
      g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
    }
}

static void
test_import_refused (void)
{
  g_autofree char *db = work_path ("refused.db");
  g_autofree char *bad = corpus_path ("bad/dangling-reference.xml");
  g_autofree char *truncated = corpus_path ("bad/truncated.xml");
  g_autofree char *town = corpus_path ("town.xml");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_auto(Run) create = { 0 };
  g_auto(Run) import = { 0 };
  g_auto(Run) dry = { 0 };
  g_auto(Run) cut = { 0 };

  run_zhaoshang (&create, "--db", db, "--import", town, NULL);
  g_assert_cmpint (create.status, ==, 0);
  before = zs_test_hash_file (db);

  run_zhaoshang (&import, "--db", db, "--import", bad, NULL);
  g_assert_cmpint (import.status, ==, 1);
  assert_contains (import.err, "dangling-reference.xml, line 8:");
  assert_contains (import.err, "neither in this file nor in the database");
  assert_contains (import.err, "Nothing was imported.");

  run_zhaoshang (&dry, "--db", db, "--import", bad, "--dry-run", NULL);
  g_assert_cmpint (dry.status, ==, 1);
  assert_contains (dry.out, "Refused, line 8:");
  assert_contains (dry.err, "would be refused");

  run_zhaoshang (&cut, "--db", db, "--import", truncated, NULL);
  g_assert_cmpint (cut.status, ==, 1);
  assert_contains (cut.err, "truncated.xml, line 12: the file ends in the middle of an element");

  after = zs_test_hash_file (db);
  g_assert_cmpstr (before, ==, after);
}

static void
test_validate (void)
{
  g_autofree char *town = corpus_path ("town.xml");
  g_autofree char *wrong = corpus_path ("bad/negative-amount.xml");
  g_autofree char *missing = work_path ("does-not-exist.xml");
  g_auto(Run) good = { 0 };
  g_auto(Run) bad = { 0 };
  g_auto(Run) absent = { 0 };

  run_zhaoshang (&good, "--validate", town, NULL);
  g_assert_cmpint (good.status, ==, 0);
  assert_contains (good.out, "is a valid exchange file with 7 records");

  run_zhaoshang (&bad, "--validate", wrong, NULL);
  g_assert_cmpint (bad.status, ==, 1);
  assert_contains (bad.err, "negative-amount.xml, line 12:");
  assert_contains (bad.err, "must not be negative");

  run_zhaoshang (&absent, "--validate", missing, NULL);
  g_assert_cmpint (absent.status, ==, 1);
  assert_contains (absent.err, "does-not-exist.xml");
}

static void
test_catalogue (void)
{
  g_autofree char *city = work_path ("city.db");
  g_autofree char *district = work_path ("district.db");
  g_autofree char *out = work_path ("catalogue.xml");
  g_autofree char *town = corpus_path ("town.xml");
  g_autofree char *hash = NULL;
  g_autofree char *text = NULL;
  g_auto(Run) export = { 0 };
  g_auto(Run) import = { 0 };
  g_auto(Run) again = { 0 };
  g_auto(Run) projects = { 0 };
  g_auto(Run) alone = { 0 };
  g_auto(Run) mixed = { 0 };

  /* The city writes its catalogue… */
  run_zhaoshang (&export, "--db", city, "--demo", "--export", out, "--catalogue", NULL);
  g_assert_cmpint (export.status, ==, 0);
  assert_contains (export.out, "the industry catalogue");
  g_assert_true (g_file_get_contents (out, &text, NULL, NULL));
  assert_contains (text, "<segment ");
  assert_contains (text, "<enterprise ");
  g_assert_null (strstr (text, "<project "));
  g_assert_null (strstr (text, "<partner "));

  /* …a district merges it… */
  run_zhaoshang (&import, "--db", district, "--import", out, "--catalogue", NULL);
  g_assert_cmpint (import.status, ==, 0);
  assert_contains (import.out, "segment: Added 12");
  run_zhaoshang (&again, "--db", district, "--import", out, "--catalogue", "--dry-run", NULL);
  g_assert_cmpint (again.status, ==, 0);
  assert_contains (again.out, "Added 0, Updated 0");

  /* …and a file with projects is no catalogue: refused, naming the line,
   * the database as it was. */
  hash = zs_test_hash_file (district);
  run_zhaoshang (&projects, "--db", district, "--import", town, "--catalogue", NULL);
  g_assert_cmpint (projects.status, ==, 1);
  assert_contains (projects.err, "town.xml, line ");
  assert_contains (projects.err, "no place in a catalogue file");
  {
    g_autofree char *after = zs_test_hash_file (district);

    g_assert_cmpstr (after, ==, hash);
  }

  run_zhaoshang (&alone, "--db", district, "--catalogue", NULL);
  g_assert_cmpint (alone.status, ==, 2);
  assert_contains (alone.err, "--catalogue goes with --export FILE or --import FILE");
  run_zhaoshang (&mixed, "--db", district, "--export", out, "--catalogue", "--chain", "高端化工", NULL);
  g_assert_cmpint (mixed.status, ==, 2);
  assert_contains (mixed.err, "--chain chooses projects");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/cli/export-dry-run-import", test_export_dry_run_import);
  g_test_add_func ("/cli/export-filters", test_export_filters);
  g_test_add_func ("/cli/bad-arguments", test_bad_arguments);
  g_test_add_func ("/cli/import-refused", test_import_refused);
  g_test_add_func ("/cli/validate", test_validate);
  g_test_add_func ("/cli/catalogue", test_catalogue);

  return g_test_run ();
}
