/* zs-sheet-values.h — cells as offices type them, read as the database's values
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Each function fills its result and returns TRUE, or returns FALSE with a
 * Chinese reason that quotes the cell (the caller adds the address).
 */
#pragma once

#include "zs-sheet.h"

G_BEGIN_DECLS

/* An amount in 0.01 万元 (ZS_AMOUNT_SCALE), rounded to that: a number in
 * the column's unit (@factor to 万元), or text with its own unit ("3亿",
 * "1,500.5万元", "200万美元"). */
gboolean zs_sheet_parse_amount  (const ZsSheetCell  *cell,
                                 double              factor,
                                 gint64             *hundredths,
                                 char              **reason);
/* An ISO date from a date cell, Excel's serial day, or text: 2025-05-01,
 * 2025/5/1, 2025.5.1, 2025年5月1日, 20250501. */
gboolean zs_sheet_parse_date    (const ZsSheetCell  *cell,
                                 char              **iso,
                                 char              **reason);
/* 是/否, √/×, Y/N … (data/sheet-columns.ini, [boolean]). */
gboolean zs_sheet_parse_boolean (const ZsSheetCell  *cell,
                                 gboolean           *value,
                                 char              **reason);
/* A whole number, with a unit after it ("120人"). */
gboolean zs_sheet_parse_int     (const ZsSheetCell  *cell,
                                 gint64             *value,
                                 char              **reason);
/* A number, with a unit after it ("50亩"). */
gboolean zs_sheet_parse_double  (const ZsSheetCell  *cell,
                                 double             *value,
                                 char              **reason);
/* A value of @enum_type named as bureaus name it ([@section] of the words
 * file), by its label in Chinese or English, or by its nick. */
gboolean zs_sheet_parse_enum    (const ZsSheetCell  *cell,
                                 GType               enum_type,
                                 const char         *section,
                                 int                *value,
                                 char              **reason);
/* The cell's text with spaces trimmed, NULL when blank. */
char    *zs_sheet_cell_text     (const ZsSheetCell  *cell);

G_END_DECLS
