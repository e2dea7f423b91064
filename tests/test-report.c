/* test-report.c — the dispatch figures against a fixture counted by hand
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The period is November 2026 and today is 2026-11-21. Every expected
 * number below is worked out in the comments from the fixture, not taken
 * from the code under test.
 */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include "zs-test-util.h"

#define FIRST "2026-11-01"
#define LAST  "2026-11-30"
#define TODAY "2026-11-21"

typedef struct {
  ZsStore *store;
  gint64   unit_a;
  gint64   unit_b;
  gint64   unit_c;
  gint64   chain_a;
  gint64   chain_b;
} Fixture;

/* A project that enters @history[0] on its date and then moves on. */
static ZsProject *
add_project (Fixture    *f,
             const char *name,
             gint64      unit,
             gint64      chain,
             gint64      planned,
             ZsGrade     grade,
             ...)
{
  ZsProject *project = zs_project_new ();
  ZsRecord *r = ZS_RECORD (project);
  g_autoptr(GError) error = NULL;
  va_list args;
  int stage;
  const char *date;

  va_start (args, grade);
  stage = va_arg (args, int);
  date = va_arg (args, const char *);

  zs_record_set_string (r, ZS_PROJECT_NAME, name);
  zs_record_set_int (r, ZS_PROJECT_UNIT_ID, unit);
  zs_record_set_int (r, ZS_PROJECT_CHAIN_ID, chain);
  zs_record_set_int (r, ZS_PROJECT_PLANNED_INVESTMENT, planned);
  zs_record_set_enum (r, ZS_PROJECT_GRADE, grade);
  zs_record_set_enum (r, ZS_PROJECT_STAGE, stage);
  zs_record_set_string (r, ZS_PROJECT_STAGE_SINCE, date);
  zs_store_save (f->store, r, &error);
  g_assert_no_error (error);

  while ((stage = va_arg (args, int)) >= 0)
    {
      date = va_arg (args, const char *);
      zs_project_change_stage (f->store, project, stage, date,
                             stage == ZS_STAGE_TERMINATED ? "投资方调整计划" : NULL, &error);
      g_assert_no_error (error);
    }
  va_end (args);
  return project;
}

static void
add_funds (Fixture    *f,
           ZsProject  *project,
           const char *date,
           gint64      amount)
{
  g_autoptr(ZsRecord) entry = zs_test_add_funds (f->store, ZS_RECORD (project), date, amount);

  if (amount < 0)
    {
      zs_record_set_string (entry, ZS_FUNDS_ENTRY_NOTE, "多报更正");
      g_assert_true (zs_store_save (f->store, entry, NULL));
    }
}

static void
add_lead (Fixture    *f,
          const char *name,
          gint64      unit,
          gint64      chain,
          const char *received)
{
  g_autoptr(ZsLead) lead = zs_lead_new ();
  ZsRecord *r = ZS_RECORD (lead);
  g_autoptr(GError) error = NULL;

  zs_record_set_string (r, ZS_LEAD_NAME, name);
  zs_record_set_int (r, ZS_LEAD_UNIT_ID, unit);
  zs_record_set_int (r, ZS_LEAD_CHAIN_ID, chain);
  zs_record_set_string (r, ZS_LEAD_RECEIVED_DATE, received);
  zs_store_save (f->store, r, &error);
  g_assert_no_error (error);
}

static void
add_target (Fixture *f,
            gint64   unit,
            int      year,
            gint64   leads,
            gint64   n_signed,
            gint64   investment,
            gint64   registered,
            gint64   started,
            gint64   production,
            gint64   funds)
{
  g_autoptr(ZsTarget) target = zs_target_new ();
  ZsRecord *r = ZS_RECORD (target);
  g_autoptr(GError) error = NULL;

  zs_record_set_int (r, ZS_TARGET_UNIT_ID, unit);
  zs_record_set_int (r, ZS_TARGET_YEAR, year);
  zs_record_set_int (r, ZS_TARGET_LEADS, leads);
  zs_record_set_int (r, ZS_TARGET_SIGNED_COUNT, n_signed);
  zs_record_set_int (r, ZS_TARGET_SIGNED_INVESTMENT, investment);
  zs_record_set_int (r, ZS_TARGET_REGISTERED_COUNT, registered);
  zs_record_set_int (r, ZS_TARGET_STARTED_COUNT, started);
  zs_record_set_int (r, ZS_TARGET_PRODUCTION_COUNT, production);
  zs_record_set_int (r, ZS_TARGET_FUNDS_IN_PLACE, funds);
  zs_store_save (f->store, r, &error);
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(ZsProject) p1 = NULL, p2 = NULL, p3 = NULL, p4 = NULL, p5 = NULL, p6 = NULL;
  g_autoptr(ZsObstacle) obstacle = zs_obstacle_new ();

  f->store = zs_test_open_seeded ("report");
  f->unit_a = zs_test_nth_id (f->store, ZS_TYPE_UNIT, 0);
  f->unit_b = zs_test_nth_id (f->store, ZS_TYPE_UNIT, 1);
  f->unit_c = zs_test_nth_id (f->store, ZS_TYPE_UNIT, 2);
  f->chain_a = zs_test_nth_id (f->store, ZS_TYPE_CHAIN, 0);
  f->chain_b = zs_test_nth_id (f->store, ZS_TYPE_CHAIN, 1);

  /* P1, unit A, chain A: signed on 31 October (not November), registered
   * on 1 November (November). */
  p1 = add_project (f, "跨月签约项目", f->unit_a, f->chain_a, 10000, ZS_GRADE_GREEN,
                    ZS_STAGE_LEAD, "2026-09-01", ZS_STAGE_NEGOTIATING, "2026-10-15",
                    ZS_STAGE_SIGNED, "2026-10-31", ZS_STAGE_REGISTERED, "2026-11-01", -1);
  /* P2, unit A, chain B: signed and started in November. */
  p2 = add_project (f, "同月签约开工项目", f->unit_a, f->chain_b, 25000, ZS_GRADE_RED,
                    ZS_STAGE_LEAD, "2026-10-01", ZS_STAGE_SIGNED, "2026-11-05",
                    ZS_STAGE_STARTED, "2026-11-20", -1);
  /* P3, unit B, chain A: signed on the last day of November. */
  p3 = add_project (f, "月末签约项目", f->unit_b, f->chain_a, 40000, ZS_GRADE_ORANGE,
                    ZS_STAGE_NEGOTIATING, "2026-08-01", ZS_STAGE_SIGNED, "2026-11-30", -1);
  /* P4, unit B, chain B: signed on the last day of 2025, started in March,
   * in production on 15 November. */
  p4 = add_project (f, "去年签约今年投产项目", f->unit_b, f->chain_b, 5000, ZS_GRADE_GREEN,
                    ZS_STAGE_SIGNED, "2025-12-31", ZS_STAGE_STARTED, "2026-03-10",
                    ZS_STAGE_PRODUCTION, "2026-11-15", -1);
  /* P5, unit A, chain A: a lead dropped in November; red, but no longer moving. */
  p5 = add_project (f, "终止项目", f->unit_a, f->chain_a, 7000, ZS_GRADE_RED,
                    ZS_STAGE_LEAD, "2026-11-02", ZS_STAGE_TERMINATED, "2026-11-10", -1);
  /* P6, no unit, chain A: entered directly as signed on 11 November. */
  p6 = add_project (f, "无单位签约项目", 0, f->chain_a, 1000, ZS_GRADE_YELLOW,
                    ZS_STAGE_SIGNED, "2026-11-11", -1);

  /* Funds arrived (资金到位记录): P1 1500 on 31 October and 500 on
   * 1 November; P2 5000 on 20 November and 800 on 1 December (after the
   * period); P4 2000 on the last day of 2025, 1200 in March and a
   * correction of -200 on 30 November; P6 100 on 11 November. P3 and the
   * dropped P5 have none. */
  add_funds (f, p1, "2026-10-31", 1500);
  add_funds (f, p1, "2026-11-01", 500);
  add_funds (f, p2, "2026-11-20", 5000);
  add_funds (f, p2, "2026-12-01", 800);
  add_funds (f, p4, "2025-12-31", 2000);
  add_funds (f, p4, "2026-03-10", 1200);
  add_funds (f, p4, "2026-11-30", -200);
  add_funds (f, p6, "2026-11-11", 100);

  zs_record_set_int (ZS_RECORD (obstacle), ZS_OBSTACLE_PROJECT_ID, zs_record_get_id (ZS_RECORD (p2)));
  zs_record_set_string (ZS_RECORD (obstacle), ZS_OBSTACLE_DESCRIPTION, "用地指标未落实");
  g_assert_true (zs_store_save (f->store, ZS_RECORD (obstacle), NULL));

  /* Leads: two in November, one on 31 October, one in January. */
  add_lead (f, "十一月首日线索", f->unit_a, f->chain_a, "2026-11-01");
  add_lead (f, "十月末线索", f->unit_a, 0, "2026-10-31");
  add_lead (f, "十一月末线索", f->unit_b, f->chain_b, "2026-11-30");
  add_lead (f, "一月线索", f->unit_b, 0, "2026-01-05");

  /* Unit A has every target; unit B only a signed count; unit C none. A
   * target of another year must not count. */
  add_target (f, f->unit_a, 2026, 12, 6, 120000, 4, 4, 2, 50000);
  add_target (f, f->unit_b, 2026, 0, 2, 0, 0, 0, 0, 0);
  add_target (f, f->unit_c, 2025, 5, 5, 5, 5, 5, 5, 5);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
}

static ZsReport *
report_for (Fixture    *f,
            const char *first,
            const char *last)
{
  g_autoptr(GError) error = NULL;
  ZsReport *report = zs_report_new (f->store, first, last, TODAY, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

static ZsReportLine *
find_line (GListModel *lines,
           gint64      id)
{
  for (guint i = 0; i < g_list_model_get_n_items (lines); i++)
    {
      g_autoptr(ZsReportLine) line = g_list_model_get_item (lines, i);

      if (zs_report_line_get_id (line) == id)
        return line;
    }
  g_assert_not_reached ();
}

static void
assert_values (ZsReportLine *line,
               gboolean      year,
               gint64        leads,
               gint64        n_signed,
               gint64        investment,
               gint64        registered,
               gint64        started,
               gint64        production,
               gint64        funds)
{
  gint64 expected[ZS_KPI_N] = { leads, n_signed, investment, registered, started, production, funds };

  for (guint k = 0; k < ZS_KPI_N; k++)
    {
      gint64 value = year ? zs_report_line_get_year_value (line, k) : zs_report_line_get_value (line, k);

      if (value != expected[k])
        g_error ("%s, %s (%s): %" G_GINT64_FORMAT " instead of %" G_GINT64_FORMAT,
                 zs_report_line_get_name (line), zs_kpi_get_label (k), year ? "year" : "period",
                 value, expected[k]);
    }
}

/* Amounts to 0.01 万元 add up exactly (0.1 + 0.2 is 0.3, as in no double),
 * and foreign capital (万美元) is reported apart, of the projects signed. */
static void
test_decimals_and_foreign_capital (Fixture       *f,
                                   gconstpointer  data)
{
  g_autoptr(ZsProject) p7 = add_project (f, "外资小数项目", f->unit_c, f->chain_b, 150055, ZS_GRADE_GREEN,
                                         ZS_STAGE_NEGOTIATING, "2026-10-01", ZS_STAGE_SIGNED, "2026-11-12", -1);
  g_autoptr(ZsReport) report = NULL;
  g_autofree char *funds = NULL;
  ZsReportLine *total, *unit_c, *chain_b;

  zs_record_set_int (ZS_RECORD (p7), ZS_PROJECT_CONTRACTED_FOREIGN_CAPITAL, 120050);
  zs_record_set_int (ZS_RECORD (p7), ZS_PROJECT_FOREIGN_CAPITAL_USED, 30025);
  g_assert_true (zs_store_save (f->store, ZS_RECORD (p7), NULL));
  /* 0.1 and 0.2 万元 arrive for P7 in November. */
  add_funds (f, p7, "2026-11-12", 10);
  add_funds (f, p7, "2026-11-13", 20);

  report = report_for (f, FIRST, LAST);
  total = zs_report_get_total (report);
  unit_c = find_line (zs_report_get_units (report), f->unit_c);
  chain_b = find_line (zs_report_get_chains (report), f->chain_b);

  /* As test_kpis_in_period, with P7: signed 66000 + 150055; funds 5400 + 30. */
  assert_values (total, FALSE, 2, 4, 66000 + 150055, 1, 1, 1, 5400 + 30);
  assert_values (unit_c, FALSE, 0, 1, 150055, 0, 0, 0, 30);
  funds = zs_kpi_format (ZS_KPI_FUNDS_IN_PLACE, zs_report_line_get_value (unit_c, ZS_KPI_FUNDS_IN_PLACE));
  g_assert_cmpstr (funds, ==, "0.3 ten thousand yuan");

  /* Foreign capital: P7 alone is signed with any; P4 (signed in 2025) has none. */
  g_assert_cmpint (zs_report_line_get_foreign (total, ZS_FOREIGN_CONTRACTED, FALSE), ==, 120050);
  g_assert_cmpint (zs_report_line_get_foreign (total, ZS_FOREIGN_USED, FALSE), ==, 30025);
  g_assert_cmpint (zs_report_line_get_foreign (total, ZS_FOREIGN_CONTRACTED, TRUE), ==, 120050);
  g_assert_cmpint (zs_report_line_get_foreign (unit_c, ZS_FOREIGN_USED, TRUE), ==, 30025);
  g_assert_cmpint (zs_report_line_get_foreign (chain_b, ZS_FOREIGN_CONTRACTED, FALSE), ==, 120050);
  g_assert_cmpint (zs_report_line_get_foreign (find_line (zs_report_get_units (report), f->unit_a),
                                               ZS_FOREIGN_CONTRACTED, TRUE), ==, 0);
  /* Not counted into the yuan indicators. */
  g_assert_cmpint (zs_report_line_get_year_value (unit_c, ZS_KPI_SIGNED_INVESTMENT), ==, 150055);
}

static gboolean
has_line (GListModel *lines,
          gint64      id)
{
  for (guint i = 0; i < g_list_model_get_n_items (lines); i++)
    {
      g_autoptr(ZsReportLine) line = g_list_model_get_item (lines, i);

      if (zs_report_line_get_id (line) == id)
        return TRUE;
    }
  return FALSE;
}

static void
retire (Fixture *f,
        gint64   unit)
{
  g_autoptr(ZsRecord) record = zs_store_load (f->store, ZS_TYPE_UNIT, unit, NULL);

  zs_record_set_boolean (record, ZS_UNIT_RETIRED, TRUE);
  g_assert_true (zs_store_save (f->store, record, NULL));
}

/* A retired unit leaves the tables of the dispatch page and the bulletin,
 * unless it has figures in the period: unit C has none in November, unit
 * B signed P3 on 30 November. */
static void
test_retired_units (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(ZsReport) before = report_for (f, FIRST, LAST);
  g_autoptr(ZsReport) after = NULL;
  g_autoptr(ZsReport) october = NULL;

  g_assert_true (has_line (zs_report_get_units (before), f->unit_c));
  retire (f, f->unit_c);
  retire (f, f->unit_b);
  after = report_for (f, FIRST, LAST);
  g_assert_false (has_line (zs_report_get_units (after), f->unit_c));
  g_assert_true (has_line (zs_report_get_units (after), f->unit_b));
  g_assert_true (has_line (zs_report_get_units (after), f->unit_a));
  /* In October unit B did nothing (P3 was signed on 30 November). */
  october = report_for (f, "2026-10-01", "2026-10-31");
  g_assert_false (has_line (zs_report_get_units (october), f->unit_b));
  /* The city's total still counts what retired units did. */
  g_assert_cmpint (zs_report_line_get_value (zs_report_get_total (after), ZS_KPI_SIGNED), ==, 3);
}

static void
test_kpis_in_period (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(ZsReport) report = report_for (f, FIRST, LAST);
  ZsReportLine *total = zs_report_get_total (report);

  /* Leads: 1 and 30 November. Signed: P2 (5th), P6 (11th), P3 (30th), not
   * P1 (31 October): 25000 + 1000 + 40000. Registered: P1 on the 1st.
   * Started: P2, signed the same month. Production: P4. Funds arrived in
   * November: P1 500 + P2 5000 + P4 -200 + P6 100 = 5400. */
  assert_values (total, FALSE, 2, 3, 66000, 1, 1, 1, 5400);
  /* From 1 January: the leads of 5 January and 31 October too, 4 in all.
   * Signed adds P1 (31 October): 4, 76000; P4 was signed in 2025. Started
   * adds P4 in March. Funds add P1's 1500 of October and P4's 1200 of
   * March: 8100; not P4's 2000 of 2025 nor P2's 800 of December. */
  assert_values (total, TRUE, 4, 4, 76000, 1, 2, 1, 8100);
}

static void
test_kpis_by_unit_and_chain (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(ZsReport) report = report_for (f, FIRST, LAST);
  GListModel *units = zs_report_get_units (report);
  GListModel *chains = zs_report_get_chains (report);

  /* Unit A: lead of the 1st; P2 signed and started; P1 registered;
   * funds P1 500 + P2 5000. Year: also the October lead, P1 signed, P1's
   * 1500 of October. */
  assert_values (find_line (units, f->unit_a), FALSE, 1, 1, 25000, 1, 1, 0, 5500);
  assert_values (find_line (units, f->unit_a), TRUE, 2, 2, 35000, 1, 1, 0, 7000);
  /* Unit B: lead of the 30th; P3 signed; P4 in production; funds P4's
   * correction of -200; in the year 1200 - 200. */
  assert_values (find_line (units, f->unit_b), FALSE, 1, 1, 40000, 0, 0, 1, -200);
  assert_values (find_line (units, f->unit_b), TRUE, 2, 1, 40000, 0, 1, 1, 1000);
  /* P6 has no unit: a "no unit" line, so the units add up to the total. */
  assert_values (find_line (units, 0), FALSE, 0, 1, 1000, 0, 0, 0, 100);

  /* Chain A: P3 and P6 signed, P1 registered, the lead of the 1st, funds
   * P1 500 + P6 100. Chain B: P2 signed and started, P4 in production, the
   * lead of the 30th, funds P2 5000 - P4 200. */
  assert_values (find_line (chains, f->chain_a), FALSE, 1, 2, 41000, 1, 0, 0, 600);
  assert_values (find_line (chains, f->chain_b), FALSE, 1, 1, 25000, 0, 1, 1, 4800);
  /* Most investment signed first; the two leads without a chain make a
   * "no chain" line at the end. */
  {
    g_autoptr(ZsReportLine) first = g_list_model_get_item (chains, 0);
    g_autoptr(ZsReportLine) last = g_list_model_get_item (chains, g_list_model_get_n_items (chains) - 1);

    g_assert_cmpint (zs_report_line_get_id (first), ==, f->chain_a);
    g_assert_cmpint (zs_report_line_get_id (last), ==, 0);
    g_assert_cmpint (zs_report_line_get_year_value (last, ZS_KPI_LEADS), ==, 2);
    g_assert_cmpuint (g_list_model_get_n_items (chains), ==, 3);
  }
}

static void
test_boundaries_move_with_the_period (Fixture       *f,
                                      gconstpointer  data)
{
  g_autoptr(ZsReport) october = report_for (f, "2026-10-01", "2026-10-31");
  g_autoptr(ZsReport) one_day = report_for (f, "2026-11-30", "2026-11-30");
  g_autoptr(ZsReport) week = NULL;
  g_autofree char *monday = NULL;
  g_autofree char *sunday = NULL;

  /* October: P1 signed on its last day, the lead of the 31st, P1's 1500
   * of the 31st. */
  assert_values (zs_report_get_total (october), FALSE, 1, 1, 10000, 0, 0, 0, 1500);
  /* The last day alone: P3 signed, the lead of the 30th, P4's correction. */
  assert_values (zs_report_get_total (one_day), FALSE, 1, 1, 40000, 0, 0, 0, -200);

  /* The week of 16–22 November: P2 started on the 20th and its 5000 came. */
  g_assert_true (zs_period_bounds (ZS_PERIOD_WEEK, "2026-11-18", &monday, &sunday));
  g_assert_cmpstr (monday, ==, "2026-11-16");
  week = report_for (f, monday, sunday);
  assert_values (zs_report_get_total (week), FALSE, 0, 0, 0, 0, 1, 0, 5000);
}

static void
test_months_and_stages (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(ZsReport) report = report_for (f, FIRST, LAST);
  gint64 investment;

  g_assert_cmpint (zs_report_get_year (report), ==, 2026);
  g_assert_cmpint (zs_report_get_month (report, 1, ZS_KPI_LEADS), ==, 1);
  g_assert_cmpint (zs_report_get_month (report, 3, ZS_KPI_STARTED), ==, 1);
  g_assert_cmpint (zs_report_get_month (report, 10, ZS_KPI_SIGNED), ==, 1);
  g_assert_cmpint (zs_report_get_month (report, 10, ZS_KPI_SIGNED_INVESTMENT), ==, 10000);
  g_assert_cmpint (zs_report_get_month (report, 11, ZS_KPI_SIGNED), ==, 3);
  g_assert_cmpint (zs_report_get_month (report, 11, ZS_KPI_SIGNED_INVESTMENT), ==, 66000);
  g_assert_cmpint (zs_report_get_month (report, 11, ZS_KPI_STARTED), ==, 1);
  g_assert_cmpint (zs_report_get_month (report, 11, ZS_KPI_PRODUCTION), ==, 1);
  /* Funds month by month: March 1200, October 1500, November 5400. */
  g_assert_cmpint (zs_report_get_month (report, 2, ZS_KPI_FUNDS_IN_PLACE), ==, 0);
  g_assert_cmpint (zs_report_get_month (report, 3, ZS_KPI_FUNDS_IN_PLACE), ==, 1200);
  g_assert_cmpint (zs_report_get_month (report, 10, ZS_KPI_FUNDS_IN_PLACE), ==, 1500);
  g_assert_cmpint (zs_report_get_month (report, 11, ZS_KPI_FUNDS_IN_PLACE), ==, 5400);
  /* December has not come yet (P2's 800 dated then waits for it). */
  g_assert_cmpint (zs_report_get_month (report, 12, ZS_KPI_SIGNED), ==, 0);
  g_assert_cmpint (zs_report_get_month (report, 12, ZS_KPI_FUNDS_IN_PLACE), ==, 0);

  /* Now: P3 and P6 signed, P1 registered, P2 started, P4 in production, P5 dropped. */
  g_assert_cmpint (zs_report_get_stage_count (report, ZS_STAGE_SIGNED, &investment), ==, 2);
  g_assert_cmpint (investment, ==, 41000);
  g_assert_cmpint (zs_report_get_stage_count (report, ZS_STAGE_REGISTERED, NULL), ==, 1);
  g_assert_cmpint (zs_report_get_stage_count (report, ZS_STAGE_LEAD, NULL), ==, 0);
  g_assert_cmpint (zs_report_get_stage_count (report, ZS_STAGE_TERMINATED, NULL), ==, 1);

  /* Red and orange and still moving: P2 and P3, not the dropped P5. */
  g_assert_cmpint (zs_report_get_attention (report, ZS_ATTENTION_RED_ORANGE), ==, 2);
}

static void
test_target_progress (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(ZsReport) report = report_for (f, FIRST, LAST);
  ZsReportLine *a = find_line (zs_report_get_units (report), f->unit_a);
  ZsReportLine *b = find_line (zs_report_get_units (report), f->unit_b);
  ZsReportLine *c = find_line (zs_report_get_units (report), f->unit_c);
  ZsReportLine *total = zs_report_get_total (report);
  g_autofree char *text = NULL;

  /* Unit A: 2 of 6 signed this year; 35000 of 120000; funds 1500 + 500 +
   * 5000 = 7000 of 50000. */
  g_assert_cmpint (zs_report_line_get_target (a, ZS_KPI_SIGNED), ==, 6);
  g_assert_cmpfloat_with_epsilon (zs_report_line_get_progress (a, ZS_KPI_SIGNED), 2.0 / 6, 1e-9);
  g_assert_cmpfloat_with_epsilon (zs_report_line_get_progress (a, ZS_KPI_SIGNED_INVESTMENT), 35000.0 / 120000, 1e-9);
  text = zs_report_line_format_progress (a, ZS_KPI_FUNDS_IN_PLACE);
  g_assert_cmpstr (text, ==, "14%");
  g_clear_pointer (&text, g_free);
  /* No target, no progress: unit B's leads, unit C (its target is for 2025). */
  g_assert_cmpfloat (zs_report_line_get_progress (b, ZS_KPI_LEADS), <, 0);
  g_assert_cmpint (zs_report_line_get_target (c, ZS_KPI_SIGNED), ==, 0);
  text = zs_report_line_format_progress (c, ZS_KPI_SIGNED);
  g_assert_cmpstr (text, ==, "—");
  /* The city's target is the units' together: 6 + 2 signed. */
  g_assert_cmpint (zs_report_line_get_target (total, ZS_KPI_SIGNED), ==, 8);
  g_assert_cmpint (zs_report_line_get_target (total, ZS_KPI_LEADS), ==, 12);
}

static void
test_ranking (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(ZsReport) report = report_for (f, FIRST, LAST);
  GListModel *units = zs_report_get_units (report);
  g_autoptr(ZsReportLine) first = g_list_model_get_item (units, 0);
  g_autoptr(ZsReportLine) second = g_list_model_get_item (units, 1);
  ZsReportLine *c = find_line (units, f->unit_c);
  /* Unit A in November (30 of 365 days): leads 1 of 12·30/365 = 1.0139;
   * signed 1 of 0.493, 25000 of 9863, registered and started 1 of 0.329,
   * all capped at 1.5; production 0; funds of the month 5500 of
   * 50000·30/365 = 4109.6, 1.3383.
   * (10·1.0139 + 15·1.5 + 25·1.5 + 10·1.5 + 20·1.5 + 0 + 10·1.3383) / 100 weights. */
  double score_a = 10 * (1.0 / (12 * 30.0 / 365)) + 15 * 1.5 + 25 * 1.5 + 10 * 1.5 + 20 * 1.5 + 10 * (5500 / (50000 * 30.0 / 365));

  /* Unit B has only a signed target, 1 of 2·30/365: capped, 150 points. */
  g_assert_cmpint (zs_report_line_get_id (first), ==, f->unit_b);
  g_assert_cmpuint (zs_report_line_get_rank (first), ==, 1);
  g_assert_cmpfloat_with_epsilon (zs_report_line_get_score (first), 150.0, 1e-9);
  g_assert_cmpint (zs_report_line_get_id (second), ==, f->unit_a);
  g_assert_cmpuint (zs_report_line_get_rank (second), ==, 2);
  g_assert_cmpfloat_with_epsilon (zs_report_line_get_score (second), score_a, 1e-6);
  g_assert_cmpfloat_with_epsilon (score_a, 128.522, 0.001);
  /* Without targets: not ranked, after the ranked units in the bureau's
   * order, whatever they signed; "no unit" (P6's 1000) last. */
  g_assert_cmpuint (zs_report_line_get_rank (c), ==, 0);
  g_assert_cmpfloat (zs_report_line_get_score (c), <, 0);
  {
    g_autoptr(ZsReportLine) third = g_list_model_get_item (units, 2);
    g_autoptr(ZsReportLine) last = g_list_model_get_item (units, g_list_model_get_n_items (units) - 1);

    g_assert_cmpint (zs_report_line_get_id (third), ==, f->unit_c);
    g_assert_cmpint (zs_report_line_get_id (last), ==, 0);
  }
}

static void
test_score_rule (void)
{
  gint64 values[ZS_KPI_N] = { 0 };
  gint64 targets[ZS_KPI_N] = { 0 };

  /* No targets: no score. */
  g_assert_cmpfloat (zs_report_score (values, targets, 30, 365), <, 0);

  /* Exactly on the year's pace: 100. */
  targets[ZS_KPI_SIGNED] = 73;
  values[ZS_KPI_SIGNED] = 6;   /* 73 · 30 / 365 */
  g_assert_cmpfloat_with_epsilon (zs_report_score (values, targets, 30, 365), 100.0, 1e-9);
  /* Half the pace: 50; a tenfold pace is capped at 150. */
  values[ZS_KPI_SIGNED] = 3;
  g_assert_cmpfloat_with_epsilon (zs_report_score (values, targets, 30, 365), 50.0, 1e-9);
  values[ZS_KPI_SIGNED] = 60;
  g_assert_cmpfloat_with_epsilon (zs_report_score (values, targets, 30, 365), 150.0, 1e-9);

  /* Funds are the month's, against the target's share like the rest:
   * 30 of 730·30/365 = 60 is half the pace. Signed weighs 15, funds 10:
   * (15·1.5 + 10·0.5) / 25. A month of corrections scores 0, not less. */
  targets[ZS_KPI_FUNDS_IN_PLACE] = 730;
  values[ZS_KPI_FUNDS_IN_PLACE] = 30;
  g_assert_cmpfloat_with_epsilon (zs_report_score (values, targets, 30, 365), 100.0 * (15 * 1.5 + 10 * 0.5) / 25, 1e-9);
  values[ZS_KPI_FUNDS_IN_PLACE] = -30;
  g_assert_cmpfloat_with_epsilon (zs_report_score (values, targets, 30, 365), 100.0 * (15 * 1.5 + 10 * 0) / 25, 1e-9);
}

static void
test_bad_period (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZsReport) report = zs_report_new (f->store, "2026-11-30", "2026-11-01", TODAY, NULL, &error);

  g_assert_null (report);
  g_assert_error (error, ZS_ERROR, ZS_ERROR_INVALID);
  g_clear_error (&error);
  report = zs_report_new (f->store, "2026-02-30", "2026-03-01", TODAY, NULL, &error);
  g_assert_null (report);
  g_assert_error (error, ZS_ERROR, ZS_ERROR_INVALID);
}

static void
on_report_ready (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  ZsReport **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = zs_report_new_finish (result, &error);
  g_assert_no_error (error);
}

static void
test_async_matches (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(ZsReport) sync = report_for (f, FIRST, LAST);
  g_autoptr(ZsReport) async = NULL;

  zs_report_new_async (f->store, FIRST, LAST, TODAY, NULL, on_report_ready, &async);
  while (async == NULL)
    g_main_context_iteration (NULL, TRUE);

  for (guint k = 0; k < ZS_KPI_N; k++)
    {
      g_assert_cmpint (zs_report_line_get_value (zs_report_get_total (async), k), ==,
                       zs_report_line_get_value (zs_report_get_total (sync), k));
      g_assert_cmpint (zs_report_line_get_year_value (zs_report_get_total (async), k), ==,
                       zs_report_line_get_year_value (zs_report_get_total (sync), k));
    }
  g_assert_cmpuint (g_list_model_get_n_items (zs_report_get_units (async)), ==,
                    g_list_model_get_n_items (zs_report_get_units (sync)));
}


/* 同比: the same days of 2025 next to November 2026. A year before, unit A
 * signed one project of 44000 on 10 November 2025 with funds of 2750 that
 * day, and unit B received one lead on 20 November 2025. */
static void
add_last_year (Fixture *f)
{
  g_autoptr(ZsProject) before = add_project (f, "去年同期签约项目", f->unit_a, f->chain_a, 44000, ZS_GRADE_GREEN,
                                             ZS_STAGE_SIGNED, "2025-11-10", -1);

  add_funds (f, before, "2025-11-10", 2750);
  add_lead (f, "去年同期线索", f->unit_b, 0, "2025-11-20");
}

/* Every figure of two lines, 同比 and foreign capital included. */
static void
assert_same_line (ZsReportLine *a,
                  ZsReportLine *b)
{
  g_assert_cmpint (zs_report_line_get_id (a), ==, zs_report_line_get_id (b));
  g_assert_cmpstr (zs_report_line_get_name (a), ==, zs_report_line_get_name (b));
  g_assert_cmpuint (zs_report_line_get_rank (a), ==, zs_report_line_get_rank (b));
  for (guint k = 0; k < ZS_KPI_N; k++)
    {
      g_assert_cmpint (zs_report_line_get_value (a, k), ==, zs_report_line_get_value (b, k));
      g_assert_cmpint (zs_report_line_get_year_value (a, k), ==, zs_report_line_get_year_value (b, k));
      g_assert_cmpint (zs_report_line_get_target (a, k), ==, zs_report_line_get_target (b, k));
      g_assert_cmpint (zs_report_line_get_last_year (a, k, FALSE), ==, zs_report_line_get_last_year (b, k, FALSE));
      g_assert_cmpint (zs_report_line_get_last_year (a, k, TRUE), ==, zs_report_line_get_last_year (b, k, TRUE));
    }
  for (guint f = 0; f < ZS_FOREIGN_N; f++)
    g_assert_cmpint (zs_report_line_get_foreign (a, f, TRUE), ==, zs_report_line_get_foreign (b, f, TRUE));
}

static void
assert_same_lines (GListModel *a,
                   GListModel *b)
{
  g_assert_cmpuint (g_list_model_get_n_items (a), ==, g_list_model_get_n_items (b));
  for (guint i = 0; i < g_list_model_get_n_items (a); i++)
    {
      g_autoptr(ZsReportLine) x = g_list_model_get_item (a, i);
      g_autoptr(ZsReportLine) y = g_list_model_get_item (b, i);

      assert_same_line (x, y);
    }
}

typedef struct {
  ZsReport *first;
  ZsReport *full;
} TwoParts;

static void
on_first_part (ZsReport *first,
               gpointer  user_data)
{
  TwoParts *parts = user_data;

  g_assert_null (parts->full);
  parts->first = g_object_ref (first);
}

static void
on_full_report (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  TwoParts *parts = user_data;
  g_autoptr(GError) error = NULL;

  parts->full = zs_report_new_finish (result, &error);
  g_assert_no_error (error);
}

/* The dispatch page shows the first part of the count while the rest is
 * counted: the first part has the tiles' figures, the units' ranking and
 * the stages exactly as a whole count gives them, and the rest adds up to
 * the same report as one count. */
static void
test_first_part_then_rest (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(ZsReport) whole = NULL;
  TwoParts parts = { NULL, NULL };

  add_last_year (f);
  whole = report_for (f, FIRST, LAST);
  zs_report_new_async_with_first (f->store, FIRST, LAST, TODAY, NULL, on_first_part, on_full_report, &parts);
  while (parts.full == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (parts.first);

  g_assert_false (zs_report_is_complete (parts.first));
  g_assert_true (zs_report_is_complete (parts.full));
  g_assert_true (zs_report_is_complete (whole));
  for (guint k = 0; k < ZS_KPI_N; k++)
    {
      ZsReportLine *first = zs_report_get_total (parts.first);
      ZsReportLine *total = zs_report_get_total (whole);

      g_assert_cmpint (zs_report_line_get_value (first, k), ==, zs_report_line_get_value (total, k));
      g_assert_cmpint (zs_report_line_get_year_value (first, k), ==, zs_report_line_get_year_value (total, k));
      g_assert_cmpint (zs_report_line_get_target (first, k), ==, zs_report_line_get_target (total, k));
    }
  for (guint s = 0; s <= ZS_STAGE_TERMINATED; s++)
    g_assert_cmpint (zs_report_get_stage_count (parts.first, s, NULL), ==, zs_report_get_stage_count (whole, s, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (zs_report_get_units (parts.first)), ==,
                    g_list_model_get_n_items (zs_report_get_units (whole)));

  /* The whole: 同比 (a year before there was a signing), months, lists. */
  g_assert_cmpint (zs_report_line_get_last_year (zs_report_get_total (whole), ZS_KPI_SIGNED, FALSE), ==, 1);
  assert_same_line (zs_report_get_total (parts.full), zs_report_get_total (whole));
  assert_same_lines (zs_report_get_units (parts.full), zs_report_get_units (whole));
  assert_same_lines (zs_report_get_chains (parts.full), zs_report_get_chains (whole));
  for (guint m = 1; m <= 12; m++)
    for (guint k = 0; k < ZS_KPI_N; k++)
      g_assert_cmpint (zs_report_get_month (parts.full, m, k), ==, zs_report_get_month (whole, m, k));
  for (guint a = 0; a < ZS_ATTENTION_N; a++)
    g_assert_cmpint (zs_report_get_attention (parts.full, a), ==, zs_report_get_attention (whole, a));
  g_assert_cmpuint (zs_report_get_supervision (parts.full)->len, ==, zs_report_get_supervision (whole)->len);
  g_object_unref (parts.first);
  g_object_unref (parts.full);
}


static void
assert_change (ZsReportLine *line,
               ZsKpi         kpi,
               gboolean      year,
               const char   *expected)
{
  g_autofree char *text = zs_report_line_format_change (line, kpi, year);

  if (g_strcmp0 (text, expected) != 0)
    g_error ("%s, %s (%s): 同比 %s instead of %s", zs_report_line_get_name (line), zs_kpi_get_label (kpi),
             year ? "year" : "period", text, expected);
}

static void
test_same_period_last_year (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(ZsReport) report = NULL;
  ZsReportLine *total, *a, *b;

  add_last_year (f);
  report = report_for (f, FIRST, LAST);
  total = zs_report_get_total (report);
  a = find_line (zs_report_get_units (report), f->unit_a);
  b = find_line (zs_report_get_units (report), f->unit_b);

  /* November 2026 signed P2, P3, P6 (3; 25000 + 40000 + 1000 = 66000)
   * against 1 (44000): +200%, +50%. The year to 30 November: P1 too, 4
   * against 1 (P4 was signed on 31 December 2025, after the 2025 range). */
  g_assert_cmpint (zs_report_line_get_last_year (total, ZS_KPI_SIGNED, FALSE), ==, 1);
  g_assert_cmpint (zs_report_line_get_last_year (total, ZS_KPI_SIGNED_INVESTMENT, FALSE), ==, 44000);
  g_assert_cmpint (zs_report_line_get_last_year (total, ZS_KPI_SIGNED, TRUE), ==, 1);
  assert_change (total, ZS_KPI_SIGNED, FALSE, "+200.0%");
  assert_change (total, ZS_KPI_SIGNED_INVESTMENT, FALSE, "+50.0%");
  assert_change (total, ZS_KPI_SIGNED, TRUE, "+300.0%");
  /* Leads: 2 against 1 in the month; 4 against 1 in the year. */
  assert_change (total, ZS_KPI_LEADS, FALSE, "+100.0%");
  assert_change (total, ZS_KPI_LEADS, TRUE, "+300.0%");
  /* Funds of the month 500 + 5000 − 200 + 100 = 5400 against 2750: +96.36%. */
  assert_change (total, ZS_KPI_FUNDS_IN_PLACE, FALSE, "+96.4%");
  /* Nothing started a year before: no rate. */
  assert_change (total, ZS_KPI_STARTED, FALSE, "—");
  /* By unit: A signed 1 and 1 (level), B 1 against none. */
  assert_change (a, ZS_KPI_SIGNED, FALSE, "0.0%");
  assert_change (a, ZS_KPI_SIGNED_INVESTMENT, FALSE, "-43.2%");
  assert_change (b, ZS_KPI_SIGNED, FALSE, "—");
  assert_change (b, ZS_KPI_LEADS, FALSE, "0.0%");

  /* 序时进度 of a month still running: on today, 21 November, day 325. */
  g_assert_cmpstr (zs_report_get_measured_day (report), ==, TODAY);
  g_assert_cmpfloat_with_epsilon (zs_report_get_time_share (report), 325.0 / 365, 1e-12);
}

static void
test_change_and_schedule_rules (void)
{
  g_autofree char *down = zs_report_format_change (75, 100);
  g_autofree char *none = zs_report_format_change (5, 0);
  g_autofree char *corrections = zs_report_format_change (5, -20);
  g_autofree char *behind = zs_report_format_schedule (2.0 / 6, zs_report_time_share (LAST));
  g_autofree char *ahead = zs_report_format_schedule (0.5, 0.25);
  g_autofree char *level = zs_report_format_schedule (0.5, 0.5);
  g_autofree char *no_target = zs_report_format_schedule (-1, 0.5);
  g_autofree char *leap = zs_report_year_before ("2024-02-29");
  g_autofree char *to_leap = zs_report_year_before ("2025-02-28");
  g_autofree char *mid = zs_report_year_before ("2026-03-15");
  g_autofree char *month_end = zs_report_year_before (LAST);

  g_assert_cmpstr (down, ==, "-25.0%");
  g_assert_cmpstr (none, ==, "—");
  g_assert_cmpstr (corrections, ==, "—");
  /* 序时进度 on 30 November 2026: day 334 of 365 = 91.51%; unit A's
   * signed 2 of 6 = 33.33%: 58.2 points behind. */
  g_assert_cmpfloat_with_epsilon (zs_report_time_share (LAST), 334.0 / 365, 1e-12);
  g_assert_cmpfloat_with_epsilon (zs_report_time_share ("2024-12-31"), 1.0, 1e-12);
  g_assert_cmpstr (behind, ==, "-58.2");
  g_assert_cmpstr (ahead, ==, "+25.0");
  g_assert_cmpstr (level, ==, "0.0");
  g_assert_cmpstr (no_target, ==, "—");
  /* A month's last day stays its month's last day. */
  g_assert_cmpstr (leap, ==, "2023-02-28");
  g_assert_cmpstr (to_leap, ==, "2024-02-29");
  g_assert_cmpstr (mid, ==, "2025-03-15");
  g_assert_cmpstr (month_end, ==, "2025-11-30");
}

static gboolean
lists (GPtrArray *lines,
       gint64     id)
{
  for (guint i = 0; i < lines->len; i++)
    if (zs_report_line_get_id (g_ptr_array_index (lines, i)) == id)
      return TRUE;
  return FALSE;
}

static void
test_red_black (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(ZsReport) report = report_for (f, FIRST, LAST);
  g_autoptr(ZsRedBlack) n_signed = zs_red_black_new (report, ZS_KPI_SIGNED);
  g_autoptr(ZsRedBlack) investment = zs_red_black_new (report, ZS_KPI_SIGNED_INVESTMENT);
  g_autoptr(ZsRedBlack) leads = zs_red_black_new (report, ZS_KPI_LEADS);
  g_autofree char *red_text = NULL;
  g_autofree char *black_text = NULL;

  /* Signed: A and B have targets; B signed 1 of 2 this year (50%), A 2 of
   * 6 (33%): B first, A last, by completion even though A signed more. */
  g_assert_nonnull (n_signed);
  g_assert_true (n_signed->by_target);
  g_assert_cmpuint (n_signed->red->len, ==, 1);
  g_assert_cmpuint (n_signed->black->len, ==, 1);
  g_assert_true (lists (n_signed->red, f->unit_b));
  g_assert_true (lists (n_signed->black, f->unit_a));
  red_text = zs_red_black_describe (n_signed, g_ptr_array_index (n_signed->red, 0));
  black_text = zs_red_black_describe (n_signed, g_ptr_array_index (n_signed->black, 0));
  g_assert_cmpstr (red_text, ==, "50%");
  g_assert_cmpstr (black_text, ==, "33%");

  /* Investment: only A has a target, so the year's value decides: B
   * 40000 first; every unit with nothing (C among them) last, not A. */
  g_assert_nonnull (investment);
  g_assert_false (investment->by_target);
  g_assert_cmpuint (investment->red->len, ==, 1);
  g_assert_true (lists (investment->red, f->unit_b));
  g_assert_true (lists (investment->black, f->unit_c));
  g_assert_false (lists (investment->black, f->unit_a));
  g_assert_false (lists (investment->black, 0));

  /* Leads: A and B received 2 each this year: both first. */
  g_assert_nonnull (leads);
  g_assert_cmpuint (leads->red->len, ==, 2);
  g_assert_true (lists (leads->red, f->unit_a));
  g_assert_true (lists (leads->red, f->unit_b));
}

/* All level: no list. A report of 2024, when nothing happened. */
static void
test_red_black_level (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(ZsReport) report = report_for (f, "2024-11-01", "2024-11-30");

  for (guint k = 0; k < ZS_KPI_N; k++)
    g_assert_null (zs_red_black_new (report, k));
}

static void
test_bulletin_issue (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (zs_bulletin_issue_next (f->store, 2026), ==, 1);
  g_assert_true (zs_bulletin_issue_remember (f->store, 2026, 1, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (zs_bulletin_issue_next (f->store, 2026), ==, 2);
  /* A clerk who numbers one 5 goes on from 6; reissuing 3 keeps 6. */
  g_assert_true (zs_bulletin_issue_remember (f->store, 2026, 5, &error));
  g_assert_true (zs_bulletin_issue_remember (f->store, 2026, 3, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (zs_bulletin_issue_next (f->store, 2026), ==, 6);
  /* Each year counts from 1. */
  g_assert_cmpuint (zs_bulletin_issue_next (f->store, 2027), ==, 1);
}

static void
test_describe_period (void)
{
  g_autofree char *month = zs_report_describe_period ("2026-11-01", "2026-11-30");
  g_autofree char *quarter = zs_report_describe_period ("2026-10-01", "2026-12-31");
  g_autofree char *year = zs_report_describe_period ("2026-01-01", "2026-12-31");
  g_autofree char *range = zs_report_describe_period ("2026-11-16", "2026-11-22");

  g_assert_cmpstr (month, ==, "November 2026");
  g_assert_cmpstr (quarter, ==, "fourth quarter 2026");
  g_assert_cmpstr (year, ==, "Year 2026");
  g_assert_cmpstr (range, ==, "16 November 2026 to 22 November 2026");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define FIXTURE_TEST(path, fn) \
  g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)

  FIXTURE_TEST ("/report/kpis-in-period", test_kpis_in_period);
  FIXTURE_TEST ("/report/decimals-and-foreign-capital", test_decimals_and_foreign_capital);
  FIXTURE_TEST ("/report/retired-units", test_retired_units);
  FIXTURE_TEST ("/report/kpis-by-unit-and-chain", test_kpis_by_unit_and_chain);
  FIXTURE_TEST ("/report/boundaries-move-with-the-period", test_boundaries_move_with_the_period);
  FIXTURE_TEST ("/report/months-and-stages", test_months_and_stages);
  FIXTURE_TEST ("/report/target-progress", test_target_progress);
  FIXTURE_TEST ("/report/ranking", test_ranking);
  FIXTURE_TEST ("/report/bad-period", test_bad_period);
  FIXTURE_TEST ("/report/async-matches", test_async_matches);
  FIXTURE_TEST ("/report/first-part-then-rest", test_first_part_then_rest);
  FIXTURE_TEST ("/report/same-period-last-year", test_same_period_last_year);
  FIXTURE_TEST ("/report/red-black", test_red_black);
  FIXTURE_TEST ("/report/red-black-level", test_red_black_level);
  FIXTURE_TEST ("/report/bulletin-issue", test_bulletin_issue);
  g_test_add_func ("/report/change-and-schedule-rules", test_change_and_schedule_rules);
  g_test_add_func ("/report/score-rule", test_score_rule);
  g_test_add_func ("/report/describe-period", test_describe_period);

  return g_test_run ();
}
