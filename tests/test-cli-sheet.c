/* test-cli-sheet.c — spreadsheets through the built program (issue 15)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Runs the real `zhaoshang` (ZHAOSHANG_BINARY) with no display, as a script
 * would: the summary and exit status are those of exchange files (0 done,
 * 1 refused, 2 wrong arguments), and a refused file changes nothing.
 */
#include "config.h"

#include <locale.h>
#include <string.h>
#include <sys/wait.h>

#include "zs-test-cli.h"
#include "zs-test-util.h"

static char *
fixture (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "sheets", name, NULL);
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
test_import_twice (void)
{
  g_autofree char *db = zs_test_db_path ("twice.db");
  g_autofree char *xlsx = fixture ("messy-openpyxl.xlsx");
  g_autofree char *xls = fixture ("messy-xlwt.xls");
  g_auto(Run) first = { 0 };
  g_auto(Run) again = { 0 };
  g_auto(Run) dry = { 0 };

  run_zhaoshang (&first, "--db", db, "--import", xlsx, NULL);
  g_assert_cmpint (first.status, ==, 0);
  assert_contains (first.out, "projects: 3 new, 0 updated, 0 unchanged, 0 refused");
  assert_contains (first.out, "row 9 is a total");
  run_zhaoshang (&again, "--db", db, "--import", xlsx, "--table", "projects", NULL);
  g_assert_cmpint (again.status, ==, 0);
  assert_contains (again.out, "projects: 0 new, 0 updated, 3 unchanged, 0 refused");

  run_zhaoshang (&dry, "--db", db, "--import", xls, "--dry-run", NULL);
  g_assert_cmpint (dry.status, ==, 0);
  assert_contains (dry.out, "projects: 3 new");
  assert_contains (dry.out, "Dry run: nothing was changed.");
  g_assert_cmpint (count_projects (db), ==, 3);
}

static void
test_import_refused (void)
{
  g_autofree char *db = zs_test_db_path ("refused.db");
  g_autofree char *csv = zs_test_scratch_path ("台账.csv");
  g_auto(Run) run = { 0 };

  g_assert_true (g_file_set_contents (csv, "项目名称,计划总投资\n好项目,100\n坏项目,三亿五\n", -1, NULL));
  run_zhaoshang (&run, "--db", db, "--import", csv, NULL);
  g_assert_cmpint (run.status, ==, 1);
  assert_contains (run.out, "台账!B3: “三亿五” is not an amount");
  assert_contains (run.err, "1 row cannot be imported");
  g_assert_cmpint (count_projects (db), ==, 0);
}

static void
test_hostile (void)
{
  g_autofree char *db = zs_test_db_path ("hostile.db");
  g_autofree char *bomb = fixture ("bomb.xlsx");
  g_auto(Run) run = { 0 };

  run_zhaoshang (&run, "--db", db, "--import", bomb, NULL);
  g_assert_cmpint (run.status, ==, 1);
  assert_contains (run.err, "unpacks to more than");
}

static void
test_wrong_arguments (void)
{
  g_autofree char *db = zs_test_db_path ("arguments.db");
  g_autofree char *xlsx = fixture ("messy-openpyxl.xlsx");
  g_autofree char *xml = zs_test_scratch_path ("out.xml");
  g_auto(Run) partners = { 0 };
  g_auto(Run) unknown = { 0 };
  g_auto(Run) with_xml = { 0 };
  g_auto(Run) catalogue = { 0 };

  /* A ledger of projects holds no partners: refused, as any file without its table. */
  run_zhaoshang (&partners, "--db", db, "--import", xlsx, "--table", "partners", NULL);
  g_assert_cmpint (partners.status, ==, 1);
  assert_contains (partners.err, "holds no table of partners");
  run_zhaoshang (&unknown, "--db", db, "--import", xlsx, "--table", "things", NULL);
  g_assert_cmpint (unknown.status, ==, 2);
  run_zhaoshang (&with_xml, "--db", db, "--export", xml, "--table", "projects", NULL);
  g_assert_cmpint (with_xml.status, ==, 2);
  assert_contains (with_xml.err, "--table goes with");
  run_zhaoshang (&catalogue, "--db", db, "--import", xlsx, "--catalogue", NULL);
  g_assert_cmpint (catalogue.status, ==, 2);
  /* .xls is read, not written: refused, rather than exchange XML under an Excel name. */
  {
    g_autofree char *out = zs_test_scratch_path ("projects.xls");
    g_auto(Run) old_excel = { 0 };

    run_zhaoshang (&old_excel, "--db", db, "--export", out, NULL);
    g_assert_cmpint (old_excel.status, ==, 2);
    assert_contains (old_excel.err, ".xlsx");
    g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  }
  /* The filters choose projects; another table is written whole. */
  {
    g_autofree char *out = zs_test_scratch_path ("units.xlsx");
    g_auto(Run) filtered = { 0 };

    run_zhaoshang (&filtered, "--db", db, "--export", out, "--table", "units", "--unit", "x", NULL);
    g_assert_cmpint (filtered.status, ==, 2);
    assert_contains (filtered.err, "choose projects");
  }
}

/* Every table out and back through the program: the same summary and exit
 * status as projects, and nothing changes. */
static void
test_every_table (void)
{
  g_autofree char *db = zs_test_db_path ("tables.db");
  g_autofree char *fresh = zs_test_db_path ("fresh.db");
  g_autofree char *workbook = fixture ("tables-openpyxl.xlsx");
  static const char * const tables[] = {
    "partners", "enterprises", "carriers", "leads", "activities", "units", "people", "targets", NULL
  };
  g_autofree char *projects = zs_test_scratch_path ("projects.xlsx");
  g_auto(Run) demo = { 0 };

  run_zhaoshang (&demo, "--db", db, "--demo", "--export", projects, NULL);
  g_assert_cmpint (demo.status, ==, 0);
  for (guint t = 0; tables[t] != NULL; t++)
    {
      g_autofree char *name = g_strdup_printf ("%s.xlsx", tables[t]);
      g_autofree char *out = zs_test_scratch_path (name);
      g_autofree char *wrote = NULL;
      g_autofree char *same = NULL;
      g_auto(Run) to = { 0 };
      g_auto(Run) back = { 0 };
      g_auto(Run) into = { 0 };

      run_zhaoshang (&to, "--db", db, "--export", out, "--table", tables[t], NULL);
      g_assert_cmpint (to.status, ==, 0);
      assert_contains (to.out, "Wrote ");
      run_zhaoshang (&back, "--db", db, "--import", out, "--table", tables[t], NULL);
      g_assert_cmpint (back.status, ==, 0);
      assert_contains (back.out, ": 0 new, 0 updated, ");
      /* The bureau's own workbook, sheet by sheet, into a new database. */
      run_zhaoshang (&into, "--db", fresh, "--import", workbook, "--table", tables[t], NULL);
      g_assert_cmpint (into.status, ==, 0);
      assert_contains (into.out, "Imported into");
    }
}

static void
test_export_and_back (void)
{
  g_autofree char *db = zs_test_db_path ("export.db");
  g_autofree char *copy = zs_test_db_path ("copy.db");
  g_autofree char *xlsx = zs_test_scratch_path ("台账.xlsx");
  g_autofree char *csv = zs_test_scratch_path ("台账.csv");
  g_autofree char *contents = NULL;
  g_auto(Run) demo = { 0 };
  g_auto(Run) to_xlsx = { 0 };
  g_auto(Run) to_csv = { 0 };
  g_auto(Run) back = { 0 };
  g_auto(Run) fresh = { 0 };
  g_auto(Run) again = { 0 };
  gint64 n;

  run_zhaoshang (&demo, "--db", db, "--demo", "--export", xlsx, "--table", "projects", NULL);
  g_assert_cmpint (demo.status, ==, 0);
  n = count_projects (db);
  g_assert_cmpint (n, >, 10);
  assert_contains (demo.out, "projects to");
  run_zhaoshang (&to_csv, "--db", db, "--export", csv, NULL);
  g_assert_cmpint (to_csv.status, ==, 0);
  g_assert_true (g_file_get_contents (csv, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "\xEF\xBB\xBF序号,项目名称"));

  /* The export changes nothing when it comes back. */
  run_zhaoshang (&back, "--db", db, "--import", xlsx, NULL);
  g_assert_cmpint (back.status, ==, 0);
  assert_contains (back.out, "0 new, 0 updated");
  run_zhaoshang (&to_xlsx, "--db", db, "--import", csv, "--dry-run", NULL);
  g_assert_cmpint (to_xlsx.status, ==, 0);
  assert_contains (to_xlsx.out, "0 new, 0 updated");

  /* Into an empty database: every project, once. */
  run_zhaoshang (&fresh, "--db", copy, "--import", xlsx, NULL);
  g_assert_cmpint (fresh.status, ==, 0);
  g_assert_cmpint (count_projects (copy), ==, n);
  run_zhaoshang (&again, "--db", copy, "--import", xlsx, NULL);
  assert_contains (again.out, "0 new, 0 updated");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/cli-sheet/import-twice", test_import_twice);
  g_test_add_func ("/cli-sheet/import-refused", test_import_refused);
  g_test_add_func ("/cli-sheet/hostile", test_hostile);
  g_test_add_func ("/cli-sheet/wrong-arguments", test_wrong_arguments);
  g_test_add_func ("/cli-sheet/export-and-back", test_export_and_back);
  g_test_add_func ("/cli-sheet/every-table", test_every_table);
  return g_test_run ();
}
