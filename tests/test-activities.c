/* test-activities.c — the activities ledger: periods and their figures
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
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->store = zs_test_open_seeded ("activities");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
}

static gint64
save (ZsStore  *store,
      gpointer  record)
{
  g_autoptr(GError) error = NULL;

  zs_store_save (store, ZS_RECORD (record), &error);
  g_assert_no_error (error);
  return zs_record_get_id (ZS_RECORD (record));
}

static gint64
add_activity (Fixture        *f,
              const char     *name,
              ZsActivityKind  kind,
              const char     *start,
              gint64          visited)
{
  g_autoptr(ZsActivity) activity = zs_activity_new ();

  zs_record_set_string (ZS_RECORD (activity), ZS_ACTIVITY_NAME, name);
  zs_record_set_enum (ZS_RECORD (activity), ZS_ACTIVITY_KIND, kind);
  zs_record_set_string (ZS_RECORD (activity), ZS_ACTIVITY_START_DATE, start);
  zs_record_set_int (ZS_RECORD (activity), ZS_ACTIVITY_ENTERPRISES_VISITED, visited);
  return save (f->store, activity);
}

static gint64
add_enterprise (Fixture    *f,
                const char *name)
{
  g_autoptr(ZsEnterprise) enterprise = zs_enterprise_new ();

  zs_record_set_string (ZS_RECORD (enterprise), ZS_ENTERPRISE_NAME, name);
  return save (f->store, enterprise);
}

static gint64
add_lead (Fixture    *f,
          const char *name)
{
  g_autoptr(ZsLead) lead = zs_lead_new ();

  zs_record_set_string (ZS_RECORD (lead), ZS_LEAD_NAME, name);
  zs_record_set_string (ZS_RECORD (lead), ZS_LEAD_RECEIVED_DATE, "2024-08-29");
  return save (f->store, lead);
}

static gint64
add_project (Fixture    *f,
             const char *name,
             ZsStage     stage,
             const char *signed_on,
             gint64      activity)
{
  g_autoptr(ZsProject) project = zs_project_new ();

  zs_record_set_string (ZS_RECORD (project), ZS_PROJECT_NAME, name);
  zs_record_set_enum (ZS_RECORD (project), ZS_PROJECT_STAGE, stage);
  zs_record_set_string (ZS_RECORD (project), ZS_PROJECT_STAGE_SINCE, signed_on ? signed_on : "2024-08-01");
  zs_record_set_string (ZS_RECORD (project), ZS_PROJECT_SIGNING_DATE, signed_on);
  zs_record_set_int (ZS_RECORD (project), ZS_PROJECT_ACTIVITY_ID, activity);
  return save (f->store, project);
}

static void
add_link (Fixture *f,
          gint64   activity,
          guint    field,
          gint64   id)
{
  g_autoptr(ZsActivityLink) l = zs_activity_link_new ();

  zs_record_set_int (ZS_RECORD (l), ZS_ACTIVITY_LINK_ACTIVITY_ID, activity);
  zs_record_set_int (ZS_RECORD (l), field, id);
  save (f->store, l);
}

static void
figures_for (Fixture           *f,
             ZsPeriodKind       kind,
             const char        *day,
             ZsActivityFigures *figures)
{
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  g_autoptr(ZsQuery) query = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (zs_period_bounds (kind, day, &first, &last));
  query = zs_activity_period_query (first, last);
  g_assert_true (zs_activity_figures_compute (f->store, query, figures, &error));
  g_assert_no_error (error);
}

static void
test_figures (Fixture       *f,
              gconstpointer  data)
{
  gint64 trip = add_activity (f, "“3天3城3项目”青岛、杭州、绍兴招商行", ZS_ACTIVITY_OUTBOUND_TRIP, "2024-08-27", 19);
  gint64 suzhou = add_activity (f, "赴苏州对接", ZS_ACTIVITY_OUTBOUND_TRIP, "2024-09-19", 6);
  gint64 visit = add_activity (f, "饲料研究所专家团队来访", ZS_ACTIVITY_VISIT_RECEIVED, "2024-09-24", 0);
  gint64 fair = add_activity (f, "载体推介会", ZS_ACTIVITY_FAIR, "2024-10-10", 0);
  gint64 shaoxing = add_lead (f, "绍兴纺织印染企业产能转移");
  gint64 robot = add_lead (f, "苏州工业机器人企业");
  ZsActivityFigures figures;

  /* The trip: three projects signed (one only through its source
   * activity), one still in talks, one signed and later terminated, a lead,
   * and two enterprises linked besides the 19 it recorded. */
  add_link (f, trip, ZS_ACTIVITY_LINK_PROJECT_ID, add_project (f, "英贝特", ZS_STAGE_SIGNED, "2024-08-27", 0));
  add_link (f, trip, ZS_ACTIVITY_LINK_PROJECT_ID, add_project (f, "海之晨", ZS_STAGE_REGISTERED, "2024-08-27", trip));
  add_project (f, "颐高", ZS_STAGE_SIGNED, "2024-08-28", trip);
  add_link (f, trip, ZS_ACTIVITY_LINK_PROJECT_ID, add_project (f, "开元酒店", ZS_STAGE_NEGOTIATING, NULL, 0));
  add_link (f, trip, ZS_ACTIVITY_LINK_PROJECT_ID, add_project (f, "某项目", ZS_STAGE_TERMINATED, "2024-08-29", 0));
  add_link (f, trip, ZS_ACTIVITY_LINK_LEAD_ID, shaoxing);
  add_link (f, trip, ZS_ACTIVITY_LINK_ENTERPRISE_ID, add_enterprise (f, "开元集团"));
  /* Suzhou: the same lead again, and one more. */
  add_link (f, suzhou, ZS_ACTIVITY_LINK_LEAD_ID, shaoxing);
  add_link (f, suzhou, ZS_ACTIVITY_LINK_LEAD_ID, robot);
  /* The visit recorded no number: its two enterprises count. */
  add_link (f, visit, ZS_ACTIVITY_LINK_ENTERPRISE_ID, add_enterprise (f, "山东贝瑞康生物科技有限公司"));
  add_link (f, visit, ZS_ACTIVITY_LINK_ENTERPRISE_ID, add_enterprise (f, "中国农业科学院饲料研究所"));
  /* October's fair produced a signed project through its source. */
  add_project (f, "无人机整机", ZS_STAGE_SIGNED, "2024-10-12", fair);

  /* August: the trip alone. */
  figures_for (f, ZS_PERIOD_MONTH, "2024-08-15", &figures);
  g_assert_cmpint (figures.activities, ==, 1);
  g_assert_cmpint (figures.trips, ==, 1);
  g_assert_cmpint (figures.enterprises_visited, ==, 19);
  g_assert_cmpint (figures.leads, ==, 1);
  g_assert_cmpint (figures.projects_signed, ==, 3);

  /* The third quarter: two trips, 19 + 6 + 2 enterprises, two leads (one
   * linked twice), the trip's three projects. */
  figures_for (f, ZS_PERIOD_QUARTER, "2024-09-30", &figures);
  g_assert_cmpint (figures.activities, ==, 3);
  g_assert_cmpint (figures.trips, ==, 2);
  g_assert_cmpint (figures.enterprises_visited, ==, 27);
  g_assert_cmpint (figures.leads, ==, 2);
  g_assert_cmpint (figures.projects_signed, ==, 3);

  /* The year adds the fair. */
  figures_for (f, ZS_PERIOD_YEAR, "2024-01-01", &figures);
  g_assert_cmpint (figures.activities, ==, 4);
  g_assert_cmpint (figures.trips, ==, 2);
  g_assert_cmpint (figures.enterprises_visited, ==, 27);
  g_assert_cmpint (figures.projects_signed, ==, 4);

  /* An empty month. */
  figures_for (f, ZS_PERIOD_MONTH, "2024-07-01", &figures);
  g_assert_cmpint (figures.activities, ==, 0);
  g_assert_cmpint (figures.projects_signed, ==, 0);

  /* What one activity produced. */
  {
    g_autoptr(ZsQuery) projects = zs_activity_projects_query (trip);
    g_autoptr(ZsQuery) leads = zs_activity_leads_query (suzhou);
    g_autoptr(ZsQuery) met = zs_activity_enterprises_query (visit);

    g_assert_cmpint (zs_store_count (f->store, projects, NULL), ==, 5);
    g_assert_cmpint (zs_store_count (f->store, leads, NULL), ==, 2);
    g_assert_cmpint (zs_store_count (f->store, met, NULL), ==, 2);
    g_assert_cmpint (zs_activity_find_link (f->store, suzhou, ZS_TYPE_LEAD, robot), !=, 0);
    g_assert_cmpint (zs_activity_find_link (f->store, trip, ZS_TYPE_LEAD, robot), ==, 0);
  }
}

static void
test_link_needs_a_target (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(ZsActivityLink) empty = zs_activity_link_new ();
  g_autoptr(GError) error = NULL;

  zs_record_set_int (ZS_RECORD (empty), ZS_ACTIVITY_LINK_ACTIVITY_ID,
                     add_activity (f, "调度会", ZS_ACTIVITY_MEETING, "2024-09-27", 0));
  g_assert_false (zs_store_save (f->store, ZS_RECORD (empty), &error));
  g_assert_error (error, ZS_ERROR, ZS_ERROR_INVALID);
  g_assert_cmpint (zs_record_get_id (ZS_RECORD (empty)), ==, 0);
}

static void
test_period_steps (void)
{
  static const struct {
    ZsPeriodKind kind;
    const char  *day;
    int          steps;
    const char  *expected;
    const char  *name;
  } cases[] = {
    { ZS_PERIOD_MONTH, "2024-10-15", -1, "2024-09-01", "2024-10" },
    { ZS_PERIOD_MONTH, "2024-01-31", -1, "2023-12-01", "2024-01" },
    { ZS_PERIOD_MONTH, "2024-12-31", 1, "2025-01-01", "2024-12" },
    { ZS_PERIOD_QUARTER, "2024-10-15", -1, "2024-07-01", "Q4 2024" },
    { ZS_PERIOD_QUARTER, "2024-02-29", -2, "2023-07-01", "Q1 2024" },
    { ZS_PERIOD_YEAR, "2024-10-15", 1, "2025-01-01", "Year 2024" },
    { ZS_PERIOD_MONTH, "2024-10-15", 0, "2024-10-01", "2024-10" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *day = zs_period_step (cases[i].kind, cases[i].day, cases[i].steps);
      g_autofree char *name = zs_period_describe (cases[i].kind, cases[i].day);

      g_assert_cmpstr (day, ==, cases[i].expected);
      g_assert_cmpstr (name, ==, cases[i].name);
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/activities/figures", test_figures);
  ADD ("/activities/link-needs-a-target", test_link_needs_a_target);
#undef ADD
  g_test_add_func ("/activities/period-steps", test_period_steps);

  return g_test_run ();
}
