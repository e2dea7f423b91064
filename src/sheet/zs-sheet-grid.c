/* zs-sheet-grid.c — a table as rows and columns: what xlsx, CSV and print share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "zs-core.h"
#include "zs-sheet-grid.h"
#include "zs-sheet-writer.h"

struct _ZsSheetGrid
{
  char      *title;
  char      *description;
  char      *office;
  char      *date;
  gboolean   has_money;
  GArray    *columns;  /* ZsGridColumn */
  GPtrArray *rows;     /* ZsGridCell[n_columns] */
};

static void
column_clear (gpointer data)
{
  g_free (((ZsGridColumn *) data)->header);
}

ZsSheetGrid *
zs_sheet_grid_new (const char *title)
{
  ZsSheetGrid *self = g_new0 (ZsSheetGrid, 1);

  self->title = g_strdup (title);
  self->columns = g_array_new (FALSE, TRUE, sizeof (ZsGridColumn));
  g_array_set_clear_func (self->columns, column_clear);
  self->rows = g_ptr_array_new ();
  return self;
}

void
zs_sheet_grid_free (ZsSheetGrid *self)
{
  if (self == NULL)
    return;
  for (guint r = 0; r < self->rows->len; r++)
    {
      ZsGridCell *cells = g_ptr_array_index (self->rows, r);

      for (guint c = 0; c < self->columns->len; c++)
        g_free (cells[c].text);
      g_free (cells);
    }
  g_ptr_array_unref (self->rows);
  g_array_unref (self->columns);
  g_free (self->title);
  g_free (self->description);
  g_free (self->office);
  g_free (self->date);
  g_free (self);
}

void
zs_sheet_grid_set_description (ZsSheetGrid *self,
                               const char  *description)
{
  g_free (self->description);
  self->description = g_strdup (description);
}

void
zs_sheet_grid_set_office (ZsSheetGrid *self,
                          const char  *office)
{
  g_free (self->office);
  self->office = g_strdup (office);
}

void
zs_sheet_grid_set_date (ZsSheetGrid *self,
                        const char  *iso_date)
{
  g_free (self->date);
  self->date = g_strdup (iso_date);
}

const char *
zs_sheet_grid_get_title (const ZsSheetGrid *self)
{
  return self->title;
}

char *
zs_sheet_grid_dup_full_title (const ZsSheetGrid *self)
{
  if (self->description != NULL && *self->description != '\0')
    return g_strdup_printf ("%s（%s）", self->title, self->description);
  return g_strdup (self->title);
}

char *
zs_sheet_grid_dup_issuer (const ZsSheetGrid *self)
{
  return g_strdup_printf ("填报单位：%s", self->office != NULL ? self->office : "");
}

char *
zs_sheet_grid_dup_issued (const ZsSheetGrid *self)
{
  g_autofree char *today = zs_date_today ();
  const char *date = self->date != NULL ? self->date : today;
  GDate day;

  /* A Chinese document says its date in Chinese, whatever the language. */
  if (zs_date_parse (date, &day))
    return g_strdup_printf ("填报日期：%d年%d月%d日", g_date_get_year (&day), g_date_get_month (&day),
                            g_date_get_day (&day));
  return g_strdup_printf ("填报日期：%s", date);
}

gboolean
zs_sheet_grid_get_has_money (const ZsSheetGrid *self)
{
  return self->has_money;
}

void
zs_sheet_grid_set_has_money (ZsSheetGrid *self,
                             gboolean     has_money)
{
  self->has_money = has_money;
}

guint
zs_sheet_grid_add_column (ZsSheetGrid *self,
                          const char  *header,
                          ZsGridKind   kind,
                          double       width,
                          gboolean     summed)
{
  ZsGridColumn column = { g_strdup (header), kind, width, summed };

  g_return_val_if_fail (self->rows->len == 0, 0);
  g_array_append_val (self->columns, column);
  return self->columns->len - 1;
}

guint
zs_sheet_grid_get_n_columns (const ZsSheetGrid *self)
{
  return self->columns->len;
}

const ZsGridColumn *
zs_sheet_grid_get_column (const ZsSheetGrid *self,
                          guint              column)
{
  g_return_val_if_fail (column < self->columns->len, NULL);
  return &g_array_index (self->columns, ZsGridColumn, column);
}

void
zs_sheet_grid_add_row (ZsSheetGrid *self)
{
  g_ptr_array_add (self->rows, g_new0 (ZsGridCell, MAX (self->columns->len, 1)));
}

static ZsGridCell *
last_cell (ZsSheetGrid *self,
           guint        column)
{
  g_return_val_if_fail (self->rows->len > 0 && column < self->columns->len, NULL);
  return &((ZsGridCell *) g_ptr_array_index (self->rows, self->rows->len - 1))[column];
}

void
zs_sheet_grid_set_text (ZsSheetGrid *self,
                        guint        column,
                        const char  *text)
{
  ZsGridCell *cell = last_cell (self, column);

  g_return_if_fail (cell != NULL);
  g_free (cell->text);
  cell->text = g_strdup (text);
}

void
zs_sheet_grid_set_value (ZsSheetGrid *self,
                         guint        column,
                         double       value)
{
  ZsGridCell *cell = last_cell (self, column);

  g_return_if_fail (cell != NULL);
  g_free (cell->text);
  cell->text = zs_sheet_grid_format_value (zs_sheet_grid_get_column (self, column)->kind, value);
  cell->value = value;
  cell->has_value = TRUE;
}

void
zs_sheet_grid_set_number (ZsSheetGrid *self,
                          guint        column,
                          double       value)
{
  ZsGridCell *cell = last_cell (self, column);

  g_return_if_fail (cell != NULL);
  cell->value = value;
  cell->has_value = TRUE;
}

guint
zs_sheet_grid_get_n_rows (const ZsSheetGrid *self)
{
  return self->rows->len;
}

const ZsGridCell *
zs_sheet_grid_get_cell (const ZsSheetGrid *self,
                        guint              row,
                        guint              column)
{
  g_return_val_if_fail (row < self->rows->len && column < self->columns->len, NULL);
  return &((ZsGridCell *) g_ptr_array_index (self->rows, row))[column];
}

double
zs_sheet_grid_get_sum (const ZsSheetGrid *self,
                       guint              column)
{
  double sum = 0;

  for (guint r = 0; r < self->rows->len; r++)
    {
      const ZsGridCell *cell = zs_sheet_grid_get_cell (self, r, column);

      if (cell->has_value)
        sum += round (cell->value * 100);
    }
  return sum / 100;
}

char *
zs_sheet_grid_format_value (ZsGridKind kind,
                            double     value)
{
  g_autofree char *plain = NULL;
  GString *text;
  const char *digits, *point;

  if (kind != ZS_GRID_AMOUNT)
    return fabs (value - round (value)) < 1e-9 ? g_strdup_printf ("%.0f", value) : g_strdup_printf ("%g", value);
  /* 1234567.5 → 1,234,567.50, in any locale: a ledger's separators are its own. */
  plain = g_strdup_printf ("%.2f", fabs (value));
  text = g_string_new (value < 0 && round (value * 100) != 0 ? "-" : "");
  digits = plain;
  point = strchr (plain, '.');
  for (const char *p = digits; p < point; p++)
    {
      if (p != digits && (point - p) % 3 == 0)
        g_string_append_c (text, ',');
      g_string_append_c (text, *p);
    }
  g_string_append (text, point);
  return g_string_free (text, FALSE);
}

gboolean
zs_sheet_grid_write (const ZsSheetGrid *self,
                     const char        *path,
                     ZsSheetFormat      format,
                     GCancellable      *cancellable,
                     GError           **error)
{
  g_autoptr(ZsSheetWriter) writer = zs_sheet_writer_new (self, path, format, cancellable, error);

  if (writer == NULL)
    return FALSE;
  for (guint r = 0; r < self->rows->len; r++)
    if (!zs_sheet_writer_add_row (writer, g_ptr_array_index (self->rows, r), error))
      return FALSE;
  return zs_sheet_writer_finish (writer, NULL, error);
}
