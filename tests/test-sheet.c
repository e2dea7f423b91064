/* test-sheet.c — spreadsheets in and out (issue 15)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The fixtures in tests/sheets/ are written by other programs (openpyxl,
 * xlwt, LibreOffice; their README says how) in the shapes bureaus make:
 * title rows, two-row headers with merged cells, 序号, 合计, several
 * sheets, GB18030 CSV. Hostile files are refused with a message, and an
 * export imports back without a change.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "zs-test-util.h"
#include "zs-sheet.h"
#include "zs-sheet-export.h"
#include "zs-sheet-import.h"
#include "zs-sheet-layout.h"
#include "zs-sheet-values.h"

typedef struct {
  ZsStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->store = zs_test_open_seeded ("sheet");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
}

static char *
fixture_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "sheets", name, NULL);
}

static ZsSheetBook *
read_book (const char *name)
{
  g_autofree char *path = fixture_path (name);
  g_autoptr(GError) error = NULL;
  ZsSheetBook *book = zs_sheet_book_read (path, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (book);
  return book;
}

/* The text of the cell at @address ("B6") of @sheet, or NULL. */
static const ZsSheetCell *
cell_at (ZsSheet *sheet,
         guint    column,
         guint    row_number)
{
  for (guint i = 0; i < sheet->rows->len; i++)
    {
      ZsSheetRow *row = g_ptr_array_index (sheet->rows, i);

      if (row->number == row_number)
        return zs_sheet_row_get (row, column);
    }
  return NULL;
}

static gint64
count (ZsStore *store,
       GType    type)
{
  g_autoptr(ZsQuery) query = zs_query_new (type);

  return zs_store_count (store, query, NULL);
}

static ZsRecord *
project_named (ZsStore    *store,
               const char *name)
{
  g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_PROJECT);
  g_autoptr(GArray) ids = NULL;

  zs_query_add_string (query, ZS_PROJECT_NAME, ZS_QUERY_EQ, name);
  ids = zs_store_query (store, query, NULL);
  g_assert_nonnull (ids);
  g_assert_cmpuint (ids->len, ==, 1);
  return zs_store_load (store, ZS_TYPE_PROJECT, g_array_index (ids, gint64, 0), NULL);
}

static char *
ref_name (ZsStore  *store,
          ZsRecord *record,
          guint     field,
          GType     type)
{
  g_autoptr(ZsRecord) target = zs_store_load (store, type, zs_record_get_int (record, field), NULL);

  g_assert_nonnull (target);
  return g_strdup (zs_record_get_title (target));
}

static gboolean
strv_has_fragment (const char * const *lines,
                   const char         *fragment)
{
  for (guint i = 0; lines[i] != NULL; i++)
    if (strstr (lines[i], fragment) != NULL)
      return TRUE;
  return FALSE;
}

static ZsSheetImport *
preview (ZsStore    *store,
         const char *path)
{
  g_autoptr(GError) error = NULL;
  ZsSheetImport *import = zs_sheet_import_preview (store, path, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (import);
  return import;
}

static void
import_or_fail (ZsStore    *store,
                const char *path)
{
  g_autoptr(ZsSheetImport) import = preview (store, path);
  g_autoptr(GError) error = NULL;

  if (!zs_sheet_import_can_apply (import))
    {
      g_autofree char *summary = zs_sheet_import_format (import);

      g_error ("%s is refused:\n%s", path, summary);
    }
  g_assert_true (zs_sheet_import_apply (import, store, &error));
  g_assert_no_error (error);
}

/* ---- reading -------------------------------------------------------------- */

static void
test_read_openpyxl (void)
{
  g_autoptr(ZsSheetBook) book = read_book ("messy-openpyxl.xlsx");
  ZsSheet *sheet;
  const ZsSheetCell *cell;

  g_assert_cmpint (book->format, ==, ZS_SHEET_FORMAT_XLSX);
  g_assert_cmpuint (book->sheets->len, ==, 2);
  sheet = g_ptr_array_index (book->sheets, 0);
  g_assert_cmpstr (sheet->name, ==, "项目台账");
  g_assert_cmpstr (cell_at (sheet, 0, 1)->text, ==, "2025年度招商引资项目台账");
  /* An Excel date (yyyy/m/d) comes as a day, an amount as a number. */
  cell = cell_at (sheet, 8, 6);
  g_assert_cmpint (cell->type, ==, ZS_SHEET_CELL_DATE);
  g_assert_cmpstr (cell->text, ==, "2025-05-01");
  cell = cell_at (sheet, 3, 6);
  g_assert_cmpint (cell->type, ==, ZS_SHEET_CELL_NUMBER);
  g_assert_cmpfloat (cell->number, ==, 350000);
  /* The part of a merged header below its first cell is empty. */
  g_assert_null (cell_at (sheet, 4, 4));
  g_assert_cmpstr (cell_at (sheet, 4, 5)->text, ==, "到位资金");
}

static void
test_read_xls (void)
{
  g_autoptr(ZsSheetBook) book = read_book ("messy-xlwt.xls");
  ZsSheet *sheet = g_ptr_array_index (book->sheets, 0);
  const ZsSheetCell *cell = cell_at (sheet, 6, 5);

  g_assert_cmpint (book->format, ==, ZS_SHEET_FORMAT_XLS);
  g_assert_cmpuint (book->sheets->len, ==, 2);
  g_assert_cmpstr (sheet->name, ==, "重点项目");
  g_assert_cmpint (cell->type, ==, ZS_SHEET_CELL_DATE);
  g_assert_cmpstr (cell->text, ==, "2024-11-20");
  g_assert_cmpfloat (cell_at (sheet, 3, 5)->number, ==, 12.5);
}

static void
test_read_gb18030 (void)
{
  g_autoptr(ZsSheetBook) book = read_book ("messy-gb18030.csv");
  ZsSheet *sheet = g_ptr_array_index (book->sheets, 0);

  g_assert_cmpint (book->format, ==, ZS_SHEET_FORMAT_CSV);
  g_assert_cmpstr (cell_at (sheet, 1, 2)->text, ==, "项目名称");
  /* A quoted field keeps its comma and its line break. */
  g_assert_cmpstr (cell_at (sheet, 2, 3)->text, ==, "宏达铝业, 有限公司");
  g_assert_cmpstr (cell_at (sheet, 5, 3)->text, ==, "一期在建\r\n二期待批");
  g_assert_cmpstr (cell_at (sheet, 0, 5)->text, ==, "合计");
}

/* Excel's "Unicode text": UTF-16 with a BOM, tab-separated. */
static void
test_read_utf16 (void)
{
  g_autofree char *path = zs_test_scratch_path ("unicode.txt");
  g_autofree char *utf16 = NULL;
  g_autoptr(ZsSheetBook) book = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;
  ZsSheet *sheet;

  g_autofree char *with_bom = NULL;

  utf16 = g_convert ("项目名称\t投资方\r\n港口物流园\t海运集团\r\n", -1, "UTF-16LE", "UTF-8", NULL, &length, &error);
  g_assert_no_error (error);
  with_bom = g_malloc (length + 2);
  memcpy (with_bom, "\xFF\xFE", 2);
  memcpy (with_bom + 2, utf16, length);
  g_assert_true (g_file_set_contents (path, with_bom, (gssize) length + 2, NULL));
  book = zs_sheet_book_read (path, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (book->format, ==, ZS_SHEET_FORMAT_CSV);
  sheet = g_ptr_array_index (book->sheets, 0);
  g_assert_cmpstr (cell_at (sheet, 1, 2)->text, ==, "海运集团");
}

static void
test_sniff (void)
{
  g_assert_cmpint (zs_sheet_sniff ((const guint8 *) "<?xml version", 13), ==, ZS_SHEET_FORMAT_UNKNOWN);
  g_assert_cmpint (zs_sheet_sniff ((const guint8 *) "BEGIN:VCARD\r\n", 13), ==, ZS_SHEET_FORMAT_UNKNOWN);
  g_assert_cmpint (zs_sheet_sniff ((const guint8 *) "\xEF\xBB\xBF项目名称,投资方", 22), ==, ZS_SHEET_FORMAT_CSV);
  g_assert_cmpint (zs_sheet_sniff ((const guint8 *) "PK\3\4", 4), ==, ZS_SHEET_FORMAT_XLSX);
  /* An exchange file in UTF-16 is the exchange reader's to refuse. */
  g_assert_cmpint (zs_sheet_sniff ((const guint8 *) "\xFF\xFE<\0?\0", 6), ==, ZS_SHEET_FORMAT_UNKNOWN);
}

/* ---- values --------------------------------------------------------------- */

static gint64
amount (const char *text,
        double      factor)
{
  ZsSheetCell cell = { ZS_SHEET_CELL_TEXT, (char *) text, 0 };
  g_autofree char *reason = NULL;
  gint64 wan = -1;

  if (!zs_sheet_parse_amount (&cell, factor, &wan, &reason))
    return -1;
  return wan;
}

static void
test_values (void)
{
  const struct { const char *text; const char *iso; } dates[] = {
    { "2025/5/1", "2025-05-01" }, { "2025年5月1日", "2025-05-01" }, { "2025-05-01 00:00:00", "2025-05-01" },
    { "2025.5.1", "2025-05-01" }, { "20250501", "2025-05-01" }, { "45778", "2025-05-01" },
    { "２０２５年５月１日", "2025-05-01" }, { "2025年5月", NULL }, { "2025/2/30", NULL }, { "2025", NULL },
  };
  ZsSheetCell cell = { ZS_SHEET_CELL_TEXT, (char *) "三亿五", 0 };
  g_autofree char *reason = NULL;
  gint64 wan;
  int stage;

  g_assert_cmpint (amount ("3亿", 1), ==, 3000000);
  g_assert_cmpint (amount ("1,500.5万元", 1), ==, 150050);
  g_assert_cmpint (amount ("1.2", 10000), ==, 1200000);
  g_assert_cmpint (amount ("２００万美元", 1), ==, 142000);
  g_assert_cmpint (amount ("500000元", 1), ==, 5000);
  g_assert_cmpint (amount ("-5", 1), ==, -1);
  g_assert_false (zs_sheet_parse_amount (&cell, 1, &wan, &reason));
  g_assert_cmpstr (reason, ==, "“三亿五” is not an amount");

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      ZsSheetCell date = { ZS_SHEET_CELL_TEXT, (char *) dates[i].text, 0 };
      g_autofree char *iso = NULL;
      g_autofree char *why = NULL;

      zs_sheet_parse_date (&date, &iso, &why);
      g_assert_cmpstr (iso, ==, dates[i].iso);
      g_assert_true ((iso == NULL) == (why != NULL));
    }

  cell.text = (char *) " 已签约 ";
  g_assert_true (zs_sheet_parse_enum (&cell, ZS_TYPE_STAGE, "stage", &stage, &reason));
  g_assert_cmpint (stage, ==, ZS_STAGE_SIGNED);
  cell.text = (char *) "开工建设";
  g_assert_true (zs_sheet_parse_enum (&cell, ZS_TYPE_STAGE, "stage", &stage, &reason));
  g_assert_cmpint (stage, ==, ZS_STAGE_STARTED);
}

/* ---- the layout ------------------------------------------------------------- */

static void
test_layout_two_row_header (void)
{
  g_autoptr(ZsSheetBook) book = read_book ("messy-xlwt.xls");
  g_autoptr(ZsSheetLayout) layout = zs_sheet_layout_find (g_ptr_array_index (book->sheets, 0), NULL);
  const ZsSheetColumn *total, *funds;

  g_assert_nonnull (layout);
  g_assert_cmpstr (layout->table, ==, "projects");
  g_assert_cmpuint (layout->header_last - layout->header_first, ==, 1);
  total = zs_sheet_layout_get_column (layout, "planned-investment");
  funds = zs_sheet_layout_get_column (layout, "funds-in-place");
  /* 总投资 and 当年到位资金 under 投资额（亿元）, merged across both. */
  g_assert_nonnull (total);
  g_assert_nonnull (funds);
  g_assert_cmpfloat (total->factor, ==, 10000);
  g_assert_cmpfloat (funds->factor, ==, 10000);
  g_assert_true (strv_has_fragment ((const char * const *) layout->notes->pdata, "above the header"));
}

/* ---- import ------------------------------------------------------------------ */

static void
test_import_openpyxl (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *path = fixture_path ("messy-openpyxl.xlsx");
  g_autoptr(ZsSheetImport) again = NULL;
  g_autoptr(ZsRecord) battery = NULL;
  g_autoptr(ZsRecord) cold = NULL;
  g_autoptr(ZsRecord) park = NULL;
  g_autofree char *unit = NULL;

  import_or_fail (f->store, path);
  g_assert_cmpint (count (f->store, ZS_TYPE_PROJECT), ==, 3);

  battery = project_named (f->store, "新能源电池材料项目");
  g_assert_cmpstr (zs_record_get_string (battery, ZS_PROJECT_INVESTOR), ==, "华东锂电科技有限公司");
  g_assert_cmpint (zs_record_get_int (battery, ZS_PROJECT_PLANNED_INVESTMENT), ==, 35000000);
  /* 1.2亿 in a 万元 column: the cell's own unit wins. */
  g_assert_cmpint (zs_record_get_int (battery, ZS_PROJECT_FUNDS_IN_PLACE), ==, 1200000);
  g_assert_cmpstr (zs_record_get_string (battery, ZS_PROJECT_SIGNING_DATE), ==, "2025-05-01");
  g_assert_cmpint (zs_record_get_enum (battery, ZS_PROJECT_STAGE), ==, ZS_STAGE_NEGOTIATING);
  unit = ref_name (f->store, battery, ZS_PROJECT_UNIT_ID, ZS_TYPE_UNIT);
  g_assert_cmpstr (unit, ==, "高新区管委会");

  park = project_named (f->store, "智能装备产业园");
  g_assert_cmpint (zs_record_get_int (park, ZS_PROJECT_PLANNED_INVESTMENT), ==, 3000000);
  g_assert_cmpstr (zs_record_get_string (park, ZS_PROJECT_SIGNING_DATE), ==, "2025-03-15");
  g_assert_cmpint (zs_record_get_enum (park, ZS_PROJECT_STAGE), ==, ZS_STAGE_SIGNED);

  cold = project_named (f->store, "冷链物流中心");
  g_assert_cmpint (zs_record_get_int (cold, ZS_PROJECT_PLANNED_INVESTMENT), ==, 150050);
  g_assert_cmpstr (zs_record_get_string (cold, ZS_PROJECT_SIGNING_DATE), ==, "2025-01-08");

  /* The same file again changes nothing. */
  again = preview (f->store, path);
  g_assert_cmpuint (zs_sheet_import_get_n_unchanged (again), ==, 3);
  g_assert_cmpuint (zs_sheet_import_get_n_added (again) + zs_sheet_import_get_n_updated (again), ==, 0);
  g_assert_true (strv_has_fragment (zs_sheet_import_get_notes (again), "row 9 is a total"));
  g_assert_true (strv_has_fragment (zs_sheet_import_get_notes (again), "“填表说明”"));
}

static void
test_import_other_programs (Fixture       *f,
                            gconstpointer  data)
{
  const char * const files[] = {
    "messy-xlwt.xls", "libreoffice-from-xlwt.xlsx", "libreoffice-from-openpyxl.xls", "messy-gb18030.csv",
    "utf8-bom.csv",
  };
  g_autoptr(ZsRecord) chips = NULL;
  g_autoptr(ZsRecord) aluminium = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = fixture_path (files[i]);

      import_or_fail (f->store, path);
    }
  /* xlwt and LibreOffice's copy of it are the same three projects; so are
   * openpyxl's and LibreOffice's .xls of it. */
  g_assert_cmpint (count (f->store, ZS_TYPE_PROJECT), ==, 3 + 3 + 2 + 2);

  chips = project_named (f->store, "半导体封装测试基地");
  g_assert_cmpint (zs_record_get_int (chips, ZS_PROJECT_PLANNED_INVESTMENT), ==, 12500000);
  g_assert_cmpint (zs_record_get_int (chips, ZS_PROJECT_FUNDS_IN_PLACE), ==, 2000000);
  g_assert_true (zs_record_get_boolean (chips, ZS_PROJECT_KEY_PROJECT));
  g_assert_cmpint (zs_record_get_enum (chips, ZS_PROJECT_STAGE), ==, ZS_STAGE_STARTED);
  aluminium = project_named (f->store, "高端铝材深加工项目");
  g_assert_cmpstr (zs_record_get_string (aluminium, ZS_PROJECT_INVESTOR), ==, "宏达铝业, 有限公司");
  g_assert_cmpint (zs_record_get_int (aluminium, ZS_PROJECT_PLANNED_INVESTMENT), ==, 5200000);
  g_assert_cmpstr (zs_record_get_string (aluminium, ZS_PROJECT_NOTES), ==, "一期在建\r\n二期待批");
}

static void
test_import_refused (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *path = zs_test_scratch_path ("项目台账.csv");
  g_autoptr(ZsSheetImport) import = NULL;
  g_autoptr(GError) error = NULL;
  const char *text =
    "项目名称,投资方,计划总投资（万元）,签约时间,所属产业链\n"
    "好项目,甲公司,5000,2025-01-01,\n"
    "坏项目,乙公司,三亿五,2025年13月1日,不存在的链\n";

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  import = preview (f->store, path);
  g_assert_false (zs_sheet_import_can_apply (import));
  g_assert_cmpuint (zs_sheet_import_get_n_refused (import), ==, 1);
  g_assert_true (strv_has_fragment (zs_sheet_import_get_refusals (import), "项目台账!C3: “三亿五” is not an amount"));
  g_assert_true (strv_has_fragment (zs_sheet_import_get_refusals (import), "项目台账!D3: “2025年13月1日” is not a date"));

  /* Nothing is written, not even the good row. */
  g_assert_false (zs_sheet_import_apply (import, f->store, &error));
  g_assert_error (error, ZS_ERROR, ZS_ERROR_INVALID);
  g_assert_cmpint (count (f->store, ZS_TYPE_PROJECT), ==, 0);
}

/* A chain the sheet names and the database lacks is offered for creation,
 * as units and people are, put in a group, left unverified; a second
 * import of the same sheet creates nothing. */
static void
test_import_new_chain (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *path = zs_test_scratch_path ("新链.csv");
  const char *text =
    "项目名称,投资方,所属产业链\n"
    "深海钻探平台项目,蓝海重工,深海采矿装备\n"
    "海底电缆配套项目,蓝海重工,深海 采矿装备\n";
  g_autoptr(ZsQuery) named = zs_query_new (ZS_TYPE_CHAIN);
  g_autoptr(ZsRecord) project = NULL;
  g_autoptr(ZsRecord) chain = NULL;
  g_autoptr(GArray) ids = NULL;
  gint64 chains_before = count (f->store, ZS_TYPE_CHAIN);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  {
    g_autoptr(ZsSheetImport) import = preview (f->store, path);
    g_autoptr(GError) error = NULL;
    g_auto(GStrv) chains = zs_sheet_import_dup_new_names (import, ZS_TYPE_CHAIN);

    g_assert_true (zs_sheet_import_can_apply (import));
    /* Named twice, spaced differently: one chain. */
    g_assert_cmpuint (g_strv_length (chains), ==, 1);
    g_assert_cmpstr (chains[0], ==, "深海采矿装备");
    g_assert_true (zs_sheet_import_apply (import, f->store, &error));
    g_assert_no_error (error);
  }
  g_assert_cmpint (count (f->store, ZS_TYPE_CHAIN), ==, chains_before + 1);
  zs_query_add_string (named, ZS_CHAIN_NAME, ZS_QUERY_EQ, "深海采矿装备");
  ids = zs_store_query (f->store, named, NULL);
  g_assert_cmpuint (ids->len, ==, 1);
  chain = zs_store_load (f->store, ZS_TYPE_CHAIN, g_array_index (ids, gint64, 0), NULL);
  g_assert_false (zs_record_get_boolean (chain, ZS_CHAIN_VERIFIED));
  g_assert_cmpint (zs_record_get_int (chain, ZS_CHAIN_GROUP_ID), !=, 0);
  project = project_named (f->store, "海底电缆配套项目");
  g_assert_cmpint (zs_record_get_int (project, ZS_PROJECT_CHAIN_ID), ==, zs_record_get_id (chain));

  {
    g_autoptr(ZsSheetImport) again = preview (f->store, path);
    g_auto(GStrv) chains = zs_sheet_import_dup_new_names (again, ZS_TYPE_CHAIN);

    g_assert_cmpuint (g_strv_length (chains), ==, 0);
  }
}

/* A sheet of more than a thousand rows makes the search index once at
 * the end (the store's bulk path): every row is found afterwards, and
 * the index follows later edits again. */
static gboolean
search_finds (ZsStore    *store,
              const char *text,
              gint64      id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) first = NULL;
  g_autoptr(GArray) ids = zs_store_search_ids (store, ZS_TYPE_PROJECT, text, &first, &error);

  g_assert_no_error (error);
  g_assert_nonnull (ids);
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return TRUE;
  return FALSE;
}

static void
test_import_large_keeps_search (Fixture       *f,
                                gconstpointer  data)
{
  g_autofree char *path = zs_test_scratch_path ("大台账.csv");
  g_autoptr(GString) text = g_string_new ("项目名称,投资方,计划总投资（万元）\n");
  g_autoptr(ZsRecord) project = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 1; i <= 1200; i++)
    g_string_append_printf (text, "渤海湾大宗项目%04u,投资方%u,%u\n", i, i, 100 + i);
  g_assert_true (g_file_set_contents (path, text->str, (gssize) text->len, NULL));
  import_or_fail (f->store, path);
  g_assert_cmpint (count (f->store, ZS_TYPE_PROJECT), ==, 1200);

  project = project_named (f->store, "渤海湾大宗项目0999");
  g_assert_true (search_finds (f->store, "大宗项目0999", zs_record_get_id (project)));
  g_assert_false (search_finds (f->store, "黄海之滨", zs_record_get_id (project)));

  zs_record_set_string (project, ZS_PROJECT_NAME, "黄海之滨新材料项目");
  g_assert_true (zs_store_save (f->store, project, &error));
  g_assert_no_error (error);
  g_assert_true (search_finds (f->store, "黄海之滨", zs_record_get_id (project)));
}

/* Foreign capital as bureaus head it, in 万美元 with its decimals: the
 * three names of data/sheet-columns.ini, the unit in brackets. */
static void
test_import_foreign_capital (Fixture       *f,
                             gconstpointer  data)
{
  g_autofree char *path = zs_test_scratch_path ("外资项目.csv");
  g_autofree char *used_path = zs_test_scratch_path ("实际利用外资.csv");
  const char *text =
    "项目名称,投资方,合同外资（万美元）,实际使用外资（万美元）\n"
    "中德合资精密轴承项目,德国某轴承集团,\"1,200.5\",600.25\n"
    "港资冷链物流项目,香港某物流公司,800,\n";
  const char *used_text =
    "项目名称,实际利用外资(万美元)\n"
    "港资冷链物流项目,１５０\n";
  g_autoptr(ZsRecord) german = NULL;
  g_autoptr(ZsRecord) hong_kong = NULL;

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  import_or_fail (f->store, path);
  german = project_named (f->store, "中德合资精密轴承项目");
  hong_kong = project_named (f->store, "港资冷链物流项目");
  g_assert_cmpint (zs_record_get_int (german, ZS_PROJECT_CONTRACTED_FOREIGN_CAPITAL), ==, 120050);
  g_assert_cmpint (zs_record_get_int (german, ZS_PROJECT_FOREIGN_CAPITAL_USED), ==, 60025);
  g_assert_cmpint (zs_record_get_int (hong_kong, ZS_PROJECT_CONTRACTED_FOREIGN_CAPITAL), ==, 80000);
  g_assert_cmpint (zs_record_get_int (hong_kong, ZS_PROJECT_FOREIGN_CAPITAL_USED), ==, 0);

  /* 实际利用外资, another office's name for it, updates the project. */
  g_assert_true (g_file_set_contents (used_path, used_text, -1, NULL));
  import_or_fail (f->store, used_path);
  g_clear_object (&hong_kong);
  hong_kong = project_named (f->store, "港资冷链物流项目");
  g_assert_cmpint (zs_record_get_int (hong_kong, ZS_PROJECT_FOREIGN_CAPITAL_USED), ==, 15000);
  g_assert_cmpint (zs_record_get_int (hong_kong, ZS_PROJECT_CONTRACTED_FOREIGN_CAPITAL), ==, 80000);
}

/* ---- export --------------------------------------------------------------------- */

static void
export_and_reimport (Fixture       *f,
                     ZsSheetFormat  format,
                     const char    *out)
{
  g_autofree char *source = fixture_path ("messy-openpyxl.xlsx");
  g_autoptr(ZsSheetImport) back = NULL;
  g_autoptr(GError) error = NULL;
  ZsSheetExportOptions options = { format };
  guint64 n_rows = 0;
  gint64 n_entries;

  import_or_fail (f->store, source);
  n_entries = count (f->store, ZS_TYPE_FUNDS_ENTRY);
  g_assert_true (zs_sheet_export_projects (f->store, out, &options, &n_rows, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_rows, ==, 3);

  back = preview (f->store, out);
  g_assert_cmpuint (zs_sheet_import_get_n_unchanged (back), ==, 3);
  g_assert_cmpuint (zs_sheet_import_get_n_added (back) + zs_sheet_import_get_n_updated (back) +
                    zs_sheet_import_get_n_refused (back), ==, 0);
  g_assert_true (zs_sheet_import_apply (back, f->store, &error));
  g_assert_cmpint (count (f->store, ZS_TYPE_PROJECT), ==, 3);
  g_assert_cmpint (count (f->store, ZS_TYPE_FUNDS_ENTRY), ==, n_entries);
}

static void
test_export_xlsx (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *out = zs_test_scratch_path ("ledger.xlsx");
  g_autoptr(ZsSheetBook) book = NULL;
  g_autoptr(GError) error = NULL;
  ZsSheet *sheet;
  ZsSheetRow *last;

  export_and_reimport (f, ZS_SHEET_FORMAT_XLSX, out);
  book = zs_sheet_book_read (out, NULL, NULL, &error);
  g_assert_no_error (error);
  sheet = g_ptr_array_index (book->sheets, 0);
  /* A title, the issuing unit and date, the unit of amounts, 序号, 合计. */
  g_assert_cmpstr (cell_at (sheet, 0, 1)->text, ==, "项目台账");
  g_assert_true (g_str_has_prefix (cell_at (sheet, 0, 2)->text, "填报单位："));
  g_assert_cmpstr (cell_at (sheet, 0, 3)->text, ==, "单位：万元");
  g_assert_cmpstr (cell_at (sheet, 0, 4)->text, ==, "序号");
  last = g_ptr_array_index (sheet->rows, sheet->rows->len - 1);
  g_assert_cmpstr (zs_sheet_row_get (last, 0)->text, ==, "合计");
  /* 计划总投资 summed in 万元, to the 0.01: 350000 + 30000 + 1500.5. */
  g_assert_cmpfloat (zs_sheet_row_get (last, 9)->number, ==, 381500.5);
}

static void
test_export_csv (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *out = zs_test_scratch_path ("ledger.csv");
  g_autofree char *contents = NULL;

  export_and_reimport (f, ZS_SHEET_FORMAT_CSV, out);
  g_assert_true (g_file_get_contents (out, &contents, NULL, NULL));
  /* UTF-8 with a BOM, so that Excel reads the Chinese right. */
  g_assert_true (g_str_has_prefix (contents, "\xEF\xBB\xBF序号,项目名称,投资方"));
}

/* ---- hostile files -------------------------------------------------------------- */

static void
assert_refused (const char          *path,
                const ZsSheetLimits *limits,
                const char          *fragment)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZsSheetBook) book = zs_sheet_book_read (path, limits, NULL, &error);

  g_assert_null (book);
  g_assert_error (error, ZS_ERROR, ZS_ERROR_PARSE);
  if (strstr (error->message, fragment) == NULL)
    g_error ("expected “%s” in “%s”", fragment, error->message);
}

static void
test_hostile (void)
{
  g_autofree char *bomb = fixture_path ("bomb.xlsx");
  g_autofree char *huge = fixture_path ("huge-row.xlsx");
  g_autofree char *doctype = fixture_path ("doctype.xlsx");
  g_autofree char *good = fixture_path ("messy-openpyxl.xlsx");
  g_autofree char *truncated = zs_test_scratch_path ("truncated.xlsx");
  g_autofree char *contents = NULL;
  ZsSheetLimits limits;
  gsize length;

  assert_refused (bomb, NULL, "unpacks to more than");
  assert_refused (huge, NULL, "outside what Excel allows");
  assert_refused (doctype, NULL, "declares a document type");

  /* The bytes unpacked are counted, whatever the zip's headers say. */
  zs_sheet_limits_init (&limits);
  limits.max_unpacked_size = 3000;
  assert_refused (good, &limits, "unpacks to more than");
  zs_sheet_limits_init (&limits);
  limits.max_cells = 10;
  assert_refused (good, &limits, "more than 10 cells");

  g_assert_true (g_file_get_contents (good, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (truncated, contents, (gssize) length / 2, NULL));
  assert_refused (truncated, NULL, "damaged or incomplete");
}

/* A worksheet ends at row 1,048,576: a table longer than that was written
 * with its last rows dropped and the rows counted as written. Now the
 * file is refused, with what to do, and nothing is left under its name;
 * the longest table that fits is written whole, and CSV has no limit. */
static void
test_write_excel_row_limit (void)
{
  const guint fits = 1048571;
  g_autoptr(ZsSheetGrid) grid = zs_sheet_grid_new ("修改记录");
  g_autofree char *path = zs_test_scratch_path ("too-long.xlsx");
  g_autofree char *csv = zs_test_scratch_path ("too-long.csv");
  g_autoptr(GError) error = NULL;

  zs_sheet_grid_add_column (grid, "操作", ZS_GRID_CODE, 10, FALSE);
  for (guint r = 0; r < fits; r++)
    zs_sheet_grid_add_row (grid);
  g_assert_true (zs_sheet_grid_write (grid, path, ZS_SHEET_FORMAT_XLSX, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_cmpint (g_unlink (path), ==, 0);

  zs_sheet_grid_add_row (grid);
  g_assert_false (zs_sheet_grid_write (grid, path, ZS_SHEET_FORMAT_XLSX, NULL, &error));
  g_assert_error (error, ZS_ERROR, ZS_ERROR_INVALID);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "1048571"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  g_assert_true (zs_sheet_grid_write (grid, csv, ZS_SHEET_FORMAT_CSV, NULL, &error));
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/sheet/read/openpyxl", test_read_openpyxl);
  g_test_add_func ("/sheet/read/xls", test_read_xls);
  g_test_add_func ("/sheet/read/gb18030", test_read_gb18030);
  g_test_add_func ("/sheet/read/utf16", test_read_utf16);
  g_test_add_func ("/sheet/read/sniff", test_sniff);
  g_test_add_func ("/sheet/values", test_values);
  g_test_add_func ("/sheet/layout/two-row-header", test_layout_two_row_header);
  g_test_add_func ("/sheet/hostile", test_hostile);
  g_test_add_func ("/sheet/write/excel-row-limit", test_write_excel_row_limit);
#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/sheet/import/openpyxl", test_import_openpyxl);
  ADD ("/sheet/import/other-programs", test_import_other_programs);
  ADD ("/sheet/import/new-chain", test_import_new_chain);
  ADD ("/sheet/import/refused", test_import_refused);
  ADD ("/sheet/import/large-keeps-search", test_import_large_keeps_search);
  ADD ("/sheet/import/foreign-capital", test_import_foreign_capital);
  ADD ("/sheet/export/xlsx", test_export_xlsx);
  ADD ("/sheet/export/csv", test_export_csv);
#undef ADD

  return g_test_run ();
}
