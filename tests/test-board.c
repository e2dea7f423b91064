/* test-board.c — what the project board and ledger compute: filters,
 * checklists, grade suggestions, stage rules, delete and undo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "zs-test-util.h"

typedef struct {
  ZsStore *store;
  gint64   chain_a;
  gint64   chain_b;
  gint64   unit_a;
  gint64   unit_b;
  gint64   person;
} Fixture;

static gint64
nth_id (ZsStore *store,
        GType    type,
        guint    n)
{
  g_autoptr(ZsQuery) query = zs_query_new (type);
  g_autoptr(GArray) ids = zs_store_query (store, query, NULL);

  g_assert_cmpuint (ids->len, >, n);
  return g_array_index (ids, gint64, n);
}

static ZsProject *
add_project (Fixture    *f,
             const char *name,
             ZsStage     stage,
             const char *since,
             gint64      planned,
             gint64      chain,
             gint64      unit,
             ZsGrade     grade,
             gboolean    key)
{
  ZsProject *project = zs_project_new ();
  ZsRecord *r = ZS_RECORD (project);
  g_autoptr(GError) error = NULL;

  zs_record_set_string (r, ZS_PROJECT_NAME, name);
  zs_record_set_enum (r, ZS_PROJECT_STAGE, stage);
  zs_record_set_string (r, ZS_PROJECT_STAGE_SINCE, since);
  zs_record_set_int (r, ZS_PROJECT_PLANNED_INVESTMENT, planned);
  zs_record_set_int (r, ZS_PROJECT_CHAIN_ID, chain);
  zs_record_set_int (r, ZS_PROJECT_UNIT_ID, unit);
  zs_record_set_int (r, ZS_PROJECT_PERSON_ID, f->person);
  zs_record_set_enum (r, ZS_PROJECT_GRADE, grade);
  zs_record_set_boolean (r, ZS_PROJECT_KEY_PROJECT, key);
  zs_store_save (f->store, r, &error);
  g_assert_no_error (error);
  return project;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(ZsPerson) person = zs_person_new ();

  f->store = zs_test_open_seeded ("board");
  f->chain_a = nth_id (f->store, ZS_TYPE_CHAIN, 0);
  f->chain_b = nth_id (f->store, ZS_TYPE_CHAIN, 1);
  f->unit_a = nth_id (f->store, ZS_TYPE_UNIT, 0);
  f->unit_b = nth_id (f->store, ZS_TYPE_UNIT, 1);

  zs_record_set_string (ZS_RECORD (person), ZS_PERSON_NAME, "孙倩");
  g_assert_true (zs_store_save (f->store, ZS_RECORD (person), NULL));
  f->person = zs_record_get_id (ZS_RECORD (person));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
}

/* The figures a column header shows: count and planned investment. */
static void
assert_column (Fixture         *f,
               ZsProjectFilter *filter,
               ZsStage          stage,
               gint64           expected_count,
               gint64           expected_sum)
{
  g_autoptr(ZsQuery) query = zs_project_filter_to_query (filter, stage, "2026-11-21", 60);

  g_assert_cmpint (zs_test_count (f->store, query), ==, expected_count);
  g_assert_cmpint (zs_store_sum (f->store, query, ZS_PROJECT_PLANNED_INVESTMENT, NULL), ==, expected_sum);
}

static void
test_filter_columns (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(ZsProjectFilter) filter = zs_project_filter_new ();
  g_autoptr(GPtrArray) projects = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_add (projects, add_project (f, "中南高科·鸢都汇智产业园三期", ZS_STAGE_SIGNED, "2026-11-01", 80000, f->chain_a, f->unit_a, ZS_GRADE_GREEN, TRUE));
  g_ptr_array_add (projects, add_project (f, "亿程机械", ZS_STAGE_SIGNED, "2026-06-01", 30000, f->chain_b, f->unit_a, ZS_GRADE_RED, FALSE));
  g_ptr_array_add (projects, add_project (f, "科医联创精准医学转化研究中心", ZS_STAGE_STARTED, "2026-08-01", 50000, f->chain_a, f->unit_b, ZS_GRADE_YELLOW, TRUE));
  g_ptr_array_add (projects, add_project (f, "生物基新材料项目", ZS_STAGE_PRODUCTION, "2025-01-01", 120000, f->chain_a, f->unit_b, ZS_GRADE_GREEN, FALSE));
  g_ptr_array_add (projects, add_project (f, "宠物食品抗体新产品合作", ZS_STAGE_NEGOTIATING, "2026-11-20", 2000, f->chain_b, f->unit_b, ZS_GRADE_GREEN, FALSE));

  /* No filter: every column has its own projects. */
  g_assert_true (zs_project_filter_is_empty (filter));
  assert_column (f, filter, ZS_STAGE_SIGNED, 2, 110000);
  assert_column (f, filter, ZS_STAGE_STARTED, 1, 50000);
  assert_column (f, filter, ZS_STAGE_LEAD, 0, 0);

  /* One chain. */
  g_object_set (filter, "chain-id", f->chain_a, NULL);
  assert_column (f, filter, ZS_STAGE_SIGNED, 1, 80000);
  assert_column (f, filter, ZS_STAGE_PRODUCTION, 1, 120000);
  assert_column (f, filter, ZS_STAGE_NEGOTIATING, 0, 0);

  /* Chain and key projects. */
  g_object_set (filter, "key-only", TRUE, NULL);
  assert_column (f, filter, ZS_STAGE_STARTED, 1, 50000);
  assert_column (f, filter, ZS_STAGE_PRODUCTION, 0, 0);

  /* Grade, unit, person. */
  zs_project_filter_clear (filter);
  g_object_set (filter, "grade", ZS_GRADE_RED, NULL);
  assert_column (f, filter, ZS_STAGE_SIGNED, 1, 30000);
  zs_project_filter_clear (filter);
  g_object_set (filter, "unit-id", f->unit_b, NULL);
  assert_column (f, filter, ZS_STAGE_SIGNED, 0, 0);
  assert_column (f, filter, ZS_STAGE_NEGOTIATING, 1, 2000);
  g_object_set (filter, "person-id", f->person, NULL);
  assert_column (f, filter, ZS_STAGE_STARTED, 1, 50000);

  /* Stale: 60 days without a stage change, only in stages still moving. */
  zs_project_filter_clear (filter);
  g_object_set (filter, "stale-only", TRUE, NULL);
  assert_column (f, filter, ZS_STAGE_SIGNED, 1, 30000);     /* since 2026-06-01 */
  assert_column (f, filter, ZS_STAGE_STARTED, 1, 50000);    /* since 2026-08-01 */
  assert_column (f, filter, ZS_STAGE_PRODUCTION, 0, 0);     /* old, but done */

  /* Search: two and four Chinese characters. */
  zs_project_filter_clear (filter);
  g_object_set (filter, "search", "机械", NULL);
  assert_column (f, filter, ZS_STAGE_SIGNED, 1, 30000);
  g_object_set (filter, "search", "精准医学", NULL);
  assert_column (f, filter, ZS_STAGE_STARTED, 1, 50000);
  assert_column (f, filter, ZS_STAGE_SIGNED, 0, 0);
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *counter)
{
  (*counter)++;
}

static void
test_filter_notifies_and_describes (Fixture       *f,
                                    gconstpointer  data)
{
  g_autoptr(ZsProjectFilter) filter = zs_project_filter_new ();
  g_autofree char *all = zs_project_filter_describe (filter, f->store);
  g_autofree char *some = NULL;
  g_autoptr(ZsRecord) chain = zs_store_load (f->store, ZS_TYPE_CHAIN, f->chain_a, NULL);
  guint notified = 0;

  g_signal_connect (filter, "notify", G_CALLBACK (count_notify), &notified);

  g_assert_cmpstr (all, ==, "all projects");
  g_object_set (filter, "chain-id", f->chain_a, "grade", ZS_GRADE_RED, NULL);
  g_assert_cmpuint (notified, ==, 2);
  /* Setting the same value again tells nobody. */
  g_object_set (filter, "chain-id", f->chain_a, NULL);
  g_assert_cmpuint (notified, ==, 2);

  some = zs_project_filter_describe (filter, f->store);
  g_assert_nonnull (strstr (some, zs_record_get_title (chain)));
  g_assert_nonnull (strstr (some, zs_grade_get_label (ZS_GRADE_RED)));
  g_assert_false (zs_project_filter_is_empty (filter));
}

/* ---- checklists ---------------------------------------------------------- */

static void
move (Fixture    *f,
      ZsProject  *project,
      ZsStage     to,
      const char *date)
{
  g_autoptr(GError) error = NULL;

  zs_project_change_stage (f->store, project, to, date, "推进", &error);
  g_assert_no_error (error);
}

static gint64
checklist_count (Fixture    *f,
                 ZsStage     stage,
                 const char *first,
                 const char *last,
                 gint64     *sum)
{
  g_autoptr(ZsQuery) query = zs_checklist_query (stage, first, last, NULL);

  *sum = zs_store_sum (f->store, query, ZS_PROJECT_PLANNED_INVESTMENT, NULL);
  return zs_test_count (f->store, query);
}

static void
test_checklists (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(ZsProject) fast = add_project (f, "生物基新材料项目", ZS_STAGE_NEGOTIATING, "2026-02-20", 100000, f->chain_a, f->unit_a, ZS_GRADE_GREEN, FALSE);
  g_autoptr(ZsProject) slow = add_project (f, "特种纸项目", ZS_STAGE_NEGOTIATING, "2026-01-10", 500000, f->chain_b, f->unit_b, ZS_GRADE_GREEN, FALSE);
  g_autoptr(ZsProject) direct = add_project (f, "亿程机械", ZS_STAGE_LEAD, "2026-02-01", 30000, f->chain_b, f->unit_b, ZS_GRADE_GREEN, FALSE);
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  gint64 sum;

  /* Signed on the last day of March, started in April. */
  move (f, slow, ZS_STAGE_SIGNED, "2026-03-31");
  move (f, slow, ZS_STAGE_STARTED, "2026-04-20");
  /* Signed and started in the same month. */
  move (f, fast, ZS_STAGE_SIGNED, "2026-04-02");
  move (f, fast, ZS_STAGE_STARTED, "2026-04-28");
  /* Entered straight as signed, on its signing date. */
  zs_record_set_string (ZS_RECORD (direct), ZS_PROJECT_SIGNING_DATE, "2026-04-10");
  move (f, direct, ZS_STAGE_SIGNED, "2026-04-10");

  g_assert_true (zs_period_bounds (ZS_PERIOD_MONTH, "2026-04-15", &first, &last));
  g_assert_cmpint (checklist_count (f, ZS_STAGE_SIGNED, first, last, &sum), ==, 2);
  g_assert_cmpint (sum, ==, 130000);
  g_assert_cmpint (checklist_count (f, ZS_STAGE_STARTED, first, last, &sum), ==, 2);
  g_assert_cmpint (sum, ==, 600000);
  g_assert_cmpint (checklist_count (f, ZS_STAGE_REGISTERED, first, last, &sum), ==, 0);
  g_clear_pointer (&first, g_free);
  g_clear_pointer (&last, g_free);

  /* March has the project signed on its last day. */
  g_assert_true (zs_period_bounds (ZS_PERIOD_MONTH, "2026-03-01", &first, &last));
  g_assert_cmpint (checklist_count (f, ZS_STAGE_SIGNED, first, last, &sum), ==, 1);
  g_assert_cmpint (sum, ==, 500000);
  g_clear_pointer (&first, g_free);
  g_clear_pointer (&last, g_free);

  /* The quarter holds both months. */
  g_assert_true (zs_period_bounds (ZS_PERIOD_QUARTER, "2026-05-30", &first, &last));
  g_assert_cmpint (checklist_count (f, ZS_STAGE_SIGNED, first, last, &sum), ==, 2);
  g_clear_pointer (&first, g_free);
  g_clear_pointer (&last, g_free);
  g_assert_true (zs_period_bounds (ZS_PERIOD_YEAR, "2026-05-30", &first, &last));
  g_assert_cmpint (checklist_count (f, ZS_STAGE_SIGNED, first, last, &sum), ==, 3);
  g_assert_cmpint (sum, ==, 630000);
}

static void
assert_bounds (ZsPeriodKind  kind,
               const char   *day,
               const char   *expected_first,
               const char   *expected_last)
{
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;

  g_assert_true (zs_period_bounds (kind, day, &first, &last));
  g_assert_cmpstr (first, ==, expected_first);
  g_assert_cmpstr (last, ==, expected_last);
}

static void
test_period_bounds (void)
{
  /* 2026-11-21 is a Saturday; weeks start on Monday. */
  assert_bounds (ZS_PERIOD_WEEK, "2026-11-21", "2026-11-16", "2026-11-22");
  assert_bounds (ZS_PERIOD_WEEK, "2026-11-16", "2026-11-16", "2026-11-22");
  assert_bounds (ZS_PERIOD_WEEK, "2026-01-01", "2025-12-29", "2026-01-04");
  assert_bounds (ZS_PERIOD_MONTH, "2028-02-10", "2028-02-01", "2028-02-29");
  assert_bounds (ZS_PERIOD_QUARTER, "2026-11-21", "2026-10-01", "2026-12-31");
  assert_bounds (ZS_PERIOD_QUARTER, "2026-02-28", "2026-01-01", "2026-03-31");
  assert_bounds (ZS_PERIOD_YEAR, "2026-11-21", "2026-01-01", "2026-12-31");
}

/* ---- grades ----------------------------------------------------------------- */

static void
test_grade_suggestion (Fixture       *f,
                       gconstpointer  data)
{
  ZsGradeThresholds t;
  g_autofree char *reason = NULL;
  g_autoptr(ZsProject) project = add_project (f, "尼龙新材料项目", ZS_STAGE_NEGOTIATING, "2026-05-01", 100000, f->chain_a, f->unit_a, ZS_GRADE_GREEN, FALSE);
  g_autoptr(ZsUpdateLog) update = zs_update_log_new ();
  g_autofree char *last = NULL;

  zs_grade_thresholds_from_settings (f->store, &t);
  g_assert_cmpint (t.yellow_days, ==, 60);
  g_assert_cmpint (t.red_days, ==, 90);

  g_assert_cmpint (zs_grade_suggest (ZS_STAGE_SIGNED, 59, &t, NULL), ==, ZS_GRADE_GREEN);
  g_assert_cmpint (zs_grade_suggest (ZS_STAGE_SIGNED, 60, &t, NULL), ==, ZS_GRADE_YELLOW);
  g_assert_cmpint (zs_grade_suggest (ZS_STAGE_SIGNED, 75, &t, NULL), ==, ZS_GRADE_ORANGE);
  g_assert_cmpint (zs_grade_suggest (ZS_STAGE_SIGNED, 90, &t, &reason), ==, ZS_GRADE_RED);
  /* The reason names the days and the threshold. */
  g_assert_nonnull (strstr (reason, "90"));
  g_clear_pointer (&reason, g_free);
  /* A project in production needs no push, however long ago it moved. */
  g_assert_cmpint (zs_grade_suggest (ZS_STAGE_PRODUCTION, 400, &t, NULL), ==, ZS_GRADE_GREEN);

  /* The bureau's own thresholds apply. */
  g_assert_true (zs_settings_set_int (f->store, ZS_SETTING_GRADE_YELLOW_DAYS, 30, NULL));
  g_assert_true (zs_settings_set_int (f->store, ZS_SETTING_GRADE_RED_DAYS, 45, NULL));
  zs_grade_thresholds_from_settings (f->store, &t);
  g_assert_cmpint (zs_grade_suggest (ZS_STAGE_SIGNED, 46, &t, NULL), ==, ZS_GRADE_RED);

  /* An update log entry is progress too. */
  last = zs_project_get_last_progress (f->store, project);
  g_assert_cmpstr (last, ==, "2026-05-01");
  g_clear_pointer (&last, g_free);
  zs_record_set_int (ZS_RECORD (update), ZS_UPDATE_LOG_PROJECT_ID, zs_record_get_id (ZS_RECORD (project)));
  zs_record_set_string (ZS_RECORD (update), ZS_UPDATE_LOG_DATE, "2026-10-30");
  zs_record_set_string (ZS_RECORD (update), ZS_UPDATE_LOG_TEXT, "与投资方视频会谈，确认用地需求");
  g_assert_true (zs_store_save (f->store, ZS_RECORD (update), NULL));
  last = zs_project_get_last_progress (f->store, project);
  g_assert_cmpstr (last, ==, "2026-10-30");

  g_assert_cmpint (zs_project_get_days_in_stage (project, "2026-05-31"), ==, 30);
}

/* ---- stage rules, warnings ------------------------------------------------ */

static void
test_stage_rules (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(ZsProject) project = add_project (f, "海水淡化项目", ZS_STAGE_SIGNED, "2026-03-01", 1000000, f->chain_a, f->unit_a, ZS_GRADE_GREEN, TRUE);
  ZsRecord *r = ZS_RECORD (project);
  g_autoptr(GError) error = NULL;

  /* Back to 在谈 without a reason: refused. */
  g_assert_false (zs_project_change_stage (f->store, project, ZS_STAGE_NEGOTIATING, "2026-04-01", "  ", &error));
  g_assert_error (error, ZS_ERROR, ZS_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (zs_record_get_enum (r, ZS_PROJECT_STAGE), ==, ZS_STAGE_SIGNED);

  /* With one it is recorded. */
  g_assert_true (zs_project_change_stage (f->store, project, ZS_STAGE_NEGOTIATING, "2026-04-01", "投资方重新评估选址", NULL));
  g_assert_cmpint (zs_record_get_enum (r, ZS_PROJECT_STAGE), ==, ZS_STAGE_NEGOTIATING);

  /* Terminating needs a reason; reopening a terminated project too. */
  g_assert_false (zs_project_change_stage (f->store, project, ZS_STAGE_TERMINATED, "2026-05-01", NULL, &error));
  g_assert_error (error, ZS_ERROR, ZS_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (zs_project_change_stage (f->store, project, ZS_STAGE_TERMINATED, "2026-05-01", "选址他处", NULL));
  g_assert_false (zs_stage_is_backwards (ZS_STAGE_SIGNED, ZS_STAGE_STARTED));
  g_assert_true (zs_stage_is_backwards (ZS_STAGE_TERMINATED, ZS_STAGE_SIGNED));
  g_assert_false (zs_project_change_stage (f->store, project, ZS_STAGE_SIGNED, "2026-06-01", "", &error));
  g_assert_error (error, ZS_ERROR, ZS_ERROR_INVALID);
  g_clear_error (&error);

  /* A move dated before the current stage began would scramble the history. */
  g_assert_false (zs_project_change_stage (f->store, project, ZS_STAGE_SIGNED, "2026-04-15", "重新洽谈成功", &error));
  g_assert_error (error, ZS_ERROR, ZS_ERROR_INVALID);
  g_assert_cmpint (zs_record_get_enum (r, ZS_PROJECT_STAGE), ==, ZS_STAGE_TERMINATED);
}

static void
test_funds_warning (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(ZsProject) project = add_project (f, "预制菜中央厨房项目", ZS_STAGE_PRODUCTION, "2026-03-01", 20000, f->chain_a, f->unit_a, ZS_GRADE_GREEN, FALSE);
  ZsRecord *r = ZS_RECORD (project);
  g_autofree char *none = zs_project_get_warning (project);
  g_autofree char *warning = NULL;

  g_assert_null (none);
  /* A warning, not a block: the entry saves and the total shows it. */
  g_object_unref (zs_test_add_funds (f->store, r, "2026-03-15", 26000));
  g_assert_cmpint (zs_record_get_int (r, ZS_PROJECT_FUNDS_IN_PLACE), ==, 26000);
  warning = zs_project_get_warning (project);
  g_assert_nonnull (warning);
}

/* ---- delete and undo ------------------------------------------------------ */

static void
test_delete_and_undo (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(ZsProject) project = add_project (f, "绿电氢氨醇一体化项目", ZS_STAGE_NEGOTIATING, "2026-01-05", 900000, f->chain_a, f->unit_a, ZS_GRADE_ORANGE, TRUE);
  ZsRecord *r = ZS_RECORD (project);
  gint64 id = zs_record_get_id (r);
  g_autofree char *uuid = g_strdup (zs_record_get_uuid (r));
  g_autoptr(ZsObstacle) obstacle = zs_obstacle_new ();
  g_autoptr(GPtrArray) deleted = NULL;
  g_autoptr(ZsQuery) events = zs_query_new (ZS_TYPE_STAGE_EVENT);
  g_autoptr(ZsQuery) obstacles = zs_query_new (ZS_TYPE_OBSTACLE);
  g_autoptr(ZsProjectFilter) filter = zs_project_filter_new ();
  g_autoptr(ZsQuery) found = NULL;
  g_autoptr(GError) error = NULL;

  move (f, project, ZS_STAGE_SIGNED, "2026-02-01");
  zs_record_set_int (ZS_RECORD (obstacle), ZS_OBSTACLE_PROJECT_ID, id);
  zs_record_set_string (ZS_RECORD (obstacle), ZS_OBSTACLE_DESCRIPTION, "绿电指标未落实");
  zs_record_set_string (ZS_RECORD (obstacle), ZS_OBSTACLE_MEASURE, "协调市发改委争取指标");
  g_assert_true (zs_store_save (f->store, ZS_RECORD (obstacle), NULL));
  zs_query_add_int (events, ZS_STAGE_EVENT_PROJECT_ID, ZS_QUERY_EQ, id);
  zs_query_add_int (obstacles, ZS_OBSTACLE_PROJECT_ID, ZS_QUERY_EQ, id);
  g_assert_cmpint (zs_test_count (f->store, events), ==, 2);

  deleted = zs_store_delete_for_undo (f->store, r, &error);
  g_assert_no_error (error);
  /* The project, its two stage events and its obstacle. */
  g_assert_cmpuint (deleted->len, ==, 4);
  g_assert_cmpint (zs_store_find_by_uuid (f->store, ZS_TYPE_PROJECT, uuid), ==, 0);
  g_assert_cmpint (zs_test_count (f->store, events), ==, 0);
  g_assert_cmpint (zs_test_count (f->store, obstacles), ==, 0);

  /* Undo brings back the same project with its history. */
  g_assert_true (zs_store_restore (f->store, deleted, &error));
  g_assert_no_error (error);
  g_assert_cmpint (zs_store_find_by_uuid (f->store, ZS_TYPE_PROJECT, uuid), ==, id);
  g_assert_cmpint (zs_test_count (f->store, events), ==, 2);
  g_assert_cmpint (zs_test_count (f->store, obstacles), ==, 1);

  /* …and it is found by search again. */
  g_object_set (filter, "search", "氢氨醇", NULL);
  found = zs_project_filter_to_query (filter, -1, "2026-11-21", 60);
  g_assert_cmpint (zs_test_count (f->store, found), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/board/filter/columns", test_filter_columns);
  ADD ("/board/filter/notifies-and-describes", test_filter_notifies_and_describes);
  ADD ("/board/checklists", test_checklists);
  ADD ("/board/grade/suggestion", test_grade_suggestion);
  ADD ("/board/stage/rules", test_stage_rules);
  ADD ("/board/funds-warning", test_funds_warning);
  ADD ("/board/delete-and-undo", test_delete_and_undo);
#undef ADD
  g_test_add_func ("/board/period/bounds", test_period_bounds);

  return g_test_run ();
}
