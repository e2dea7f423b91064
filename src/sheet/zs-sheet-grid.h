/* zs-sheet-grid.h — a table as rows and columns: what xlsx, CSV and print share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * One description of a 台账 (title, issuing unit and date, whether amounts
 * are in 万元, the columns and the rows) that the .xlsx and CSV writers
 * and the printed page (src/gui/print/zs-table-print.c) all read, so that
 * what is exported is what is printed. The record tables stream their
 * rows through it one at a time (zs-sheet-export.c); a page's own figures
 * (需求缺口, 引荐成效, the dispatch tables, 回收站, history) fill one.
 */
#pragma once

#include <gio/gio.h>

#include "zs-sheet.h"

G_BEGIN_DECLS

typedef enum {
  ZS_GRID_TEXT,      /* wraps, left */
  ZS_GRID_CODE,      /* a short word (stage, 是/否, a unit), centred */
  ZS_GRID_NUMBER,    /* a count, centred */
  ZS_GRID_AMOUNT,    /* 万元 (or an area) with thousands separators, two decimals */
  ZS_GRID_DATE,      /* an ISO date, written as a date */
} ZsGridKind;

typedef struct {
  char       *header;
  ZsGridKind  kind;
  double      width;   /* Excel's character widths: a Chinese character is two */
  gboolean    summed;  /* in the 合计 row */
} ZsGridColumn;

/* A cell: its text as a clerk reads it (NULL when empty) and, for
 * numbers, the value (amounts in 万元). */
typedef struct {
  char     *text;
  double    value;
  gboolean  has_value;
} ZsGridCell;

typedef struct _ZsSheetGrid ZsSheetGrid;

ZsSheetGrid  *zs_sheet_grid_new          (const char   *title);
void          zs_sheet_grid_free         (ZsSheetGrid  *self);

void          zs_sheet_grid_set_description (ZsSheetGrid *self,
                                             const char  *description);
void          zs_sheet_grid_set_office   (ZsSheetGrid  *self,
                                          const char   *office);
void          zs_sheet_grid_set_date     (ZsSheetGrid  *self,
                                          const char   *iso_date);
const char   *zs_sheet_grid_get_title    (const ZsSheetGrid *self);
/* "项目台账（在谈项目）" with the description, else the title. */
char         *zs_sheet_grid_dup_full_title (const ZsSheetGrid *self);
/* "填报单位：…" and "填报日期：2025年6月30日". */
char         *zs_sheet_grid_dup_issuer   (const ZsSheetGrid *self);
char         *zs_sheet_grid_dup_issued   (const ZsSheetGrid *self);
/* Whether the amounts' unit (单位：万元) is said: any AMOUNT column with
 * money, set by zs_sheet_grid_set_has_money(). */
gboolean      zs_sheet_grid_get_has_money (const ZsSheetGrid *self);
void          zs_sheet_grid_set_has_money (ZsSheetGrid *self,
                                           gboolean     has_money);

guint         zs_sheet_grid_add_column   (ZsSheetGrid  *self,
                                          const char   *header,
                                          ZsGridKind    kind,
                                          double        width,
                                          gboolean      summed);
guint         zs_sheet_grid_get_n_columns (const ZsSheetGrid *self);
const ZsGridColumn *zs_sheet_grid_get_column (const ZsSheetGrid *self,
                                              guint              column);

/* Starts a row; the cells are then set column by column. */
void          zs_sheet_grid_add_row      (ZsSheetGrid  *self);
void          zs_sheet_grid_set_text     (ZsSheetGrid  *self,
                                          guint         column,
                                          const char   *text);
/* A number, its text made by the column's kind. */
void          zs_sheet_grid_set_value    (ZsSheetGrid  *self,
                                          guint         column,
                                          double        value);
/* The value of a cell whose text is set already (as a page shows it). */
void          zs_sheet_grid_set_number   (ZsSheetGrid  *self,
                                          guint         column,
                                          double        value);
guint         zs_sheet_grid_get_n_rows   (const ZsSheetGrid *self);
const ZsGridCell *zs_sheet_grid_get_cell (const ZsSheetGrid *self,
                                          guint              row,
                                          guint              column);
/* The 合计 of a summed column over the rows, rounded to 0.01. */
double        zs_sheet_grid_get_sum      (const ZsSheetGrid *self,
                                          guint              column);
/* A value as the printed page shows it: 1,500.00 for amounts. */
char         *zs_sheet_grid_format_value (ZsGridKind    kind,
                                          double        value);

/* Writes the grid as .xlsx (the same 台账 as the record tables') or CSV
 * (UTF-8 with a BOM) to @path, whole or not at all. */
gboolean      zs_sheet_grid_write        (const ZsSheetGrid *self,
                                          const char        *path,
                                          ZsSheetFormat      format,
                                          GCancellable      *cancellable,
                                          GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZsSheetGrid, zs_sheet_grid_free)

G_END_DECLS
