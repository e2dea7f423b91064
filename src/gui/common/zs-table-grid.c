/* zs-table-grid.c — what a column view shows, as the grid a 台账 is made of
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * A page's own figures (需求缺口, 引荐成效, the dispatch tables) are
 * exported and printed as they are shown: each column keeps the function
 * that writes its cells, and the grid asks it for every row of the view's
 * model, hidden ones included.
 */
#include "config.h"

#include <string.h>

#include "zs-table-grid.h"

#define TEXT_KEY "zs-table-cell-text"

typedef struct {
  ZsSlotLabelFormat format;
  gpointer          user_data;
  gboolean          numeric;
  ZsTableAmountFunc amount;
} CellText;

void
zs_table_column_set_text (GtkColumnViewColumn *column,
                          ZsSlotLabelFormat    format,
                          gpointer             user_data,
                          gboolean             numeric)
{
  CellText *text = g_new0 (CellText, 1);

  text->format = format;
  text->user_data = user_data;
  text->numeric = numeric;
  g_object_set_data_full (G_OBJECT (column), TEXT_KEY, text, g_free);
}

void
zs_table_column_set_amount (GtkColumnViewColumn *column,
                            ZsTableAmountFunc    amount)
{
  CellText *text = g_object_get_data (G_OBJECT (column), TEXT_KEY);

  g_return_if_fail (text != NULL);
  text->amount = amount;
}

/* "1,234.50" → 1234.5; FALSE for "12.5%", "3 / 5" and words. */
static gboolean
parse_number (const char *text,
              double     *value)
{
  g_autoptr(GString) plain = g_string_new (NULL);
  char *end = NULL;

  if (text == NULL || *text == '\0')
    return FALSE;
  for (const char *p = text; *p; p++)
    if (*p != ',')
      g_string_append_c (plain, *p);
  *value = g_ascii_strtod (plain->str, &end);
  return end != plain->str && *end == '\0';
}

/* Excel's width of @text: a Chinese character is two. */
static double
text_width (const char *text)
{
  double width = 0;

  for (const char *p = text; p != NULL && *p; p = g_utf8_next_char (p))
    width += g_unichar_iswide (g_utf8_get_char (p)) ? 2 : 1;
  return width;
}

struct _ZsGridColumns
{
  GPtrArray *titles;   /* char * */
  GPtrArray *texts;    /* CellText *, the view's own */
};

ZsGridColumns *
zs_grid_columns_from_view (GtkColumnView *view)
{
  ZsGridColumns *self = g_new0 (ZsGridColumns, 1);
  GListModel *columns = gtk_column_view_get_columns (view);

  self->titles = g_ptr_array_new_with_free_func (g_free);
  self->texts = g_ptr_array_new_with_free_func (g_free);
  for (guint c = 0; c < g_list_model_get_n_items (columns); c++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, c);
      CellText *text = g_object_get_data (G_OBJECT (column), TEXT_KEY);

      if (text == NULL || !gtk_column_view_column_get_visible (column))
        continue;
      g_ptr_array_add (self->titles, g_strdup (gtk_column_view_column_get_title (column)));
      g_ptr_array_add (self->texts, g_memdup2 (text, sizeof *text));
    }
  return self;
}

void
zs_grid_columns_free (ZsGridColumns *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->titles);
  g_ptr_array_unref (self->texts);
  g_free (self);
}

ZsSheetGrid *
zs_table_grid_from_rows (const ZsGridColumns *columns,
                         GListModel          *rows,
                         const char          *title)
{
  ZsSheetGrid *grid = zs_sheet_grid_new (title);
  GPtrArray *texts = columns->texts;
  g_autoptr(GArray) widths = g_array_new (FALSE, TRUE, sizeof (double));
  guint n_rows = rows != NULL ? g_list_model_get_n_items (rows) : 0;

  for (guint c = 0; c < texts->len; c++)
    {
      double width = text_width (g_ptr_array_index (columns->titles, c)) + 2;

      g_array_append_val (widths, width);
    }

  /* The widest cell sets the column's width (within 8 and 40). */
  for (guint r = 0; r < n_rows; r++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (rows, r);
      gpointer record = ZS_IS_SLOT (item) ? zs_slot_get_item (ZS_SLOT (item)) : item;

      for (guint c = 0; c < texts->len; c++)
        {
          CellText *text = g_ptr_array_index (texts, c);
          g_autofree char *cell = text->format (record, text->user_data);

          g_array_index (widths, double, c) = MAX (g_array_index (widths, double, c), text_width (cell) + 2);
        }
    }
  for (guint c = 0; c < texts->len; c++)
    {
      CellText *text = g_ptr_array_index (texts, c);

      zs_sheet_grid_add_column (grid, g_ptr_array_index (columns->titles, c),
                                text->amount != NULL ? ZS_GRID_AMOUNT : text->numeric ? ZS_GRID_NUMBER : ZS_GRID_TEXT,
                                CLAMP (g_array_index (widths, double, c), 8, 40), FALSE);
      if (text->amount != NULL)
        zs_sheet_grid_set_has_money (grid, TRUE);
    }

  for (guint r = 0; r < n_rows; r++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (rows, r);
      gpointer record = ZS_IS_SLOT (item) ? zs_slot_get_item (ZS_SLOT (item)) : item;

      zs_sheet_grid_add_row (grid);
      for (guint c = 0; c < texts->len; c++)
        {
          CellText *text = g_ptr_array_index (texts, c);
          g_autofree char *cell = text->format (record, text->user_data);
          double value;
          gint64 hundredths;

          if (text->amount != NULL && text->amount (record, text->user_data, &hundredths))
            {
              /* 万元 as a number; its text as the 台账 prints it (8,500.00). */
              zs_sheet_grid_set_value (grid, c, (double) hundredths / ZS_AMOUNT_SCALE);
              continue;
            }
          zs_sheet_grid_set_text (grid, c, cell);
          if (text->numeric && parse_number (cell, &value))
            zs_sheet_grid_set_number (grid, c, value);
        }
    }
  return grid;
}

ZsSheetGrid *
zs_table_grid_from_view (GtkColumnView *view,
                         const char    *title)
{
  ZsGridColumns *columns = zs_grid_columns_from_view (view);
  ZsSheetGrid *grid = zs_table_grid_from_rows (columns, G_LIST_MODEL (gtk_column_view_get_model (view)), title);

  zs_grid_columns_free (columns);
  return grid;
}
