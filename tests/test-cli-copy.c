/* test-cli-copy.c — zhaoshang --db SOURCE --copy-to TARGET
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The built program copies a database into a new file and refuses a
 * target that holds data, a missing source and a location no engine of
 * this build opens, with the exit status of the other file commands.
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "zs-test-util.h"
#include "zs-test-cli.h"

static gint64
count_all (const char *db,
           GType       type)
{
  g_autoptr(ZsStore) store = zs_store_open (db, NULL);

  g_assert_nonnull (store);
  return zs_store_count_all (store, type, NULL);
}

static void
test_copy_to_new_file (void)
{
  g_autofree char *source = work_path ("copy-source.db");
  g_autofree char *target = work_path ("copy-target.db");
  g_autofree char *source_hash = NULL;
  g_autofree char *after_hash = NULL;
  g_auto(Run) copy = { 0 };
  g_auto(Run) again = { 0 };

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(ZsStore) store = zs_store_open (source, &error);

    g_assert_no_error (error);
    g_object_unref (zs_test_new_project (store, "出差带走的项目", "某公司", ZS_STAGE_LEAD));
    g_object_unref (zs_test_new_project (store, "第二个项目", "另一家公司", ZS_STAGE_SIGNED));
  }
  source_hash = zs_test_hash_file (source);

  run_zhaoshang (&copy, "--db", source, "--copy-to", target, NULL);
  g_assert_cmpint (copy.status, ==, 0);
  assert_contains (copy.out, "the counts match");
  assert_contains (copy.out, "project: 2 → 2");
  g_assert_cmpint (count_all (target, ZS_TYPE_PROJECT), ==, 2);
  g_assert_cmpint (count_all (target, ZS_TYPE_STAGE_EVENT), ==, count_all (source, ZS_TYPE_STAGE_EVENT));

  /* Again: the target holds data now, and is left as it is. */
  after_hash = zs_test_hash_file (target);
  run_zhaoshang (&again, "--db", source, "--copy-to", target, NULL);
  g_assert_cmpint (again.status, ==, 1);
  assert_contains (again.err, "is not empty");
  assert_contains (again.err, "project 2");
  {
    g_autofree char *now = zs_test_hash_file (target);

    g_assert_cmpstr (now, ==, after_hash);
  }
  /* The source is only read. */
  {
    g_autofree char *now = zs_test_hash_file (source);

    g_assert_cmpstr (now, ==, source_hash);
  }
}

static void
test_copy_refusals (void)
{
  g_autofree char *missing = work_path ("no-such.db");
  g_autofree char *source = work_path ("copy-refusal-source.db");
  g_autofree char *target = work_path ("copy-refusal-target.db");
  g_auto(Run) no_source = { 0 };
  g_auto(Run) no_engine = { 0 };
  g_auto(Run) empty = { 0 };
  g_auto(Run) two = { 0 };

  run_zhaoshang (&no_source, "--db", missing, "--copy-to", target, NULL);
  g_assert_cmpint (no_source.status, ==, 1);
  assert_contains (no_source.err, "there is no database");
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (target, G_FILE_TEST_EXISTS));

  g_object_unref (zs_store_open (source, NULL));
  run_zhaoshang (&no_engine, "--db", source, "--copy-to", "nosuchengine://clerk@host/bureau", NULL);
  g_assert_cmpint (no_engine.status, ==, 1);
  assert_contains (no_engine.err, "nosuchengine");

  run_zhaoshang (&empty, "--db", source, "--copy-to", "", NULL);
  g_assert_cmpint (empty.status, ==, 2);
  run_zhaoshang (&two, "--db", source, "--copy-to", target, "--check", NULL);
  g_assert_cmpint (two.status, ==, 2);
  assert_contains (two.err, "each do one thing");
  g_assert_false (g_file_test (target, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/cli/copy/to-new-file", test_copy_to_new_file);
  g_test_add_func ("/cli/copy/refusals", test_copy_refusals);

  return g_test_run ();
}
