/* zs-sheet-table.h — which tables a spreadsheet carries, and their columns
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * One description per table: its record type, the title of its 台账, the
 * columns an export writes (in order, with widths), and the fields that
 * tell a row's record when the sheet has no UUID column. The names of the
 * columns are in data/sheet-columns.ini, in the section of the table's name.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct {
  const char *key;       /* the field's name, as in the record's field table */
  double      width;     /* in Excel's character widths: a Chinese character is two */
  gboolean    sum;       /* summed in the 合计 row (amounts always are) */
} ZsSheetTableColumn;

#define ZS_SHEET_TABLE_MAX_MATCH 3

typedef struct {
  const char               *name;       /* "projects": --table and the words file's section */
  GType                   (*get_type) (void);
  const char               *title;      /* "项目台账": the 台账 is a Chinese document */
  const char               *noun;       /* untranslated plural for summaries: N_("projects") */
  /* A row is the record whose fields these are (the first names the row). */
  const char               *match[ZS_SHEET_TABLE_MAX_MATCH];
  const ZsSheetTableColumn *columns;
  guint                     n_columns;
} ZsSheetTable;

/* Every table, NULL-terminated names in --table order. */
const char * const *zs_sheet_table_names    (void);
/* The table called @name, or NULL. */
const ZsSheetTable *zs_sheet_table_get      (const char *name);
/* The table of records of @type, or NULL. */
const ZsSheetTable *zs_sheet_table_for_type (GType       type);
/* The section of data/sheet-columns.ini naming the values of the enum
 * field @field of @table: "stage" and "grade" for projects, otherwise
 * "partners.kind" and the like. */
char               *zs_sheet_table_enum_section (const ZsSheetTable *table,
                                                 const char         *field);

G_END_DECLS
