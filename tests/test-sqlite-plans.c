/* test-sqlite-plans.c — what the pages ask SQLite, read from indexes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The dispatch report and 今日待办 count in worker threads on new
 * connections, whose page cache starts empty: a statement that reads the
 * wide rows of a large table reads them from the file each time. Each test
 * runs what a page asks with every statement printed
 * (ZHAOSHANG_SQL_PROFILE=0) and asks SQLite's plan of each one: a plan
 * that reads a large table's rows fails it (schema steps 021, 023, 024,
 * 025).
 */
#include "config.h"

#include <locale.h>
#include <sqlite3.h>
#include <string.h>

#include "zs-due.h"
#include "zs-project-filter.h"
#include "zs-report.h"
#include "zs-test-sqlite.h"
#include "zs-test-util.h"

static GPtrArray *profiled;

/* ZHAOSHANG_SQL_PROFILE=0 prints each statement as "   N.NN ms  SQL". */
static void
collect_statement (const char *text)
{
  const char *sql = strstr (text, " ms  ");

  if (sql != NULL)
    g_ptr_array_add (profiled, g_strstrip (g_strdup (sql + 5)));
}

/* The plan's lines that read a wide row of a large table: a scan or a
 * search of the table itself, or through an index that does not hold
 * every column the statement asks for. */
/* A plan is the same whatever the order compares by: the store's
 * collation named, for the planner only. */
static int
compare_bytes (void       *data,
               int         n_a,
               const void *a,
               int         n_b,
               const void *b)
{
  int c = memcmp (a, b, MIN (n_a, n_b));

  return c != 0 ? c : n_a - n_b;
}

static char *
wide_reads (sqlite3    *db,
            const char *sql)
{
  static const char * const large[] = { "projects", "leads", "stage_events", "funds_entries", "contact_logs", "partners" };
  g_autofree char *explain = g_strdup_printf ("EXPLAIN QUERY PLAN %s", sql);
  GString *found = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db, explain, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s\n  in %s", sqlite3_errmsg (db), sql);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *detail = (const char *) sqlite3_column_text (stmt, 3);

      for (guint i = 0; i < G_N_ELEMENTS (large); i++)
        {
          g_autofree char *scan = g_strdup_printf ("SCAN %s", large[i]);
          g_autofree char *search = g_strdup_printf ("SEARCH %s ", large[i]);
          gboolean on_table = g_str_equal (detail, scan) || g_str_has_prefix (detail, search) ||
                              g_str_has_prefix (detail, scan);

          if (on_table && strstr (detail, "COVERING INDEX") == NULL && strstr (detail, "PRIMARY KEY") == NULL)
            g_string_append_printf (found, "%s\n  in %s\n", detail, sql);
        }
    }
  sqlite3_finalize (stmt);
  return g_string_free (found, found->len == 0);
}

/* In a subprocess (ZHAOSHANG_SQL_PROFILE is read when a connection
 * opens, and is set there only): runs @ask on the demo database of
 * $ZS_TEST_PLANS_DATABASE with every statement collected, then fails on any
 * SELECT whose plan reads a wide row of a large table. */
static void
assert_no_wide_reads (void        (*ask) (ZsStore *store),
                      const char   *who,
                      guint         at_least)
{
  const char *path = g_getenv ("ZS_TEST_PLANS_DATABASE");
  g_autoptr(ZsStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) wide = g_string_new (NULL);
  GPrintFunc before;
  sqlite3 *db;
  guint checked = 0;

  g_setenv ("ZHAOSHANG_SQL_PROFILE", "0", TRUE);
  store = zs_store_open (path, &error);
  g_assert_no_error (error);
  profiled = g_ptr_array_new_with_free_func (g_free);
  before = g_set_printerr_handler (collect_statement);
  ask (store);
  g_set_printerr_handler (before);
  g_clear_object (&store);

  db = zs_test_sqlite_open (path);
  sqlite3_create_collation (db, "zs_pinyin", SQLITE_UTF8, NULL, compare_bytes);
  for (guint i = 0; i < profiled->len; i++)
    {
      const char *sql = g_ptr_array_index (profiled, i);
      g_autofree char *found = NULL;

      if (!g_str_has_prefix (sql, "SELECT"))
        continue;
      found = wide_reads (db, sql);
      if (found != NULL)
        g_string_append (wide, found);
      checked++;
    }
  sqlite3_close (db);
  g_clear_pointer (&profiled, g_ptr_array_unref);
  if (wide->len > 0)
    g_error ("%s reads wide rows:\n%s", who, wide->str);
  g_assert_cmpuint (checked, >=, at_least);
}

/* The parent: the demo's database, then @self again in a subprocess. */
static void
run_on_demo (const char *name)
{
  {
    g_autoptr(ZsStore) demo = zs_test_open_demo (name);

    g_setenv ("ZS_TEST_PLANS_DATABASE", zs_store_get_path (demo), TRUE);
  }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

/* The dispatch page's figures sum every project, lead, stage event and
 * funds entry of a year: read from their wide rows, a few to a page, at
 * 100,000 projects each count read most of the file on the worker's new
 * connection (the leads' alone 44–61 ms, 8 ms from an index). Every
 * statement the report runs on those tables (the figures, the attention
 * lists and 督办) is answered from an index that holds what it sums. */
static void
ask_for_report (ZsStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZsReport) report = zs_report_new (store, "2026-11-01", "2026-11-30", "2026-11-20", NULL, &error);

  g_assert_no_error (error);
}

/* 今日待办 at start and in the daily reminder, on a new connection: the
 * follow-ups due were found by reading all 100,086 contact logs at 100k
 * (93 ms in the worker while the clerk typed a first search). */
static void
ask_for_due (ZsStore *store)
{
  g_autoptr(GError) error = NULL;
  guint counts[ZS_DUE_N_KINDS];
  g_autoptr(GPtrArray) items = zs_due_list_shown (store, "2026-11-20", 100, counts, &error);

  g_assert_no_error (error);
}

/* The board's columns under a grade, a chain, a unit or key projects,
 * asked as zs-board-page.c's load_base() asks, in the board's order
 * (zs_project_filter_to_board_query()): a grade, a chain or a unit read
 * each project's row for its planned investment (at 100k, 48–66 ms). */
static void
ask_for_board_filters (ZsStore *store)
{
  g_autoptr(ZsProjectFilter) filter = zs_project_filter_new ();
  gint64 chain = zs_test_nth_id (store, ZS_TYPE_CHAIN, 0);
  gint64 unit = zs_test_nth_id (store, ZS_TYPE_UNIT, 0);
  const char *const steps[] = { "grade", "chain-id", "unit-id", "key-only" };

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      g_autoptr(ZsQuery) query = NULL;
      g_autoptr(GPtrArray) values = NULL;
      g_autoptr(GPtrArray) ids = NULL;
      g_autoptr(GError) error = NULL;

      zs_project_filter_clear (filter);
      if (i == 0)
        g_object_set (filter, "grade", ZS_GRADE_RED, NULL);
      else if (i == 1 || i == 2)
        g_object_set (filter, steps[i], i == 1 ? chain : unit, NULL);
      else
        g_object_set (filter, steps[i], TRUE, NULL);
      query = zs_project_filter_to_board_query (filter, "2026-11-20", 90);
      ids = zs_store_query_partitioned_values (store, query, ZS_PROJECT_STAGE, ZS_STAGE_TERMINATED + 1,
                                               ZS_PROJECT_PLANNED_INVESTMENT, &values, &error);
      g_assert_no_error (error);
    }
}

/* The ledger's totals row and its order by planned investment, asked as
 * zs-ledger.c asks with no filter: the sums read every project's wide row
 * on the window's connection (at 100k, 99–226 ms each time the ledger was
 * shown, sorted or saved to, with its page cache filled with table pages). */
static void
ask_for_ledger (ZsStore *store)
{
  static const guint fields[] = {
    ZS_PROJECT_PLANNED_INVESTMENT, ZS_PROJECT_CONTRACT_AMOUNT,
    ZS_PROJECT_FUNDS_IN_PLACE, ZS_PROJECT_FIXED_ASSET_INVESTMENT,
  };
  g_autoptr(ZsProjectFilter) filter = zs_project_filter_new ();
  g_autoptr(ZsQuery) query = zs_project_filter_to_query (filter, -1, "2026-11-20", 90);
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;
  gint64 sums[G_N_ELEMENTS (fields)];
  gint64 n = 0;

  g_assert_true (zs_store_aggregate (store, query, fields, G_N_ELEMENTS (fields), &n, sums, &error));
  g_assert_no_error (error);
  g_assert_cmpint (n, >, 0);
  zs_query_set_order (query, ZS_PROJECT_PLANNED_INVESTMENT, TRUE);
  ids = zs_store_query (store, query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, n);
}

/* What a page asks, on the demo's database, with every plan looked at:
 * none may read the wide rows of a large table. */
typedef struct
{
  void        (*ask) (ZsStore *store);
  const char   *who;
  guint         at_least;   /* statements the question runs at least */
  const char   *database;
} PlanCase;

static const PlanCase report_case = { ask_for_report, "the dispatch report", 10, "report-plans" };
static const PlanCase board_case = { ask_for_board_filters, "the board's filters", 4, "board-plans" };
static const PlanCase due_case = { ask_for_due, "今日待办", 5, "due-plans" };
static const PlanCase ledger_case = { ask_for_ledger, "the ledger", 2, "ledger-plans" };

static void
test_reads_narrow_indexes (gconstpointer data)
{
  const PlanCase *plan = data;

  if (g_test_subprocess ())
    {
      assert_no_wide_reads (plan->ask, plan->who, plan->at_least);
      return;
    }
  run_on_demo (plan->database);
}

/* How many FTS5 statements a search of @text for projects ran. */
static guint
fts_statements (ZsStore    *store,
                const char *text,
                guint      *n_first)
{
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GArray) first = NULL;
  g_autoptr(GError) error = NULL;
  GPrintFunc before;
  guint n = 0;

  profiled = g_ptr_array_new_with_free_func (g_free);
  before = g_set_printerr_handler (collect_statement);
  ids = zs_store_search_ids (store, ZS_TYPE_PROJECT, text, &first, &error);
  g_set_printerr_handler (before);
  g_assert_no_error (error);
  g_assert_nonnull (ids);
  g_assert_cmpuint (ids->len, >, 0);
  for (guint i = 0; i < profiled->len; i++)
    n += strstr (g_ptr_array_index (profiled, i), "_fts MATCH") != NULL;
  g_clear_pointer (&profiled, g_ptr_array_unref);
  *n_first = first->len;
  return n;
}

/* A search typed in pinyin ("weifang", "YCJX") asks the index for the
 * same phrase twice, for the matches and for the titles they start:
 * one statement answers both (a search for 潍坊 still needs two, the
 * characters and their pinyin), with the same titles first. */
static void
test_pinyin_search_one_query (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(ZsStore) store = NULL;
      g_autoptr(GError) error = NULL;
      guint first_pinyin, first_han, first_initials;

      g_setenv ("ZHAOSHANG_SQL_PROFILE", "0", TRUE);
      store = zs_store_open (g_getenv ("ZS_TEST_PLANS_DATABASE"), &error);
      g_assert_no_error (error);
      g_assert_cmpuint (fts_statements (store, "weifang", &first_pinyin), ==, 1);
      g_assert_cmpuint (fts_statements (store, "潍坊", &first_han), ==, 2);
      g_assert_cmpuint (first_pinyin, ==, first_han);
      g_assert_cmpuint (first_pinyin, >, 0);
      /* 亿程机械项目's initials, in capitals: the index folds the case. */
      g_assert_cmpuint (fts_statements (store, "YCJX", &first_initials), ==, 1);
      g_assert_cmpuint (first_initials, ==, 1);
      return;
    }
  run_on_demo ("search-plans");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_data_func ("/sqlite/report/narrow-indexes", &report_case, test_reads_narrow_indexes);
  g_test_add_data_func ("/sqlite/board/filters-from-indexes", &board_case, test_reads_narrow_indexes);
  g_test_add_data_func ("/sqlite/due/from-indexes", &due_case, test_reads_narrow_indexes);
  g_test_add_data_func ("/sqlite/ledger/totals-from-index", &ledger_case, test_reads_narrow_indexes);
  g_test_add_func ("/sqlite/search/pinyin-in-one-query", test_pinyin_search_one_query);

  return g_test_run ();
}
