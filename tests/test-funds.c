/* test-funds.c — funds in place as dated entries (资金到位记录)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * A project's funds in place is the sum of its entries: after every add,
 * edit and delete, and after an exchange file (of this or an older kind)
 * is imported. (After a schema upgrade from version 7: in
 * test-sqlite-backend.c, which writes the old file.)
 */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>

#include "zs-test-util.h"
#include "zs-exchange.h"

static ZsProject *
add_project (ZsStore    *store,
             const char *name)
{
  ZsProject *project = zs_project_new ();
  g_autoptr(GError) error = NULL;

  zs_record_set_string (ZS_RECORD (project), ZS_PROJECT_NAME, name);
  zs_record_set_enum (ZS_RECORD (project), ZS_PROJECT_STAGE, ZS_STAGE_SIGNED);
  zs_record_set_string (ZS_RECORD (project), ZS_PROJECT_SIGNING_DATE, "2026-01-20");
  zs_store_save (store, ZS_RECORD (project), &error);
  g_assert_no_error (error);
  return project;
}

/* The total as another connection reads it from the file. */
static gint64
stored_total (ZsStore  *store,
              ZsRecord *project)
{
  g_autoptr(ZsStore) reader = zs_store_open (zs_store_get_path (store), NULL);
  g_autoptr(ZsRecord) loaded = zs_store_load (reader, ZS_TYPE_PROJECT, zs_record_get_id (project), NULL);

  g_assert_nonnull (loaded);
  return zs_record_get_int (loaded, ZS_PROJECT_FUNDS_IN_PLACE);
}

static void
test_total_follows_entries (void)
{
  g_autofree char *path = zs_test_db_path ("total");
  g_autoptr(ZsStore) store = zs_store_open (path, NULL);
  g_autoptr(ZsProject) project = add_project (store, "潍坊港化工新材料项目");
  ZsRecord *p = ZS_RECORD (project);
  g_autoptr(ZsRecord) first = NULL;
  g_autoptr(ZsRecord) second = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (zs_record_get_int (p, ZS_PROJECT_FUNDS_IN_PLACE), ==, 0);

  /* Add: 3000 + 1200. The live object shows it as well as the file. */
  first = zs_test_add_funds (store, p, "2026-02-10", 3000);
  second = zs_test_add_funds (store, p, "2026-03-05", 1200);
  g_assert_cmpint (zs_record_get_int (p, ZS_PROJECT_FUNDS_IN_PLACE), ==, 4200);
  g_assert_cmpint (stored_total (store, p), ==, 4200);

  /* Edit the first to 2500: 3700. */
  zs_record_set_int (first, ZS_FUNDS_ENTRY_AMOUNT, 2500);
  g_assert_true (zs_store_save (store, first, NULL));
  g_assert_cmpint (zs_record_get_int (p, ZS_PROJECT_FUNDS_IN_PLACE), ==, 3700);
  g_assert_cmpint (stored_total (store, p), ==, 3700);

  /* A correction: -700, 3000. */
  g_object_unref (zs_test_add_funds (store, p, "2026-03-31", -700));
  g_assert_cmpint (stored_total (store, p), ==, 3000);

  /* Delete the second: 3000 - 1200 = 1800. */
  g_assert_true (zs_store_delete (store, second, NULL));
  g_assert_cmpint (zs_record_get_int (p, ZS_PROJECT_FUNDS_IN_PLACE), ==, 1800);
  g_assert_cmpint (stored_total (store, p), ==, 1800);

  /* A project saved with some other total keeps the entries' sum. */
  zs_record_set_int (p, ZS_PROJECT_FUNDS_IN_PLACE, 99999);
  zs_record_set_string (p, ZS_PROJECT_INVESTOR, "潍坊港集团");
  g_assert_true (zs_store_save (store, p, NULL));
  g_assert_cmpint (zs_record_get_int (p, ZS_PROJECT_FUNDS_IN_PLACE), ==, 1800);
  g_assert_cmpint (stored_total (store, p), ==, 1800);

  /* A correction that takes more back than arrived is refused, and
   * nothing changes. */
  {
    g_autoptr(ZsRecord) too_much = ZS_RECORD (zs_funds_entry_new ());

    zs_record_set_int (too_much, ZS_FUNDS_ENTRY_PROJECT_ID, zs_record_get_id (p));
    zs_record_set_string (too_much, ZS_FUNDS_ENTRY_DATE, "2026-04-01");
    zs_record_set_int (too_much, ZS_FUNDS_ENTRY_AMOUNT, -1801);
    g_assert_false (zs_store_save (store, too_much, &error));
    g_assert_error (error, ZS_ERROR, ZS_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "潍坊港化工新材料项目"));
    g_clear_error (&error);
    g_assert_cmpint (zs_record_get_id (too_much), ==, 0);
    g_assert_cmpint (stored_total (store, p), ==, 1800);
  }

  /* Deleting the project takes its entries with it. */
  g_assert_true (zs_store_delete (store, p, NULL));
  {
    g_autoptr(ZsQuery) all = zs_query_new (ZS_TYPE_FUNDS_ENTRY);

    g_assert_cmpint (zs_store_count (store, all, NULL), ==, 0);
  }
}

static void
test_validation (void)
{
  g_autoptr(ZsFundsEntry) entry = zs_funds_entry_new ();
  ZsRecord *r = ZS_RECORD (entry);
  g_autoptr(GError) error = NULL;

  zs_record_set_int (r, ZS_FUNDS_ENTRY_PROJECT_ID, 1);
  zs_record_set_string (r, ZS_FUNDS_ENTRY_DATE, "2026-02-10");

  /* Zero arrived is no entry: the message names the field. */
  g_assert_false (zs_record_validate_field (r, ZS_FUNDS_ENTRY_AMOUNT, &error));
  g_assert_error (error, ZS_ERROR, ZS_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Amount arrived"));
  g_clear_error (&error);

  zs_record_set_int (r, ZS_FUNDS_ENTRY_AMOUNT, -50);
  g_assert_true (zs_record_validate (r, NULL));

  zs_record_set_string (r, ZS_FUNDS_ENTRY_DATE, "2026-02-30");
  g_assert_false (zs_record_validate_field (r, ZS_FUNDS_ENTRY_DATE, &error));
  g_assert_error (error, ZS_ERROR, ZS_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "2026-02-30"));
}

/* ---- exchange ------------------------------------------------------------------- */

static void
test_exchange_keeps_entries (void)
{
  g_autofree char *path = zs_test_db_path ("sender");
  g_autofree char *file = zs_test_scratch_path ("funds.xml");
  g_autoptr(ZsStore) sender = zs_test_open_seeded ("sender");
  g_autoptr(ZsStore) receiver = zs_test_open_seeded ("receiver");
  g_autoptr(ZsProject) project = add_project (sender, "高端装备产业园项目");
  g_autoptr(ZsRecord) a = zs_test_add_funds (sender, ZS_RECORD (project), "2026-02-10", 3000);
  g_autoptr(ZsRecord) b = zs_test_add_funds (sender, ZS_RECORD (project), "2026-03-31", -400);
  g_autoptr(ZsImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  ZsRecord *sent[] = { a, b };

  zs_record_set_string (b, ZS_FUNDS_ENTRY_NOTE, "二月多报，更正");
  g_assert_true (zs_store_save (sender, b, NULL));

  g_assert_true (zs_exchange_export (sender, file, "测试", &error));
  g_assert_no_error (error);
  report = zs_test_preview_or_fail (receiver, file);
  g_assert_cmpuint (zs_import_report_get_type_count (report, ZS_TYPE_FUNDS_ENTRY, ZS_IMPORT_OUTCOME_ADDED), ==, 2);
  zs_test_apply_or_fail (receiver, file, report);

  for (guint i = 0; i < G_N_ELEMENTS (sent); i++)
    {
      gint64 id = zs_store_find_by_uuid (receiver, ZS_TYPE_FUNDS_ENTRY, zs_record_get_uuid (sent[i]));
      g_autoptr(ZsRecord) got = zs_store_load (receiver, ZS_TYPE_FUNDS_ENTRY, id, NULL);
      gint64 owner = zs_store_find_by_uuid (receiver, ZS_TYPE_PROJECT, zs_record_get_uuid (ZS_RECORD (project)));

      g_assert_nonnull (got);
      g_assert_cmpstr (zs_record_get_string (got, ZS_FUNDS_ENTRY_DATE), ==, zs_record_get_string (sent[i], ZS_FUNDS_ENTRY_DATE));
      g_assert_cmpint (zs_record_get_int (got, ZS_FUNDS_ENTRY_AMOUNT), ==, zs_record_get_int (sent[i], ZS_FUNDS_ENTRY_AMOUNT));
      g_assert_cmpstr (zs_record_get_string (got, ZS_FUNDS_ENTRY_NOTE), ==, zs_record_get_string (sent[i], ZS_FUNDS_ENTRY_NOTE));
      g_assert_cmpint (zs_record_get_int (got, ZS_FUNDS_ENTRY_PROJECT_ID), ==, owner);
    }
  {
    gint64 id = zs_store_find_by_uuid (receiver, ZS_TYPE_PROJECT, zs_record_get_uuid (ZS_RECORD (project)));
    g_autoptr(ZsRecord) got = zs_store_load (receiver, ZS_TYPE_PROJECT, id, NULL);

    g_assert_cmpint (zs_record_get_int (got, ZS_PROJECT_FUNDS_IN_PLACE), ==, 2600);
  }
  g_remove (path);
}

/* A file written before funds entries existed carries only the total. */
static void
test_old_file_total_carried_over (void)
{
  static const char xml[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<exchange xmlns=\"urn:zhaoshang:exchange:1\" format-version=\"1\" application-version=\"0.1.0\"\n"
    "          office=\"寒亭区投资促进局\" exported=\"2024-10-15T08:00:00Z\">\n"
    "  <project uuid=\"b0000000-0000-4000-8000-000000000001\" updated=\"2024-10-09T08:00:00Z\">\n"
    "    <name>寒亭区新材料项目</name>\n"
    "    <stage>signed</stage>\n"
    "    <planned-investment>50000</planned-investment>\n"
    "    <funds-in-place>12000</funds-in-place>\n"
    "    <signing-date>2024-10-08</signing-date>\n"
    "  </project>\n"
    "</exchange>\n";
  g_autofree char *file = zs_test_scratch_path ("old.xml");
  g_autoptr(ZsStore) store = zs_test_open_seeded ("old-file");
  g_autoptr(ZsImportReport) report = NULL;
  g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_FUNDS_ENTRY);
  g_autoptr(GArray) ids = NULL;
  g_autoptr(ZsRecord) entry = NULL;
  g_autoptr(ZsRecord) project = NULL;

  g_assert_true (g_file_set_contents (file, xml, -1, NULL));
  report = zs_test_preview_or_fail (store, file);
  zs_test_apply_or_fail (store, file, report);

  project = zs_store_load (store, ZS_TYPE_PROJECT,
                           zs_store_find_by_uuid (store, ZS_TYPE_PROJECT, "b0000000-0000-4000-8000-000000000001"), NULL);
  /* A version 1 file's whole 万元, kept in 0.01 万元. */
  g_assert_cmpint (zs_record_get_int (project, ZS_PROJECT_FUNDS_IN_PLACE), ==, 1200000);
  zs_query_add_int (query, ZS_FUNDS_ENTRY_PROJECT_ID, ZS_QUERY_EQ, zs_record_get_id (project));
  ids = zs_store_query (store, query, NULL);
  g_assert_cmpuint (ids->len, ==, 1);
  entry = zs_store_load (store, ZS_TYPE_FUNDS_ENTRY, g_array_index (ids, gint64, 0), NULL);
  g_assert_cmpstr (zs_record_get_string (entry, ZS_FUNDS_ENTRY_DATE), ==, "2024-10-08");
  g_assert_cmpint (zs_record_get_int (entry, ZS_FUNDS_ENTRY_AMOUNT), ==, 1200000);
}

/* The demo: every project's total is the sum of its entries, and the
 * month on show is not the running total. */
static void
test_demo_totals_are_sums (void)
{
  g_autoptr(ZsStore) store = zs_test_open_demo ("demo");
  g_autoptr(ZsQuery) projects = zs_query_new (ZS_TYPE_PROJECT);
  g_autoptr(GArray) ids = zs_store_query (store, projects, NULL);
  gint64 total = 0;
  guint in_instalments = 0;

  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(ZsRecord) p = zs_store_load (store, ZS_TYPE_PROJECT, g_array_index (ids, gint64, i), NULL);
      g_autoptr(ZsQuery) entries = zs_query_new (ZS_TYPE_FUNDS_ENTRY);

      zs_query_add_int (entries, ZS_FUNDS_ENTRY_PROJECT_ID, ZS_QUERY_EQ, zs_record_get_id (p));
      g_assert_cmpint (zs_store_sum (store, entries, ZS_FUNDS_ENTRY_AMOUNT, NULL), ==,
                       zs_record_get_int (p, ZS_PROJECT_FUNDS_IN_PLACE));
      total += zs_record_get_int (p, ZS_PROJECT_FUNDS_IN_PLACE);
      /* Funds came in instalments over the demo's months. */
      if (zs_store_count (store, entries, NULL) > 1)
        in_instalments++;
    }
  g_assert_cmpint (total, >, 0);
  g_assert_cmpuint (in_instalments, >, 0);

  /* This month's funds are some of them, not the running total. */
  {
    g_autofree char *today = zs_date_today ();
    g_autofree char *first = NULL;
    g_autofree char *last = NULL;
    g_autoptr(ZsReport) report = NULL;
    gint64 month;

    g_assert_true (zs_period_bounds (ZS_PERIOD_MONTH, today, &first, &last));
    report = zs_report_new (store, first, last, today, NULL, NULL);
    g_assert_nonnull (report);
    month = zs_report_line_get_value (zs_report_get_total (report), ZS_KPI_FUNDS_IN_PLACE);
    g_assert_cmpint (month, >, 0);
    g_assert_cmpint (month, <, total);
    g_assert_cmpint (month, <=, zs_report_line_get_year_value (zs_report_get_total (report), ZS_KPI_FUNDS_IN_PLACE));
  }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/funds/total-follows-entries", test_total_follows_entries);
  g_test_add_func ("/funds/validation", test_validation);
  g_test_add_func ("/funds/exchange-keeps-entries", test_exchange_keeps_entries);
  g_test_add_func ("/funds/old-file-total-carried-over", test_old_file_total_carried_over);
  g_test_add_func ("/funds/demo-totals-are-sums", test_demo_totals_are_sums);

  return g_test_run ();
}
