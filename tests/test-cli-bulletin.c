/* test-cli-bulletin.c — the monthly bulletin from the command line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * `zhaoshang --bulletin FILE.pdf` of the built program, with no display.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "zs-test-util.h"
#include "zs-test-cli.h"
#include "zs-database.h"

/* ---- the bulletin ------------------------------------------------------------------ */

/* @text with every run of spaces and line breaks made one space, so that a
 * sentence reads the same wherever the PDF wrapped it. */
static void
add_signed (ZsStore    *store,
            const char *name,
            gint64      unit,
            gint64      planned,
            gint64      funds,
            gint64      foreign,
            const char *signed_on,
            const char *started_on)
{
  g_autoptr(ZsProject) project = zs_project_new ();
  ZsRecord *r = ZS_RECORD (project);
  g_autoptr(GError) error = NULL;

  zs_record_set_string (r, ZS_PROJECT_NAME, name);
  zs_record_set_int (r, ZS_PROJECT_UNIT_ID, unit);
  zs_record_set_int (r, ZS_PROJECT_PLANNED_INVESTMENT, planned);
  zs_record_set_int (r, ZS_PROJECT_FUNDS_IN_PLACE, funds);
  zs_record_set_int (r, ZS_PROJECT_CONTRACTED_FOREIGN_CAPITAL, foreign);
  zs_record_set_int (r, ZS_PROJECT_FOREIGN_CAPITAL_USED, foreign / 2);
  zs_record_set_enum (r, ZS_PROJECT_STAGE, ZS_STAGE_SIGNED);
  zs_record_set_string (r, ZS_PROJECT_STAGE_SINCE, signed_on);
  g_assert_true (zs_store_save (store, r, &error));
  if (started_on != NULL)
    g_assert_true (zs_project_change_stage (store, project, ZS_STAGE_STARTED, started_on, NULL, &error));
  g_assert_no_error (error);
}

static void
add_lead (ZsStore    *store,
          const char *name,
          const char *received)
{
  g_autoptr(ZsLead) lead = zs_lead_new ();
  g_autoptr(GError) error = NULL;

  zs_record_set_string (ZS_RECORD (lead), ZS_LEAD_NAME, name);
  zs_record_set_string (ZS_RECORD (lead), ZS_LEAD_RECEIVED_DATE, received);
  g_assert_true (zs_store_save (store, ZS_RECORD (lead), &error));
  g_assert_no_error (error);
}

/* Checks that the bulletin at @pdf, which the run said it wrote, is the one
 * of @first to @last: its title, period and the core report's figures. */
static void
assert_bulletin (const Run  *run,
                 const char *db,
                 const char *pdf,
                 const char *first,
                 const char *last)
{
  g_autoptr(ZsStore) store = zs_store_open (db, NULL);
  g_autofree char *today = zs_date_today ();
  g_autoptr(ZsReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *period = zs_report_describe_period (first, last);
  g_autofree char *text = NULL;
  g_autofree char *written = NULL;
  g_autofree char *n_signed = NULL;
  g_autofree char *investment = NULL;
  g_autofree char *funds = NULL;
  g_autofree char *sentence = NULL;
  g_autofree char *first_day = zs_format_date (first);
  g_autofree char *last_day = zs_format_date (last);
  g_autofree char *counted = NULL;
  ZsReportLine *total;
  guint pages = zs_test_pdf_pages (pdf);

  g_assert_cmpint (run->status, ==, 0);
  g_assert_cmpuint (pages, >=, 1);
  written = g_strdup_printf ("Wrote %s: %u page%s, the bulletin of %s\n", pdf, pages, pages == 1 ? "" : "s", period);
  g_assert_cmpstr (run->out, ==, written);

  g_assert_nonnull (store);
  report = zs_report_new (store, first, last, today, NULL, &error);
  g_assert_no_error (error);
  total = zs_report_get_total (report);
  n_signed = zs_kpi_format (ZS_KPI_SIGNED, zs_report_line_get_value (total, ZS_KPI_SIGNED));
  investment = zs_kpi_format (ZS_KPI_SIGNED_INVESTMENT, zs_report_line_get_value (total, ZS_KPI_SIGNED_INVESTMENT));
  funds = zs_kpi_format (ZS_KPI_FUNDS_IN_PLACE, zs_report_line_get_value (total, ZS_KPI_FUNDS_IN_PLACE));
  sentence = g_strdup_printf ("%s projects were signed with a planned investment of %s", n_signed, investment);
  counted = g_strdup_printf ("Counted from %s to %s", first_day, last_day);

  text = zs_test_pdf_text (pdf, 1);
  zs_test_assert_in_text (text, "Investment Promotion Bulletin");
  zs_test_assert_in_text (text, period);
  zs_test_assert_in_text (text, counted);
  zs_test_assert_in_text (text, sentence);
  zs_test_assert_in_text (text, funds);
}

static void
test_bulletin_of_a_period (void)
{
  g_autofree char *db = work_path ("bulletin.db");
  g_autofree char *pdf = work_path ("2025-03.pdf");
  g_autoptr(GError) error = NULL;
  g_auto(Run) month = { 0 };
  g_auto(Run) quarter = { 0 };

  {
    g_autoptr(ZsStore) store = zs_database_open (db, &error);
    gint64 unit;

    g_assert_no_error (error);
    unit = zs_test_nth_id (store, ZS_TYPE_UNIT, 0);
    /* Two signed in March 2025 (one also started), one in February, one
     * in April; leads on the month's first and last day and just after. */
    /* Amounts in 0.01 万元: 1500.55 and 880.05 万元; 1200.5 万美元 of foreign capital. */
    add_signed (store, "鲁东新材料项目", unit, 150055, 4321, 120050, "2025-03-01", NULL);
    add_signed (store, "潍北高端装备项目", unit, 88005, 0, 0, "2025-03-12", "2025-03-28");
    add_signed (store, "寿光储能项目", unit, 5000000, 1000, 0, "2025-02-20", NULL);
    add_signed (store, "青州文旅项目", unit, 700000, 0, 0, "2025-04-01", NULL);
    add_lead (store, "某新能源企业扩产线索", "2025-03-01");
    add_lead (store, "某生物医药企业落地线索", "2025-03-31");
    add_lead (store, "某电子企业线索", "2025-04-01");
    g_assert_true (zs_store_set_setting (store, ZS_SETTING_OFFICE_NAME, "潍坊市投资促进局", NULL));
  }

  run_zhaoshang (&month, "--db", db, "--bulletin", pdf, "--date", "2025-03-20", NULL);
  assert_bulletin (&month, db, pdf, "2025-03-01", "2025-03-31");
  {
    g_autofree char *text = zs_test_pdf_text (pdf, 0);

    /* The decimals reach the page, and foreign capital has its own rows in 万美元. */
    zs_test_assert_in_text (text, "2380.6 ten thousand yuan");
    zs_test_assert_in_text (text, "Contracted foreign capital");
    /* (The English unit wraps in the table's narrow cell.) */
    zs_test_assert_in_text (text, "1200.5 ten");
    zs_test_assert_in_text (text, "US dollars");
    zs_test_assert_in_text (text, "Foreign capital actually used");
    zs_test_assert_in_text (text, "600.25 ten");
  }
  {
    const char *argv[] = { "pdfinfo", pdf, NULL };
    g_autofree char *info = NULL;
    int status = -1;

    /* The PDF names its title and, as its author, the issuing unit. */
    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &info, NULL, &status, NULL));
    g_assert_true (g_spawn_check_wait_status (status, NULL));
    g_assert_true (g_regex_match_simple ("^Title: +Investment Promotion Bulletin$", info, G_REGEX_MULTILINE, 0));
    g_assert_true (g_regex_match_simple ("^Author: +潍坊市投资促进局$", info, G_REGEX_MULTILINE, 0));
  }
  {
    g_autoptr(ZsStore) store = zs_store_open (db, NULL);
    g_autoptr(ZsReport) report = zs_report_new (store, "2025-03-01", "2025-03-31", "2025-04-15", NULL, NULL);

    /* The fixture is what the comparison is about: figures that are not zero. */
    g_assert_cmpint (zs_report_line_get_value (zs_report_get_total (report), ZS_KPI_SIGNED), ==, 2);
    g_assert_cmpint (zs_report_line_get_value (zs_report_get_total (report), ZS_KPI_SIGNED_INVESTMENT), ==, 238060);
    g_assert_cmpint (zs_report_line_get_value (zs_report_get_total (report), ZS_KPI_LEADS), ==, 2);
  }

  /* The quarter holding the day, written over the month's file. */
  run_zhaoshang (&quarter, "--db", db, "--bulletin", pdf, "--period", "quarter", "--date", "2025-02-02", NULL);
  assert_bulletin (&quarter, db, pdf, "2025-01-01", "2025-03-31");
}

static void
test_bulletin_this_month_of_the_demo (void)
{
  g_autofree char *db = work_path ("demo-bulletin.db");
  g_autofree char *pdf = work_path ("this-month.pdf");
  g_autofree char *today = zs_date_today ();
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  g_autofree char *text = NULL;
  g_auto(Run) run = { 0 };
  g_auto(Run) week = { 0 };
  g_auto(Run) help = { 0 };

  run_zhaoshang (&help, "--help", NULL);
  g_assert_cmpint (help.status, ==, 0);
  assert_contains (help.out, "--bulletin=FILE");
  assert_contains (help.out, "--period=PERIOD");

  run_zhaoshang (&run, "--db", db, "--demo", "--bulletin", pdf, NULL);
  g_assert_true (zs_period_bounds (ZS_PERIOD_MONTH, today, &first, &last));
  assert_bulletin (&run, db, pdf, first, last);
  /* More than the overview: the demo's units and carriers are in it. */
  text = zs_test_pdf_text (pdf, 0);
  assert_contains (text, "潍坊经济开发区");

  g_clear_pointer (&first, g_free);
  g_clear_pointer (&last, g_free);
  run_zhaoshang (&week, "--db", db, "--bulletin", pdf, "--period", "week", NULL);
  g_assert_true (zs_period_bounds (ZS_PERIOD_WEEK, today, &first, &last));
  assert_bulletin (&week, db, pdf, first, last);
}

/* What the window's ZsBulletinDialog asks, given on the command line: the
 * issue number, the sign-off names, 存在问题 and 下步工作 (a paragraph a
 * line). Names not given are the ones last given, as the dialog offers. */
static void
test_bulletin_as_issued (void)
{
  g_autofree char *db = work_path ("issued.db");
  g_autofree char *pdf = work_path ("issued.pdf");
  g_autofree char *again = work_path ("again.pdf");
  g_autofree char *text = NULL;
  g_autofree char *again_text = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(Run) run = { 0 };
  g_auto(Run) second = { 0 };
  g_auto(Run) help = { 0 };

  {
    g_autoptr(ZsStore) store = zs_database_open (db, &error);

    g_assert_no_error (error);
    g_assert_true (zs_store_set_setting (store, ZS_SETTING_OFFICE_NAME, "潍坊市投资促进局", NULL));
    g_assert_true (zs_store_set_setting (store, ZS_SETTING_BULLETIN_SIGNER, "赵六", NULL));
  }

  run_zhaoshang (&help, "--help", NULL);
  assert_contains (help.out, "--issue=NUMBER");
  assert_contains (help.out, "--drafter=NAME");
  assert_contains (help.out, "--next-steps=TEXT");

  run_zhaoshang (&run, "--db", db, "--bulletin", pdf, "--date", "2025-03-20", "--issue", "12",
                 "--drafter", "张三", "--reviewer", "李四",
                 "--problems", "部分街道项目储备不足。\n要素保障仍需加强。",
                 "--next-steps", "紧盯在谈项目，力争年底前签约。", NULL);
  g_assert_cmpint (run.status, ==, 0);
  text = zs_test_pdf_text (pdf, 0);
  zs_test_assert_in_text (text, "Issue 12");
  zs_test_assert_in_text (text, "Drafted by: 张三");
  zs_test_assert_in_text (text, "Reviewed by: 李四");
  /* The signer not given: the one the store remembers. */
  zs_test_assert_in_text (text, "Signed off by: 赵六");
  zs_test_assert_in_text (text, "Problems");
  zs_test_assert_in_text (text, "部分街道项目储备不足。");
  zs_test_assert_in_text (text, "要素保障仍需加强。");
  zs_test_assert_in_text (text, "Next Steps");
  zs_test_assert_in_text (text, "紧盯在谈项目，力争年底前签约。");

  /* Given names are remembered for the next one, as the dialog's are. */
  run_zhaoshang (&second, "--db", db, "--bulletin", again, "--date", "2025-03-20", NULL);
  g_assert_cmpint (second.status, ==, 0);
  again_text = zs_test_pdf_text (again, 0);
  /* Issue 12 went out: the next counts on from it. */
  zs_test_assert_in_text (again_text, "Issue 13");
  zs_test_assert_in_text (again_text, "Drafted by: 张三");
  zs_test_assert_in_text (again_text, "Reviewed by: 李四");
  g_assert_null (strstr (again_text, "部分街道"));
}

/* No file under @dir's name for @name, and no leftover half-written one. */
static void
assert_nothing_written (const char *dir,
                        const char *name)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *entry;

  g_assert_nonnull (listing);
  while ((entry = g_dir_read_name (listing)) != NULL)
    if (strstr (entry, name) != NULL)
      g_error ("“%s” was left in %s", entry, dir);
}

/* Runs zhaoshang on @db with @args (up to six), which must be refused with
 * @message before anything is opened or written in @dir. */
static void
assert_refused (const char *db,
                const char *dir,
                const char *message,
                const char *args[6])
{
  g_auto(Run) run = { 0 };

  run_zhaoshang (&run, "--db", db, args[0], args[1], args[2], args[3], args[4], args[5], NULL);
  g_assert_cmpint (run.status, ==, 2);
  assert_contains (run.err, message);
  g_assert_cmpstr (run.out, ==, "");
  assert_nothing_written (dir, "out.pdf");
  g_assert_false (g_file_test (db, G_FILE_TEST_EXISTS));
}

static void
test_bulletin_bad_arguments (void)
{
  g_autofree char *dir = work_path ("bad-bulletin");
  g_autofree char *db = g_build_filename (dir, "never.db", NULL);
  g_autofree char *pdf = g_build_filename (dir, "out.pdf", NULL);
  g_autofree char *lost = g_build_filename (dir, "no-such-folder", "out.pdf", NULL);
  g_autofree char *not_db = g_build_filename (dir, "not-a-database.db", NULL);
  g_autofree char *lost_message = g_strdup_printf ("--bulletin: cannot write “%s”: No such file or directory", lost);
  g_autofree char *dir_message = g_strdup_printf ("--bulletin: “%s” is a folder", dir);
  const struct {
    const char *args[6];
    const char *message;
  } cases[] = {
    { { "--bulletin", pdf, "--period", "fortnight" }, "--period: “fortnight” is not one of week, month, quarter, year" },
    { { "--bulletin", pdf, "--date", "2026-13-40" }, "--date: “2026-13-40” is not a date" },
    { { "--bulletin", pdf, "--period", "month", "--date", "2026-02-30" }, "--date: “2026-02-30” is not a date" },
    { { "--bulletin", lost }, lost_message },
    { { "--bulletin", dir }, dir_message },
    { { "--bulletin", "" }, "--bulletin need the name of a file" },
    { { "--period", "year" }, "--period chooses the bulletin’s period: use it with --bulletin FILE" },
    { { "--date", "2025-03-01" }, "--date chooses the bulletin’s period" },
    { { "--bulletin", pdf, "--unit", "商务局" }, "--unit chooses what to export" },
    { { "--bulletin", pdf, "--export", pdf }, "give only one of them" },
    { { "--bulletin", pdf, "--issue", "十二" }, "--issue: “十二” is not an issue number; write a whole number from 1 to 999, e.g. 12" },
    { { "--bulletin", pdf, "--issue", "0" }, "--issue: “0” is not an issue number" },
    { { "--bulletin", pdf, "--issue", "1000" }, "--issue: “1000” is not an issue number" },
    { { "--bulletin", pdf, "--drafter", "  " }, "--drafter: the name is empty" },
    { { "--bulletin", pdf, "--signer", "王\x1b[2J五" }, "--signer: the name “王<U+001B>[2J五” has a control character" },
    { { "--bulletin", pdf, "--reviewer", "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一" },
      "--reviewer: the name has 31 characters; 30 at most" },
    { { "--bulletin", pdf, "--problems", "储备不足\x07" }, "--problems: the text has a control character" },
    { { "--issue", "3" }, "--issue goes with --bulletin FILE" },
    { { "--next-steps", "抓项目" }, "--next-steps goes with --bulletin FILE" },
  };
  g_auto(Run) broken = { 0 };

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *args[6];

      memcpy (args, cases[i].args, sizeof args);
      assert_refused (db, dir, cases[i].message, args);
    }

  /* A database that cannot be opened: the half-made PDF goes too. */
  g_assert_true (g_file_set_contents (not_db, "这不是数据库。This is not a database, it only has its name.", -1, NULL));
  run_zhaoshang (&broken, "--db", not_db, "--bulletin", pdf, NULL);
  g_assert_cmpint (broken.status, ==, 1);
  assert_contains (broken.err, "not-a-database.db");
  assert_nothing_written (dir, "out.pdf");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/cli/bulletin/period", test_bulletin_of_a_period);
  g_test_add_func ("/cli/bulletin/this-month", test_bulletin_this_month_of_the_demo);
  g_test_add_func ("/cli/bulletin/bad-arguments", test_bulletin_bad_arguments);
  g_test_add_func ("/cli/bulletin/as-issued", test_bulletin_as_issued);

  return g_test_run ();
}
