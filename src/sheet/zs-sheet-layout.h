/* zs-sheet-layout.h — where the table is in a sheet as bureaus make them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Real sheets have a title row and a 填报单位/日期 row above the header, a
 * header of two rows with merged cells, a 序号 column and a 合计 row at the
 * bottom. The layout finds the header by the column names it knows
 * (data/sheet-columns.ini), maps each column to a field, and says in
 * Chinese what it skipped.
 */
#pragma once

#include "zs-sheet.h"

G_BEGIN_DECLS

typedef struct {
  char    *key;         /* the field's key in the words file, e.g. "planned-investment";
                         * NULL in @headers for a column not imported */
  guint    column;      /* from 0 */
  double   factor;      /* an amount column's unit, as a factor to 万元 */
  char    *header;      /* the header as written */
} ZsSheetColumn;

typedef struct {
  const ZsSheet *sheet;
  char          *table;         /* "projects" */
  guint          header_first;  /* index into sheet->rows */
  guint          header_last;
  GPtrArray     *headers;       /* ZsSheetColumn *: every column with a header, left to right */
  GPtrArray     *columns;       /* the mapped ones of @headers */
  GPtrArray     *notes;         /* char *: what was skipped, in Chinese */
  guint          score;         /* how many fields the header names */
} ZsSheetLayout;

/* The layout of @sheet for @table, or for the table whose columns it has
 * most of when @table is NULL; NULL when no header is found. */
ZsSheetLayout       *zs_sheet_layout_find        (const ZsSheet       *sheet,
                                                  const char          *table);
void                 zs_sheet_layout_free        (ZsSheetLayout       *layout);
/* TRUE when @column_key is @key, or a split column ("unit-id+person-id")
 * with @key among its parts. */
gboolean             zs_sheet_key_has_part       (const char          *column_key,
                                                  const char          *key);
/* The mapped column of @key (alone or as a part of a split column), or NULL. */
const ZsSheetColumn *zs_sheet_layout_get_column  (const ZsSheetLayout *layout,
                                                  const char          *key);
/* A checksum of the table and the header texts (without spaces and
 * full-width differences) and their columns: a file of the same shape has
 * the same. */
char                *zs_sheet_layout_shape       (const ZsSheetLayout *layout);
/* Maps the columns of @headers to @keys instead, one per header ("" for
 * none); FALSE when the count is wrong or no column names the record. */
gboolean             zs_sheet_layout_remap       (ZsSheetLayout       *layout,
                                                  const char * const  *keys);
/* FALSE for a row below the header that holds no record (a 合计 row, a
 * note such as 填表人), with what it is in @why for the notes. */
gboolean             zs_sheet_layout_is_record   (const ZsSheetLayout *layout,
                                                  const ZsSheetRow    *row,
                                                  char               **why);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZsSheetLayout, zs_sheet_layout_free)

G_END_DECLS
