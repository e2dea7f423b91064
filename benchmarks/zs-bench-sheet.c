/* zs-bench-sheet.c — the files and the floor for benchmarks/sheet.sh
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 *   zs-bench-sheet make FILE.xlsx N    a ledger of N projects as a bureau
 *                                      keeps it (title, 填报单位, header,
 *                                      序号, 合计), for the import to read
 *   zs-bench-sheet floor FILE.xlsx N   libxlsxwriter alone, in constant-
 *                                      memory mode, writing the cells an
 *                                      export of N projects writes: the
 *                                      floor of zhaoshang --export FILE.xlsx
 */
#include "config.h"

#include <glib.h>
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>

static const char * const stages[] = { "线索", "在谈", "签约", "立项", "开工", "投产" };
static const char * const units[] = { "商务局", "发改局", "高新区管委会", "经开区", "工信局" };

static int
make (const char *path,
      guint       n)
{
  lxw_workbook_options options = { .constant_memory = LXW_TRUE };
  lxw_workbook *workbook = workbook_new_opt (path, &options);
  lxw_worksheet *sheet = workbook_add_worksheet (workbook, "项目台账");
  lxw_format *date = workbook_add_format (workbook);
  static const char * const header[] = {
    "序号", "项目名称", "投资主体", "计划总投资（万元）", "到位资金（万元）", "项目状态", "责任单位", "签约时间", "备注"
  };
  double total = 0;

  format_set_num_format (date, "yyyy/m/d");
  worksheet_write_string (sheet, 0, 0, "2025年招商引资项目台账", NULL);
  worksheet_write_string (sheet, 1, 0, "填报单位：投资促进局", NULL);
  for (guint c = 0; c < G_N_ELEMENTS (header); c++)
    worksheet_write_string (sheet, 2, (lxw_col_t) c, header[c], NULL);
  for (guint i = 0; i < n; i++)
    {
      lxw_row_t row = (lxw_row_t) (3 + i);
      g_autofree char *name = g_strdup_printf ("测试项目%06u", i + 1);
      g_autofree char *investor = g_strdup_printf ("投资企业%05u有限公司", (i * 7919) % 99991);
      lxw_datetime day = { 2020 + (int) (i % 6), 1 + (int) (i % 12), 1 + (int) (i % 28), 0, 0, 0 };
      double planned = 1000 + (i * 37) % 500000;

      total += planned;
      worksheet_write_number (sheet, row, 0, i + 1, NULL);
      worksheet_write_string (sheet, row, 1, name, NULL);
      worksheet_write_string (sheet, row, 2, investor, NULL);
      worksheet_write_number (sheet, row, 3, planned, NULL);
      worksheet_write_number (sheet, row, 4, (double) ((i * 13) % 1000), NULL);
      worksheet_write_string (sheet, row, 5, stages[i % G_N_ELEMENTS (stages)], NULL);
      worksheet_write_string (sheet, row, 6, units[i % G_N_ELEMENTS (units)], NULL);
      worksheet_write_datetime (sheet, row, 7, &day, date);
      if (i % 10 == 0)
        worksheet_write_string (sheet, row, 8, "重点跟进", NULL);
    }
  worksheet_write_string (sheet, (lxw_row_t) (3 + n), 0, "合计", NULL);
  worksheet_write_number (sheet, (lxw_row_t) (3 + n), 3, total, NULL);
  return workbook_close (workbook) == LXW_NO_ERROR ? 0 : 1;
}

static int
floor_run (const char *path,
           guint       n)
{
  lxw_workbook_options options = { .constant_memory = LXW_TRUE };
  lxw_workbook *workbook = workbook_new_opt (path, &options);
  lxw_worksheet *sheet = workbook_add_worksheet (workbook, "项目台账");
  lxw_format *text = workbook_add_format (workbook);
  lxw_format *amount = workbook_add_format (workbook);
  lxw_format *date = workbook_add_format (workbook);
  gint64 start = g_get_monotonic_time ();

  format_set_border (text, LXW_BORDER_THIN);
  format_set_border (amount, LXW_BORDER_THIN);
  format_set_num_format (amount, "#,##0");
  format_set_border (date, LXW_BORDER_THIN);
  format_set_num_format (date, "yyyy-mm-dd");
  /* The cells of one exported project: 序号, 8 texts, 5 amounts, 3 dates, notes. */
  for (guint i = 0; i < n; i++)
    {
      lxw_row_t row = (lxw_row_t) (4 + i);
      g_autofree char *name = g_strdup_printf ("项目%06u", i);
      lxw_datetime day = { 2024, 1 + (int) (i % 12), 1 + (int) (i % 28), 0, 0, 0 };

      worksheet_write_number (sheet, row, 0, i + 1, text);
      worksheet_write_string (sheet, row, 1, name, text);
      worksheet_write_string (sheet, row, 2, "某某投资有限公司", text);
      worksheet_write_string (sheet, row, 3, "新一代信息技术", text);
      worksheet_write_string (sheet, row, 4, "商务局", text);
      worksheet_write_string (sheet, row, 5, "张三", text);
      worksheet_write_string (sheet, row, 6, "签约", text);
      worksheet_write_string (sheet, row, 7, "绿", text);
      worksheet_write_string (sheet, row, 8, "否", text);
      for (lxw_col_t c = 9; c <= 13; c++)
        worksheet_write_number (sheet, row, c, 1000 + i % 9000, amount);
      for (lxw_col_t c = 14; c <= 16; c++)
        worksheet_write_datetime (sheet, row, c, &day, date);
      worksheet_write_string (sheet, row, 17, "备注", text);
    }
  if (workbook_close (workbook) != LXW_NO_ERROR)
    return 1;
  g_printerr ("floor: %u rows in %.2f s\n", n, (g_get_monotonic_time () - start) / 1e6);
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  if (argc != 4 || (strcmp (argv[1], "make") != 0 && strcmp (argv[1], "floor") != 0))
    {
      g_printerr ("usage: zs-bench-sheet make|floor FILE.xlsx N\n");
      return 2;
    }
  if (strcmp (argv[1], "make") == 0)
    return make (argv[2], (guint) atoi (argv[3]));
  return floor_run (argv[2], (guint) atoi (argv[3]));
}
