/* test-sheet-tables.c — every table in and out of a spreadsheet (issue 15)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Partners, target enterprises, carriers, leads, activities, units, people
 * and targets from sheets openpyxl and LibreOffice wrote and from a
 * GB18030 CSV (tests/sheets/README.md): names matched as the bureau types
 * them, an unknown unit listed to be made, a 单位-姓名-电话 cell split; an
 * export of each table imports back without a change; a mapping the clerk
 * corrects is used again for a file of the same shape.
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "zs-test-util.h"
#include "zs-sheet.h"
#include "zs-sheet-export.h"
#include "zs-sheet-import.h"
#include "zs-sheet-table.h"

static const char * const order[] = {
  "units", "people", "partners", "enterprises", "carriers", "leads", "activities", "targets", NULL
};

static char *
fixture_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "sheets", name, NULL);
}

static gint64
count (ZsStore *store,
       GType    type)
{
  g_autoptr(ZsQuery) query = zs_query_new (type);

  return zs_store_count (store, query, NULL);
}

static const char *
ref_title (ZsStore  *store,
           ZsRecord *record,
           guint     field,
           GType     type,
           ZsRecord **keep)
{
  *keep = zs_store_load (store, type, zs_record_get_int (record, field), NULL);
  g_assert_nonnull (*keep);
  return zs_record_get_title (*keep);
}

static ZsSheetImport *
preview_table (ZsStore    *store,
               const char *path,
               const char *table)
{
  g_autoptr(GError) error = NULL;
  ZsSheetImport *import = zs_sheet_import_preview (store, path, table, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (import);
  if (!zs_sheet_import_can_apply (import))
    {
      g_autofree char *summary = zs_sheet_import_format (import);

      g_error ("%s (%s) is refused:\n%s", path, table, summary);
    }
  return import;
}

static void
import_table (ZsStore    *store,
              const char *path,
              const char *table,
              guint       n_added)
{
  g_autoptr(ZsSheetImport) import = preview_table (store, path, table);
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (zs_sheet_import_get_table (import), ==, table);
  g_assert_cmpuint (zs_sheet_import_get_n_added (import), ==, n_added);
  g_assert_true (zs_sheet_import_apply (import, store, &error));
  g_assert_no_error (error);
}

static void
assert_unchanged (ZsStore    *store,
                  const char *path,
                  const char *table,
                  guint       n_unchanged)
{
  g_autoptr(ZsSheetImport) again = preview_table (store, path, table);

  if (zs_sheet_import_get_n_added (again) + zs_sheet_import_get_n_updated (again) != 0)
    {
      g_autofree char *summary = zs_sheet_import_format (again);

      g_error ("%s (%s) changes something when it comes back:\n%s", path, table, summary);
    }
  g_assert_cmpuint (zs_sheet_import_get_n_unchanged (again), ==, n_unchanged);
}

static gboolean
notes_have (ZsSheetImport *import,
            const char    *fragment)
{
  const char * const *notes = zs_sheet_import_get_notes (import);

  for (guint i = 0; notes[i] != NULL; i++)
    if (strstr (notes[i], fragment) != NULL)
      return TRUE;
  return FALSE;
}

/* The workbook's eight sheets, each into its table, in the order a bureau
 * would bring them: units and people first. */
static void
check_workbook (const char *name)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("tables");
  g_autofree char *path = fixture_path (name);
  static const guint added[] = { 2, 3, 2, 2, 2, 2, 2, 2 };
  static const guint rows[] = { 3, 3, 2, 2, 2, 2, 2, 2 };
  gint64 n_units = count (store, ZS_TYPE_UNIT);
  g_autoptr(ZsRecord) wang = NULL, zhao = NULL, chen = NULL, lead = NULL, target = NULL, carrier = NULL;
  g_autoptr(ZsRecord) r1 = NULL, r2 = NULL, r3 = NULL, r4 = NULL;

  /* People name 高新区 管委会 (with a space) and 招商服务中心, which is new. */
  import_table (store, path, "units", added[0]);
  {
    g_autoptr(ZsSheetImport) people = preview_table (store, path, "people");
    g_autofree char *summary = zs_sheet_import_format (people);
    g_autoptr(GError) error = NULL;

    g_assert_nonnull (strstr (summary, "招商服务中心"));
    g_assert_null (strstr (summary, "高新区 管委会"));
    g_assert_true (notes_have (people, "伙伴"));   /* the partners' sheet is not people */
    g_assert_true (zs_sheet_import_apply (people, store, &error));
    g_assert_no_error (error);
  }
  g_assert_cmpint (count (store, ZS_TYPE_UNIT), ==, n_units + 2 + 1);
  wang = zs_test_load_named (store, ZS_TYPE_PERSON, ZS_PERSON_NAME, "王 建国");
  g_assert_cmpstr (ref_title (store, wang, ZS_PERSON_UNIT_ID, ZS_TYPE_UNIT, &r1), ==, "高新区管委会");
  zhao = zs_test_load_named (store, ZS_TYPE_PERSON, ZS_PERSON_NAME, "赵丽");
  g_assert_false (zs_record_get_boolean (zhao, ZS_PERSON_ACTIVE));

  for (guint t = 2; order[t] != NULL; t++)
    import_table (store, path, order[t], added[t]);
  g_assert_cmpint (count (store, ZS_TYPE_PERSON), ==, 3);   /* 王建国 and 李 明 are the people above */

  chen = zs_test_load_named (store, ZS_TYPE_PARTNER, ZS_PARTNER_NAME, "陈晓东");
  g_assert_cmpstr (ref_title (store, chen, ZS_PARTNER_PERSON_ID, ZS_TYPE_PERSON, &r2), ==, "王 建国");
  g_assert_cmpstr (zs_record_get_string (chen, ZS_PARTNER_APPOINTED_DATE), ==, "2024-03-01");
  g_assert_cmpint (zs_record_get_enum (chen, ZS_PARTNER_KIND), ==, ZS_PARTNER_CITY_PARTNER);
  /* 高新区管委会－王 建国: split at the full-width dash. */
  lead = zs_test_load_named (store, ZS_TYPE_LEAD, ZS_LEAD_NAME, "电驱系统配套项目");
  g_assert_cmpstr (ref_title (store, lead, ZS_LEAD_UNIT_ID, ZS_TYPE_UNIT, &r3), ==, "高新区管委会");
  g_assert_cmpstr (ref_title (store, lead, ZS_LEAD_PERSON_ID, ZS_TYPE_PERSON, &r4), ==, "王 建国");
  g_assert_cmpint (zs_record_get_int (lead, ZS_LEAD_ESTIMATED_INVESTMENT), ==, 8000 * ZS_AMOUNT_SCALE);
  carrier = zs_test_load_named (store, ZS_TYPE_CARRIER, ZS_CARRIER_NAME, "高新区标准厂房三期");
  g_assert_cmpint (zs_record_get_int (carrier, ZS_CARRIER_AVAILABLE_AREA), ==, 8000);
  g_assert_cmpfloat (zs_record_get_double (carrier, ZS_CARRIER_HEIGHT), ==, 9.5);
  /* 签约总投资（亿元）: 8亿 and 50 (亿) in 万元. */
  {
    g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_TARGET);
    g_autoptr(GArray) ids = zs_store_query (store, query, NULL);
    gint64 sum = 0;

    g_assert_cmpuint (ids->len, ==, 2);
    for (guint i = 0; i < ids->len; i++)
      {
        g_clear_object (&target);
        target = zs_store_load (store, ZS_TYPE_TARGET, g_array_index (ids, gint64, i), NULL);
        sum += zs_record_get_int (target, ZS_TARGET_SIGNED_INVESTMENT);
        g_assert_cmpint (zs_record_get_int (target, ZS_TARGET_YEAR), ==, 2025);
      }
    g_assert_cmpint (sum, ==, 580000 * ZS_AMOUNT_SCALE);
  }

  /* The same workbook again: nothing changes. */
  for (guint t = 0; order[t] != NULL; t++)
    assert_unchanged (store, path, order[t], rows[t]);
}

static void
test_openpyxl (void)
{
  check_workbook ("tables-openpyxl.xlsx");
}

static void
test_libreoffice (void)
{
  check_workbook ("tables-libreoffice.xls");
}

static void
test_gb18030_split (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("split");
  g_autofree char *path = fixture_path ("people-gb18030.csv");
  g_autoptr(ZsSheetImport) import = NULL;
  g_autoptr(ZsRecord) sun = NULL, zhou = NULL, unit = NULL, unit2 = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;

  /* No --table: the 单位-姓名-电话 column says these are people. */
  import = zs_sheet_import_preview (store, path, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (zs_sheet_import_get_table (import), ==, "people");
  summary = zs_sheet_import_format (import);
  /* 城关镇 is new; 商务局 is the seeded unit. */
  g_assert_nonnull (strstr (summary, "New units: 城关镇\n"));
  g_assert_true (zs_sheet_import_apply (import, store, &error));
  sun = zs_test_load_named (store, ZS_TYPE_PERSON, ZS_PERSON_NAME, "孙 一");
  g_assert_cmpstr (zs_record_get_string (sun, ZS_PERSON_PHONE), ==, "0536-8888 1234");
  g_assert_cmpstr (ref_title (store, sun, ZS_PERSON_UNIT_ID, ZS_TYPE_UNIT, &unit), ==, "城关镇");
  zhou = zs_test_load_named (store, ZS_TYPE_PERSON, ZS_PERSON_NAME, "周　敏");
  g_assert_cmpstr (ref_title (store, zhou, ZS_PERSON_UNIT_ID, ZS_TYPE_UNIT, &unit2), ==, "商务局");
  assert_unchanged (store, path, "people", 2);
}

/* Each table of the demo out as .xlsx and .csv, and back: nothing changes. */
static void
test_round_trip (void)
{
  g_autoptr(ZsStore) store = zs_test_open_demo ("round-trip");
  const char * const *tables = zs_sheet_table_names ();

  for (guint t = 0; tables[t] != NULL; t++)
    for (guint csv = 0; csv < 2; csv++)
      {
        g_autofree char *name = g_strdup_printf ("%s.%s", tables[t], csv ? "csv" : "xlsx");
        g_autofree char *out = zs_test_scratch_path (name);
        ZsSheetExportOptions options = { csv ? ZS_SHEET_FORMAT_CSV : ZS_SHEET_FORMAT_XLSX };
        const ZsSheetTable *table = zs_sheet_table_get (tables[t]);
        g_autoptr(GError) error = NULL;
        guint64 n_rows = 0;

        g_test_message ("%s", name);
        g_assert_true (zs_sheet_export_table (store, tables[t], out, &options, &n_rows, NULL, &error));
        g_assert_no_error (error);
        g_assert_cmpint ((gint64) n_rows, ==, count (store, table->get_type ()));
        g_assert_cmpuint (n_rows, >, 0);
        /* Found by its columns alone, without being told the table. */
        assert_unchanged (store, out, NULL, (guint) n_rows);
        assert_unchanged (store, out, tables[t], (guint) n_rows);
      }
}

/* The 台账 of a table without amounts says no unit; the one with them does. */
static void
test_export_heading (void)
{
  g_autoptr(ZsStore) store = zs_test_open_demo ("heading");
  g_autofree char *people = zs_test_scratch_path ("people.xlsx");
  g_autofree char *leads = zs_test_scratch_path ("leads.xlsx");
  ZsSheetExportOptions options = { ZS_SHEET_FORMAT_XLSX };
  g_autoptr(ZsSheetBook) a = NULL, b = NULL;
  g_autoptr(GError) error = NULL;
  ZsSheet *sheet;
  ZsSheetRow *row;

  g_assert_true (zs_sheet_export_table (store, "people", people, &options, NULL, NULL, &error));
  g_assert_true (zs_sheet_export_table (store, "leads", leads, &options, NULL, NULL, &error));
  a = zs_sheet_book_read (people, NULL, NULL, &error);
  g_assert_no_error (error);
  sheet = g_ptr_array_index (a->sheets, 0);
  g_assert_cmpstr (sheet->name, ==, "人员名录");
  row = g_ptr_array_index (sheet->rows, 2);
  g_assert_cmpuint (row->number, ==, 4);   /* no 单位：万元 row with text */
  g_assert_cmpstr (zs_sheet_row_get (row, 1)->text, ==, "姓名");
  b = zs_sheet_book_read (leads, NULL, NULL, &error);
  sheet = g_ptr_array_index (b->sheets, 0);
  row = g_ptr_array_index (sheet->rows, 2);
  g_assert_cmpstr (zs_sheet_row_get (row, 0)->text, ==, "单位：万元");
  row = g_ptr_array_index (sheet->rows, sheet->rows->len - 1);
  g_assert_cmpstr (zs_sheet_row_get (row, 0)->text, ==, "合计");
}

/* Names in pinyin order, as Excel sorts Chinese: 安丘市, 滨海区, 发展和改革局 …
 * where code points would put 发 (U+53D1) first. */
static void
test_pinyin_order (void)
{
  g_autoptr(ZsStore) store = zs_test_open_demo ("pinyin");
  g_autofree char *out = zs_test_scratch_path ("units-pinyin.csv");
  ZsSheetExportOptions options = { ZS_SHEET_FORMAT_CSV };
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  static const char * const first[] = { "安丘市", "滨海区", "发展和改革局", "坊子区", "高新区", "工业和信息化局" };

  g_assert_true (zs_sheet_export_table (store, "units", out, &options, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (out, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\r\n", -1);
  for (guint i = 0; i < G_N_ELEMENTS (first); i++)
    {
      g_autofree char *expected = g_strdup_printf ("%u,%s,", i + 1, first[i]);

      if (!g_str_has_prefix (lines[i + 1], expected))
        g_error ("line %u is “%s”, expected it to start with “%s”", i + 2, lines[i + 1], expected);
    }
}

/* The export writes the rows in the order the store gives them, the order
 * of the project list (pinyin, then case and width, then the investor): it
 * keeps no sort of its own, so that 100,000 rows cost no key each. abc科技
 * comes before ABC科技 as in the list; a sort that ignored case put ABC科技
 * first, its investor 甲 before 乙. */
static void
test_export_in_store_order (void)
{
  g_autoptr(ZsStore) store = zs_test_open_demo ("store-order");
  g_autofree char *out = zs_test_scratch_path ("projects-order.csv");
  ZsSheetExportOptions options = { ZS_SHEET_FORMAT_CSV };
  g_autoptr(ZsQuery) list = zs_query_new (ZS_TYPE_PROJECT);
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  static const char * const added[][2] = { { "ABC科技", "甲公司" }, { "abc科技", "乙公司" } };

  for (guint i = 0; i < G_N_ELEMENTS (added); i++)
    {
      g_autoptr(ZsProject) project = zs_project_new ();

      zs_record_set_string (ZS_RECORD (project), ZS_PROJECT_NAME, added[i][0]);
      zs_record_set_string (ZS_RECORD (project), ZS_PROJECT_INVESTOR, added[i][1]);
      g_assert_true (zs_store_save (store, ZS_RECORD (project), &error));
      g_assert_no_error (error);
    }
  g_assert_true (zs_sheet_export_table (store, "projects", out, &options, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (out, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\r\n", -1);

  zs_query_set_order (list, ZS_PROJECT_NAME, FALSE);
  zs_query_add_order (list, ZS_PROJECT_INVESTOR, FALSE);
  ids = zs_store_query (store, list, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (lines), ==, ids->len + 2);  /* the header; the last line's end */
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(ZsRecord) project = zs_store_load (store, ZS_TYPE_PROJECT, g_array_index (ids, gint64, i), NULL);
      const char *investor = zs_record_get_string (project, ZS_PROJECT_INVESTOR);
      g_autofree char *expected = g_strdup_printf ("%u,%s,%s,", i + 1, zs_record_get_string (project, ZS_PROJECT_NAME),
                                                   investor != NULL ? investor : "");

      if (!g_str_has_prefix (lines[i + 1], expected))
        g_error ("line %u is “%s”, the list has “%s”", i + 2, lines[i + 1], expected);
    }
}

/* The mapping shown names where each header is, both rows of a two-row one. */
static void
test_header_addresses (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("addresses");
  g_autofree char *path = fixture_path ("messy-openpyxl.xlsx");
  g_autoptr(ZsSheetImport) import = preview_table (store, path, NULL);
  gboolean found = FALSE;

  for (guint i = 0; i < zs_sheet_import_get_n_headers (import); i++)
    if (strcmp (zs_sheet_import_get_header (import, i), "计划总投资") == 0)
      {
        g_autofree char *address = zs_sheet_import_get_header_address (import, i);

        g_assert_cmpstr (address, ==, "D4:D5");
        g_assert_cmpstr (zs_sheet_import_get_header_key (import, i), ==, "planned-investment");
        found = TRUE;
      }
  g_assert_true (found);
}

/* 牵头科室 is no synonym: the clerk maps it to the unit once, and the next
 * file of the same shape is mapped so without asking. */
static void
test_mapping_remembered (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("mapping");
  g_autofree char *first = fixture_path ("odd-header-1.xlsx");
  g_autofree char *second = fixture_path ("odd-header-2.xlsx");
  g_autoptr(ZsSheetImport) plain = NULL, corrected = NULL, next = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) keys = NULL;
  g_autoptr(GError) error = NULL;
  ZsSheetImportOptions options = { 0 };
  guint unit_column = G_MAXUINT;

  plain = zs_sheet_import_preview (store, first, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (zs_sheet_import_is_remembered (plain));
  for (guint i = 0; i < zs_sheet_import_get_n_headers (plain); i++)
    {
      const char *key = zs_sheet_import_get_header_key (plain, i);

      if (strcmp (zs_sheet_import_get_header (plain, i), "牵头科室") == 0)
        {
          g_assert_null (key);
          unit_column = i;
          key = "unit-id";
        }
      g_strv_builder_add (builder, key != NULL ? key : "");
    }
  g_assert_cmpuint (unit_column, !=, G_MAXUINT);
  keys = g_strv_builder_end (builder);

  options.shape = zs_sheet_import_get_shape (plain);
  options.keys = (const char * const *) keys;
  corrected = zs_sheet_import_preview_full (store, first, &options, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (zs_sheet_import_get_header_key (corrected, unit_column), ==, "unit-id");
  g_assert_true (zs_sheet_import_remember (corrected, store, &error));
  g_assert_true (zs_sheet_import_apply (corrected, store, &error));
  g_assert_no_error (error);

  next = zs_sheet_import_preview (store, second, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (zs_sheet_import_is_remembered (next));
  g_assert_cmpstr (zs_sheet_import_get_shape (next), ==, zs_sheet_import_get_shape (plain));
  g_assert_cmpstr (zs_sheet_import_get_header_key (next, unit_column), ==, "unit-id");
  g_assert_true (zs_sheet_import_apply (next, store, &error));
  {
    g_autoptr(ZsRecord) project = zs_test_load_named (store, ZS_TYPE_PROJECT, ZS_PROJECT_NAME, "光伏组件二期");
    g_autoptr(ZsRecord) unit = NULL;

    g_assert_cmpstr (ref_title (store, project, ZS_PROJECT_UNIT_ID, ZS_TYPE_UNIT, &unit), ==, "城关镇");
  }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/sheet-tables/openpyxl", test_openpyxl);
  g_test_add_func ("/sheet-tables/libreoffice", test_libreoffice);
  g_test_add_func ("/sheet-tables/gb18030-split", test_gb18030_split);
  g_test_add_func ("/sheet-tables/round-trip", test_round_trip);
  g_test_add_func ("/sheet-tables/export-heading", test_export_heading);
  g_test_add_func ("/sheet-tables/mapping-remembered", test_mapping_remembered);
  g_test_add_func ("/sheet-tables/pinyin-order", test_pinyin_order);
  g_test_add_func ("/sheet-tables/header-addresses", test_header_addresses);
  g_test_add_func ("/sheet-tables/export-in-store-order", test_export_in_store_order);
  return g_test_run ();
}
