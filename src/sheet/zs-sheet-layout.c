/* zs-sheet-layout.c — where the table is in a sheet as bureaus make them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "zs-sheet-layout.h"
#include "zs-sheet-table.h"
#include "zs-sheet-values.h"
#include "zs-sheet-words.h"

/* The header is looked for in the first rows only. */
#define HEADER_SEARCH_ROWS 30

static void
column_free (gpointer data)
{
  ZsSheetColumn *column = data;

  g_free (column->key);
  g_free (column->header);
  g_free (column);
}

/* The header text of @column from one row, or from two rows of a merged
 * header: the lower cell names the column, the upper one only when the
 * lower is empty. An upper cell merged across several columns is empty
 * past its first: its unit (投资额（亿元）) is carried in @carried_unit
 * to the columns under it. */
static char *
header_text (const ZsSheetRow *upper,
             const ZsSheetRow *lower,
             guint             column,
             char            **carried_unit,
             char            **upper_unit)
{
  g_autofree char *top = zs_sheet_cell_text (zs_sheet_row_get (upper, column));
  g_autofree char *bottom = lower != NULL ? zs_sheet_cell_text (zs_sheet_row_get (lower, column)) : NULL;

  *upper_unit = NULL;
  if (top != NULL)
    {
      g_autofree char *name = NULL;

      g_clear_pointer (carried_unit, g_free);
      name = zs_sheet_split_header (top, carried_unit);
    }
  if (bottom == NULL)
    g_clear_pointer (carried_unit, g_free);
  if (bottom != NULL)
    {
      *upper_unit = g_strdup (*carried_unit);
      return g_steal_pointer (&bottom);
    }
  return g_steal_pointer (&top);
}

/* Every header cell of @upper (with @lower, for a header of two rows), with
 * the field each maps to in @table (NULL for a name it does not know, or a
 * field already taken by a column to its left); the number of distinct
 * fields in @score, and whether the field that names a record is one. */
static GPtrArray *
map_columns (const char       *table,
             const ZsSheetRow *upper,
             const ZsSheetRow *lower,
             guint            *score,
             gboolean         *has_name)
{
  GPtrArray *columns = g_ptr_array_new_with_free_func (column_free);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  const ZsSheetTable *described = zs_sheet_table_get (table);
  const char *name_key = described != NULL ? described->match[0] : "name";
  guint n = MAX (upper->n_cells, lower != NULL ? lower->n_cells : 0);
  g_autofree char *carried_unit = NULL;

  *score = 0;
  *has_name = FALSE;
  for (guint c = 0; c < n; c++)
    {
      g_autofree char *upper_unit = NULL;
      g_autofree char *text = header_text (upper, lower, c, &carried_unit, &upper_unit);
      g_autofree char *unit = NULL;
      g_autofree char *name = NULL;
      const char *key;
      ZsSheetColumn *column;

      if (text == NULL)
        continue;
      name = zs_sheet_split_header (text, &unit);
      key = zs_sheet_words_column (table, name);
      if (key != NULL && g_hash_table_contains (seen, key))
        key = NULL;
      if (key != NULL && strcmp (key, "ignore") != 0)
        {
          g_hash_table_add (seen, (gpointer) key);
          (*score)++;
        }
      *has_name |= zs_sheet_key_has_part (key, name_key);
      column = g_new0 (ZsSheetColumn, 1);
      column->key = g_strdup (key);
      column->column = c;
      column->header = g_steal_pointer (&text);
      column->factor = zs_sheet_words_money_factor (unit != NULL ? unit : upper_unit);
      g_ptr_array_add (columns, column);
    }
  return columns;
}

/* The mapped columns of @layout's headers. */
static void
collect_columns (ZsSheetLayout *layout)
{
  g_clear_pointer (&layout->columns, g_ptr_array_unref);
  layout->columns = g_ptr_array_new ();
  for (guint i = 0; i < layout->headers->len; i++)
    {
      ZsSheetColumn *column = g_ptr_array_index (layout->headers, i);

      if (column->key != NULL)
        g_ptr_array_add (layout->columns, column);
    }
}

/* "单位：万元" or "金额单位：亿元" in a row above the header: the unit of
 * amount columns that do not say theirs. */
static double
unit_above (const ZsSheetRow *row)
{
  for (guint c = 0; c < row->n_cells; c++)
    {
      g_autofree char *text = zs_sheet_normalize (row->cells[c].text);
      const char *at = strstr (text, "单位:");

      if (at != NULL)
        {
          double factor = zs_sheet_words_money_factor (at + strlen ("单位:"));

          if (factor > 0)
            return factor;
        }
    }
  return 0;
}

static char *
row_preview (const ZsSheetRow *row)
{
  for (guint c = 0; c < row->n_cells; c++)
    {
      g_autofree char *text = zs_sheet_cell_text (&row->cells[c]);

      if (text != NULL)
        {
          g_autofree char *shown = g_utf8_substring (text, 0, MIN (g_utf8_strlen (text, -1), 30));

          return g_strdup (shown);
        }
    }
  return g_strdup ("");
}

ZsSheetLayout *
zs_sheet_layout_find (const ZsSheet *sheet,
                      const char    *table)
{
  const char * const *tables = zs_sheet_words_tables ();
  g_autoptr(GPtrArray) best = NULL;
  const char *best_table = NULL;
  guint best_score = 0, best_first = 0, best_last = 0;
  ZsSheetLayout *layout;
  double default_factor = 0;

  for (guint t = 0; tables[t] != NULL; t++)
    {
      if (table != NULL && strcmp (table, tables[t]) != 0)
        continue;
      for (guint i = 0; i < sheet->rows->len && i < HEADER_SEARCH_ROWS; i++)
        {
          const ZsSheetRow *row = g_ptr_array_index (sheet->rows, i);
          const ZsSheetRow *next = i + 1 < sheet->rows->len ? g_ptr_array_index (sheet->rows, i + 1) : NULL;

          for (guint two = 0; two < 2; two++)
            {
              const ZsSheetRow *lower = two ? next : NULL;
              guint score;
              gboolean has_name;
              GPtrArray *columns;

              if (two && (next == NULL || next->number != row->number + 1))
                continue;
              columns = map_columns (tables[t], row, lower, &score, &has_name);
              /* Two rows only when the upper adds to what the lower names alone. */
              if (two)
                {
                  guint alone;
                  gboolean alone_name;

                  g_ptr_array_unref (map_columns (tables[t], next, NULL, &alone, &alone_name));
                  if (alone >= score && alone_name)
                    {
                      g_ptr_array_unref (columns);
                      continue;
                    }
                }
              /* A header names the record and one more thing at least. */
              if (has_name && score >= 2 && score > best_score)
                {
                  g_clear_pointer (&best, g_ptr_array_unref);
                  best = columns;
                  best_score = score;
                  best_table = tables[t];
                  best_first = i;
                  best_last = i + two;
                }
              else
                g_ptr_array_unref (columns);
            }
        }
    }
  if (best == NULL)
    return NULL;

  layout = g_new0 (ZsSheetLayout, 1);
  layout->sheet = sheet;
  layout->table = g_strdup (best_table);
  layout->score = best_score;
  layout->header_first = best_first;
  layout->header_last = best_last;
  layout->headers = g_steal_pointer (&best);
  collect_columns (layout);
  layout->notes = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < best_first; i++)
    {
      const ZsSheetRow *row = g_ptr_array_index (sheet->rows, i);
      g_autofree char *preview = row_preview (row);
      double factor = unit_above (row);

      if (factor > 0)
        default_factor = factor;
      /* TRANSLATORS: a row above the header, e.g. 项目台账 row 1, above the header: “2025年招商项目台账” */
      g_ptr_array_add (layout->notes, g_strdup_printf (_("%s row %u, above the header, skipped: “%s”"),
                                                       sheet->name, row->number, preview));
    }
  for (guint i = 0; i < layout->headers->len; i++)
    {
      ZsSheetColumn *column = g_ptr_array_index (layout->headers, i);

      if (column->factor <= 0)
        column->factor = default_factor > 0 ? default_factor : 1;
    }
  {
    const ZsSheetRow *first = g_ptr_array_index (sheet->rows, best_first);
    const ZsSheetRow *last = g_ptr_array_index (sheet->rows, best_last);

    if (best_first == best_last)
      g_ptr_array_add (layout->notes, g_strdup_printf (_("%s row %u is the header"), sheet->name, first->number));
    else
      g_ptr_array_add (layout->notes, g_strdup_printf (_("%s rows %u–%u are the header (two rows, merged cells)"),
                                                       sheet->name, first->number, last->number));
  }
  return layout;
}

void
zs_sheet_layout_free (ZsSheetLayout *layout)
{
  if (layout == NULL)
    return;
  g_ptr_array_unref (layout->columns);
  g_ptr_array_unref (layout->headers);
  g_ptr_array_unref (layout->notes);
  g_free (layout->table);
  g_free (layout);
}

const ZsSheetColumn *
zs_sheet_layout_get_column (const ZsSheetLayout *layout,
                            const char          *key)
{
  for (guint i = 0; i < layout->columns->len; i++)
    {
      ZsSheetColumn *column = g_ptr_array_index (layout->columns, i);

      if (zs_sheet_key_has_part (column->key, key))
        return column;
    }
  return NULL;
}

gboolean
zs_sheet_key_has_part (const char *column_key,
                       const char *key)
{
  gsize length = strlen (key);

  if (column_key == NULL)
    return FALSE;
  for (const char *part = column_key; part != NULL; part = strchr (part, '+'), part = part != NULL ? part + 1 : NULL)
    if (strncmp (part, key, length) == 0 && (part[length] == '\0' || part[length] == '+'))
      return TRUE;
  return FALSE;
}

char *
zs_sheet_layout_shape (const ZsSheetLayout *layout)
{
  g_autoptr(GString) text = g_string_new (layout->table);

  for (guint i = 0; i < layout->headers->len; i++)
    {
      ZsSheetColumn *column = g_ptr_array_index (layout->headers, i);
      g_autofree char *normal = zs_sheet_normalize (column->header);

      g_string_append_printf (text, "\x1f%u=%s", column->column, normal);
    }
  return g_compute_checksum_for_string (G_CHECKSUM_SHA256, text->str, (gssize) text->len);
}

gboolean
zs_sheet_layout_remap (ZsSheetLayout      *layout,
                       const char * const *keys)
{
  const ZsSheetTable *table = zs_sheet_table_get (layout->table);
  gboolean has_name = FALSE;

  if (g_strv_length ((char **) keys) != layout->headers->len)
    return FALSE;
  for (guint i = 0; i < layout->headers->len; i++)
    {
      ZsSheetColumn *column = g_ptr_array_index (layout->headers, i);

      g_free (column->key);
      column->key = *keys[i] != '\0' ? g_strdup (keys[i]) : NULL;
      /* A field taken twice: the leftmost column keeps it. */
      for (guint k = 0; column->key != NULL && k < i; k++)
        if (g_strcmp0 (((ZsSheetColumn *) g_ptr_array_index (layout->headers, k))->key, column->key) == 0 &&
            strcmp (column->key, "ignore") != 0)
          g_clear_pointer (&column->key, g_free);
      has_name |= table != NULL && zs_sheet_key_has_part (column->key, table->match[0]);
    }
  collect_columns (layout);
  return has_name;
}

gboolean
zs_sheet_layout_is_record (const ZsSheetLayout *layout,
                           const ZsSheetRow    *row,
                           char               **why)
{
  const ZsSheetTable *table = zs_sheet_table_get (layout->table);
  const ZsSheetColumn *name_column = zs_sheet_layout_get_column (layout, table != NULL ? table->match[0] : "name");
  g_autofree char *name = name_column != NULL ? zs_sheet_cell_text (zs_sheet_row_get (row, name_column->column)) : NULL;
  guint n_filled = 0;

  *why = NULL;
  for (guint c = 0; c < row->n_cells; c++)
    {
      g_autofree char *text = zs_sheet_cell_text (&row->cells[c]);
      g_autofree char *normal = NULL;

      if (text == NULL)
        continue;
      normal = zs_sheet_normalize (text);
      if (n_filled == 0 && zs_sheet_words_is_total (normal))
        {
          *why = g_strdup_printf (_("%s row %u is a total (%s), skipped"), layout->sheet->name, row->number, text);
          return FALSE;
        }
      n_filled++;
    }
  if (name != NULL)
    {
      g_autofree char *normal = zs_sheet_normalize (name);

      if (zs_sheet_words_is_total (normal))
        {
          *why = g_strdup_printf (_("%s row %u is a total (%s), skipped"), layout->sheet->name, row->number, name);
          return FALSE;
        }
      return TRUE;
    }
  if (n_filled <= 1)
    {
      g_autofree char *preview = row_preview (row);

      *why = g_strdup_printf (_("%s row %u holds no record, only “%s”, skipped"), layout->sheet->name, row->number,
                              preview);
      return FALSE;
    }
  return TRUE;
}
