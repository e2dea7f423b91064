/* zs-table-print.c — any table printed, or saved as PDF, as a government 台账
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The grid the .xlsx is written from (src/sheet/zs-sheet-grid.h) laid out
 * by ZsPrintDocument, which repeats a table's header row on each page.
 * 导出 PDF writes the pages with cairo's PDF surface, without the print
 * dialog, whole or not at all (ZsOutputFile), as the bulletin's PDF.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "zs-core.h"
#include "zs-print-document.h"
#include "zs-table-print.h"

#define A4_LONG  841.890
#define A4_SHORT 595.276

static char *
page_footer (guint    page,
             guint    n_pages,
             gpointer user_data)
{
  /* A Chinese document numbers its pages in Chinese. */
  return g_strdup_printf ("第 %u 页，共 %u 页", page, n_pages);
}

static ZsPrintDocument *document_new (const ZsSheetGrid *grid);

static gboolean
is_right (ZsGridKind kind)
{
  return kind == ZS_GRID_AMOUNT || kind == ZS_GRID_NUMBER;
}

/* The table's text size for columns of @widths (序号 first; Excel's
 * units, a unit half a Chinese character, about 0.55 em with the cell's
 * padding) across @text_width points. As Excel fits a 台账 to the page,
 * the text shrinks with the columns' widths, but not below MIN_FONT: a
 * wide table (the 17 columns of 项目台账) keeps 8 points, and its text
 * columns (names, investors, remarks) narrow instead, their cells and
 * headers wrapping onto more lines, while numbers, dates and codes keep
 * the width they need. */
#define MIN_FONT 8.0
#define MAX_FONT 9.0
#define MIN_TEXT_UNITS 4.0   /* two Chinese characters */

static double
fit_columns (const ZsSheetGrid *grid,
             double             text_width,
             double            *widths,
             double             total)
{
  double font = CLAMP (text_width / (total * 0.55), MIN_FONT, MAX_FONT);
  double room = text_width / (font * 0.55);
  double fixed = widths[0], wrapping = 0;
  guint n = zs_sheet_grid_get_n_columns (grid) + 1;

  if (total <= room)
    return font;
  for (guint c = 1; c < n; c++)
    {
      if (zs_sheet_grid_get_column (grid, c - 1)->kind == ZS_GRID_TEXT)
        wrapping += widths[c];
      else
        fixed += widths[c];
    }
  if (wrapping > 0 && room > fixed)
    for (guint c = 1; c < n; c++)
      if (zs_sheet_grid_get_column (grid, c - 1)->kind == ZS_GRID_TEXT)
        widths[c] = MAX (widths[c] * (room - fixed) / wrapping, MIN_TEXT_UNITS);
  return font;
}

double
zs_table_print_get_font_size (const ZsSheetGrid *grid)
{
  g_autoptr(ZsPrintDocument) doc = document_new (grid);

  return zs_print_document_get_table_font (doc);
}

static ZsPrintDocument *
document_new (const ZsSheetGrid *grid)
{
  ZsPrintDocument *doc = zs_print_document_new ();
  guint n = zs_sheet_grid_get_n_columns (grid) + 1;
  g_autofree const char **cells = g_new0 (const char *, n + 1);
  g_autofree double *widths = g_new0 (double, n);
  g_autofree gboolean *numeric = g_new0 (gboolean, n);
  g_autofree char *title = zs_sheet_grid_dup_full_title (grid);
  g_autofree char *issuer = zs_sheet_grid_dup_issuer (grid);
  g_autofree char *issued = zs_sheet_grid_dup_issued (grid);
  g_autoptr(GPtrArray) totals = g_ptr_array_new_with_free_func (g_free);
  gboolean any_sum = FALSE;
  guint n_rows = zs_sheet_grid_get_n_rows (grid);

  zs_print_document_add_plain_title (doc, title);
  zs_print_document_add_pair (doc, issuer, issued);
  zs_print_document_add_pair (doc, "", zs_sheet_grid_get_has_money (grid) ? "单位：万元" : "");

  double total;

  cells[0] = "序号";
  /* Room for 序号 and for the digits of the last number. */
  widths[0] = n_rows >= 1000 ? 10 : 9;
  numeric[0] = TRUE;
  total = widths[0];
  for (guint c = 1; c < n; c++)
    {
      const ZsGridColumn *column = zs_sheet_grid_get_column (grid, c - 1);

      cells[c] = column->header;
      widths[c] = MAX (column->width, 8);
      numeric[c] = is_right (column->kind);
      any_sum |= column->summed;
      total += widths[c];
    }
  zs_print_document_set_table_font (doc, fit_columns (grid, zs_print_document_get_text_width (doc, A4_LONG),
                                                     widths, total));
  zs_print_document_begin_table (doc, n, cells, widths, numeric);

  for (guint r = 0; r < n_rows; r++)
    {
      g_autofree char *number = g_strdup_printf ("%u", r + 1);

      cells[0] = number;
      for (guint c = 1; c < n; c++)
        cells[c] = zs_sheet_grid_get_cell (grid, r, c - 1)->text;
      zs_print_document_add_row (doc, cells);
    }

  cells[0] = "合计";
  for (guint c = 1; c < n; c++)
    {
      char *sum = NULL;

      if (zs_sheet_grid_get_column (grid, c - 1)->summed)
        sum = zs_sheet_grid_format_value (zs_sheet_grid_get_column (grid, c - 1)->kind,
                                          zs_sheet_grid_get_sum (grid, c - 1));
      else if (c == 1 && !any_sum)
        /* A table without amounts counts its rows. */
        sum = g_strdup_printf ("共 %u 条", n_rows);
      g_ptr_array_add (totals, sum);
      cells[c] = sum;
    }
  zs_print_document_add_total_row (doc, cells);
  zs_print_document_set_footer (doc, page_footer, NULL);
  return doc;
}

gboolean
zs_table_print_write_pdf (const ZsSheetGrid  *grid,
                          const char         *path,
                          GError            **error)
{
  g_autoptr(ZsOutputFile) output = NULL;
  g_autoptr(ZsPrintDocument) doc = NULL;
  g_autoptr(GError) local = NULL;

  output = zs_output_file_new (path, NULL, &local);
  doc = document_new (grid);
  if (output == NULL
      || !zs_print_document_write_pdf (doc, zs_output_file_get_stream (output), A4_LONG, A4_SHORT,
                                       zs_sheet_grid_get_title (grid), NULL, &local)
      || !zs_output_file_commit (output, NULL, &local))
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_IO, _("Cannot write “%s”: %s"), path, local->message);
      return FALSE;
    }
  return TRUE;
}

static void
on_begin_print (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                ZsPrintDocument   *doc)
{
  PangoContext *pango = gtk_print_context_create_pango_context (context);
  guint n_pages = zs_print_document_paginate (doc, pango, gtk_print_context_get_width (context),
                                              gtk_print_context_get_height (context));

  g_object_unref (pango);
  gtk_print_operation_set_n_pages (operation, (int) n_pages);
}

static void
on_draw_page (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              ZsPrintDocument   *doc)
{
  zs_print_document_draw_page (doc, gtk_print_context_get_cairo_context (context), (guint) page);
}

GtkPrintOperation *
zs_table_print_operation_new (ZsSheetGrid *grid)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  ZsPrintDocument *doc = document_new (grid);

  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
  gtk_print_operation_set_default_page_setup (operation, setup);
  /* The 台账 keeps its own 2 cm margins, the same on paper and in PDF. */
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (operation, zs_sheet_grid_get_title (grid));
  /* The operation owns the pages until it is finalized (see the bulletin's). */
  g_object_set_data_full (G_OBJECT (operation), "zs-table-document", doc, (GDestroyNotify) zs_print_document_free);
  zs_sheet_grid_free (grid);
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print), doc);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page), doc);
  return operation;
}

static void
on_print_done (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               gpointer                 user_data)
{
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      g_warning ("Printing a table failed: %s", error != NULL ? error->message : "");
    }
}

void
zs_table_print_run (ZsSheetGrid *grid,
                    GtkWindow   *parent)
{
  g_autoptr(GtkPrintOperation) operation = zs_table_print_operation_new (grid);
  g_autoptr(GError) error = NULL;

  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect (operation, "done", G_CALLBACK (on_print_done), NULL);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent, &error)
      == GTK_PRINT_OPERATION_RESULT_ERROR)
    g_warning ("Printing a table failed: %s", error->message);
}
