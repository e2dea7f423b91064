/* zs-sheet-writer.c — a 台账 written row after row as .xlsx or CSV
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * libxlsxwriter in constant-memory mode into a scratch folder, then copied
 * into the ZsOutputFile (the file appears whole or not at all); CSV
 * straight into it, UTF-8 with a BOM so that Excel reads the Chinese.
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>
#include <xlsxwriter.h>

#include "zs-core.h"
#include "zs-sheet-writer.h"

/* The rows above the header: title, issuing unit and date, unit of amounts. */
#define HEADER_ROW 3

typedef struct {
  lxw_format *title;
  lxw_format *subtitle;
  lxw_format *subtitle_right;
  lxw_format *header;
  lxw_format *text;
  lxw_format *code;
  lxw_format *amount;
  lxw_format *date;
  lxw_format *total;
  lxw_format *total_amount;
} Formats;

struct _ZsSheetWriter
{
  const ZsSheetGrid *head;
  ZsSheetFormat      format;
  GCancellable      *cancellable;
  ZsOutputFile      *output;
  ZsScratch         *scratch;
  char              *scratch_path;
  GString           *line;      /* CSV */
  lxw_workbook      *workbook;
  lxw_worksheet     *sheet;
  Formats            f;
  double            *sums;      /* hundredths, exact in a double up to 2^53 */
  guint              n_columns;
  guint64            n_rows;
};

/* ---- CSV ------------------------------------------------------------------ */

static void
csv_field (GString    *line,
           const char *text)
{
  if (text == NULL)
    return;
  if (strpbrk (text, ",\"\r\n") == NULL)
    {
      g_string_append (line, text);
      return;
    }
  g_string_append_c (line, '"');
  for (const char *p = text; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (line, '"');
      g_string_append_c (line, *p);
    }
  g_string_append_c (line, '"');
}

static gboolean
csv_flush (ZsSheetWriter *self,
           gsize          above,
           GError       **error)
{
  if (self->line->len <= above)
    return TRUE;
  if (!g_output_stream_write_all (zs_output_file_get_stream (self->output), self->line->str, self->line->len,
                                  NULL, self->cancellable, error))
    return FALSE;
  g_string_truncate (self->line, 0);
  return TRUE;
}

/* ---- xlsx ----------------------------------------------------------------- */

static lxw_format *
bordered (lxw_workbook *workbook)
{
  lxw_format *format = workbook_add_format (workbook);

  format_set_border (format, LXW_BORDER_THIN);
  format_set_font_name (format, "宋体");
  format_set_font_size (format, 11);
  format_set_align (format, LXW_ALIGN_VERTICAL_CENTER);
  return format;
}

static void
make_formats (lxw_workbook *workbook,
              Formats      *f)
{
  f->title = workbook_add_format (workbook);
  format_set_bold (f->title);
  format_set_font_name (f->title, "黑体");
  format_set_font_size (f->title, 18);
  format_set_align (f->title, LXW_ALIGN_CENTER);
  format_set_align (f->title, LXW_ALIGN_VERTICAL_CENTER);
  f->subtitle = workbook_add_format (workbook);
  format_set_font_name (f->subtitle, "宋体");
  f->subtitle_right = workbook_add_format (workbook);
  format_set_font_name (f->subtitle_right, "宋体");
  format_set_align (f->subtitle_right, LXW_ALIGN_RIGHT);
  f->header = bordered (workbook);
  format_set_bold (f->header);
  format_set_font_name (f->header, "黑体");
  format_set_align (f->header, LXW_ALIGN_CENTER);
  format_set_text_wrap (f->header);
  format_set_bg_color (f->header, 0xD9D9D9);
  f->text = bordered (workbook);
  format_set_text_wrap (f->text);
  f->code = bordered (workbook);
  format_set_align (f->code, LXW_ALIGN_CENTER);
  f->amount = bordered (workbook);
  format_set_num_format (f->amount, "#,##0.00");  /* 万元 to 0.01 */
  f->date = bordered (workbook);
  format_set_num_format (f->date, "yyyy-mm-dd");
  format_set_align (f->date, LXW_ALIGN_CENTER);
  f->total = bordered (workbook);
  format_set_bold (f->total);
  format_set_align (f->total, LXW_ALIGN_CENTER);
  f->total_amount = bordered (workbook);
  format_set_bold (f->total_amount);
  format_set_num_format (f->total_amount, "#,##0.00");
}

static void
setup_page (ZsSheetWriter *self)
{
  lxw_worksheet *sheet = self->sheet;

  worksheet_set_column (sheet, 0, 0, 6, NULL);
  for (guint c = 0; c < self->n_columns; c++)
    worksheet_set_column (sheet, (lxw_col_t) (c + 1), (lxw_col_t) (c + 1),
                          zs_sheet_grid_get_column (self->head, c)->width, NULL);
  worksheet_freeze_panes (sheet, HEADER_ROW + 1, 2);
  worksheet_set_landscape (sheet);
  worksheet_set_paper (sheet, 9);  /* A4 */
  worksheet_set_margins (sheet, 0.4, 0.4, 0.6, 0.6);
  worksheet_center_horizontally (sheet);
  worksheet_repeat_rows (sheet, HEADER_ROW, HEADER_ROW);
  worksheet_fit_to_pages (sheet, 1, 0);
  worksheet_set_footer (sheet, "&C第 &P 页，共 &N 页");
}

static void
write_top (ZsSheetWriter *self)
{
  lxw_worksheet *sheet = self->sheet;
  Formats *f = &self->f;
  lxw_col_t last = (lxw_col_t) self->n_columns;
  lxw_col_t middle = last / 2;
  g_autofree char *title = zs_sheet_grid_dup_full_title (self->head);
  g_autofree char *issuer = zs_sheet_grid_dup_issuer (self->head);
  g_autofree char *issued = zs_sheet_grid_dup_issued (self->head);

  worksheet_set_row (sheet, 0, 32, NULL);
  worksheet_merge_range (sheet, 0, 0, 0, last, title, f->title);
  worksheet_merge_range (sheet, 1, 0, 1, middle, issuer, f->subtitle);
  worksheet_merge_range (sheet, 1, middle + 1, 1, last, issued, f->subtitle_right);
  /* Only a table with amounts says their unit; the row stays, so that
   * every 台账 has its header in the same place. */
  worksheet_merge_range (sheet, 2, 0, 2, last, zs_sheet_grid_get_has_money (self->head) ? "单位：万元" : "",
                         f->subtitle_right);
  worksheet_set_row (sheet, HEADER_ROW, 30, NULL);
  worksheet_write_string (sheet, HEADER_ROW, 0, "序号", f->header);
  for (guint c = 0; c < self->n_columns; c++)
    worksheet_write_string (sheet, HEADER_ROW, (lxw_col_t) (c + 1),
                            zs_sheet_grid_get_column (self->head, c)->header, f->header);
}

static void
write_xlsx_cell (ZsSheetWriter      *self,
                 lxw_row_t           row,
                 lxw_col_t           col,
                 const ZsGridColumn *column,
                 const ZsGridCell   *cell)
{
  Formats *f = &self->f;
  GDate day;

  switch (column->kind)
    {
    case ZS_GRID_AMOUNT:
    case ZS_GRID_NUMBER:
      if (cell->has_value)
        worksheet_write_number (self->sheet, row, col, cell->value,
                                column->kind == ZS_GRID_AMOUNT ? f->amount : f->code);
      else if (cell->text != NULL)
        /* "12.5%", "3 / 5": written as shown. */
        worksheet_write_string (self->sheet, row, col, cell->text, f->code);
      else
        worksheet_write_blank (self->sheet, row, col, column->kind == ZS_GRID_AMOUNT ? f->amount : f->code);
      return;
    case ZS_GRID_DATE:
      if (cell->text != NULL && zs_date_parse (cell->text, &day))
        {
          lxw_datetime when = { g_date_get_year (&day), g_date_get_month (&day), g_date_get_day (&day), 0, 0, 0 };

          worksheet_write_datetime (self->sheet, row, col, &when, f->date);
        }
      else if (cell->text != NULL)
        worksheet_write_string (self->sheet, row, col, cell->text, f->date);
      else
        worksheet_write_blank (self->sheet, row, col, f->date);
      return;
    case ZS_GRID_TEXT:
    case ZS_GRID_CODE:
    default:
      if (cell->text != NULL)
        worksheet_write_string (self->sheet, row, col, cell->text,
                                column->kind == ZS_GRID_TEXT ? f->text : f->code);
      else
        worksheet_write_blank (self->sheet, row, col, f->text);
      return;
    }
}

static void
write_total (ZsSheetWriter *self)
{
  lxw_row_t row = (lxw_row_t) (HEADER_ROW + 1 + self->n_rows);
  Formats *f = &self->f;

  worksheet_merge_range (self->sheet, row, 0, row, 1, "合计", f->total);
  for (guint c = 1; c < self->n_columns; c++)
    {
      lxw_col_t col = (lxw_col_t) (c + 1);

      if (zs_sheet_grid_get_column (self->head, c)->summed)
        {
          g_autofree char *formula = NULL;
          char letter[4] = { 0 };

          lxw_col_to_name (letter, col, FALSE);
          formula = g_strdup_printf ("=SUM(%s%u:%s%" G_GUINT64_FORMAT ")", letter, HEADER_ROW + 2, letter,
                                     (guint64) HEADER_ROW + 1 + self->n_rows);
          worksheet_write_formula_num (self->sheet, row, col, formula, f->total_amount, self->sums[c] / 100);
        }
      else
        worksheet_write_blank (self->sheet, row, col, f->total);
    }
}

/* ---- the writer ------------------------------------------------------------ */

ZsSheetWriter *
zs_sheet_writer_new (const ZsSheetGrid  *head,
                     const char         *path,
                     ZsSheetFormat       format,
                     GCancellable       *cancellable,
                     GError            **error)
{
  g_autoptr(ZsSheetWriter) self = g_new0 (ZsSheetWriter, 1);

  g_return_val_if_fail (format == ZS_SHEET_FORMAT_XLSX || format == ZS_SHEET_FORMAT_CSV, NULL);

  self->head = head;
  self->format = format;
  self->cancellable = cancellable != NULL ? g_object_ref (cancellable) : NULL;
  self->n_columns = zs_sheet_grid_get_n_columns (head);
  self->sums = g_new0 (double, MAX (self->n_columns, 1));
  self->output = zs_output_file_new (path, cancellable, error);
  if (self->output == NULL)
    return NULL;

  if (format == ZS_SHEET_FORMAT_CSV)
    {
      self->line = g_string_new ("\xEF\xBB\xBF序号");
      for (guint c = 0; c < self->n_columns; c++)
        {
          g_string_append_c (self->line, ',');
          csv_field (self->line, zs_sheet_grid_get_column (head, c)->header);
        }
      g_string_append (self->line, "\r\n");
      return g_steal_pointer (&self);
    }

  self->scratch = zs_scratch_new ("sheet-export", error);
  if (self->scratch == NULL)
    return NULL;
  self->scratch_path = g_build_filename (zs_scratch_get_path (self->scratch), "export.xlsx", NULL);
  {
    lxw_workbook_options options = { .constant_memory = LXW_TRUE, .tmpdir = (char *) zs_scratch_get_path (self->scratch) };

    self->workbook = workbook_new_opt (self->scratch_path, &options);
  }
  if (self->workbook == NULL)
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_IO, _("Cannot write the workbook: %s"), g_strerror (errno));
      return NULL;
    }
  self->sheet = workbook_add_worksheet (self->workbook, zs_sheet_grid_get_title (head));
  make_formats (self->workbook, &self->f);
  setup_page (self);
  write_top (self);
  return g_steal_pointer (&self);
}

gboolean
zs_sheet_writer_add_row (ZsSheetWriter     *self,
                         const ZsGridCell  *cells,
                         GError           **error)
{
  self->n_rows++;
  for (guint c = 0; c < self->n_columns; c++)
    if (cells[c].has_value)
      self->sums[c] += round (cells[c].value * 100);

  if (self->format == ZS_SHEET_FORMAT_CSV)
    {
      g_string_append_printf (self->line, "%" G_GUINT64_FORMAT, self->n_rows);
      for (guint c = 0; c < self->n_columns; c++)
        {
          g_string_append_c (self->line, ',');
          csv_field (self->line, cells[c].text);
        }
      g_string_append (self->line, "\r\n");
      return csv_flush (self, 64 * 1024, error);
    }

  /* Past a worksheet's last row libxlsxwriter drops a cell without a
   * word: a file that says less than the clerk asked for is refused
   * instead (the 合计 row needs one more). */
  if (HEADER_ROW + self->n_rows + 1 >= LXW_ROW_MAX)
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_INVALID,
                   _("An Excel worksheet holds at most %u rows, and this table has more. "
                     "Narrow the filter, or export as CSV, which has no such limit."),
                   (guint) (LXW_ROW_MAX - HEADER_ROW - 2));
      return FALSE;
    }
  {
    lxw_row_t row = (lxw_row_t) (HEADER_ROW + self->n_rows);

    worksheet_write_number (self->sheet, row, 0, (double) self->n_rows, self->f.code);
    for (guint c = 0; c < self->n_columns; c++)
      write_xlsx_cell (self, row, (lxw_col_t) (c + 1), zs_sheet_grid_get_column (self->head, c), &cells[c]);
  }
  if ((self->n_rows & 1023) == 0)
    return !g_cancellable_set_error_if_cancelled (self->cancellable, error);
  return TRUE;
}

static gboolean
copy_into (const char     *from,
           GOutputStream  *stream,
           GCancellable   *cancellable,
           GError        **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (from);
  g_autoptr(GFileInputStream) input = g_file_read (file, cancellable, error);

  return input != NULL &&
         g_output_stream_splice (stream, G_INPUT_STREAM (input), G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE,
                                 cancellable, error) >= 0;
}

gboolean
zs_sheet_writer_finish (ZsSheetWriter  *self,
                        guint64        *n_rows,
                        GError        **error)
{
  if (self->format == ZS_SHEET_FORMAT_CSV)
    {
      if (!csv_flush (self, 0, error))
        return FALSE;
    }
  else
    {
      lxw_error status;

      write_total (self);
      status = workbook_close (self->workbook);
      self->workbook = NULL;
      if (g_cancellable_set_error_if_cancelled (self->cancellable, error))
        return FALSE;
      if (status != LXW_NO_ERROR)
        {
          g_set_error (error, ZS_ERROR, ZS_ERROR_IO, _("Cannot write the workbook: %s"), lxw_strerror (status));
          return FALSE;
        }
      if (!copy_into (self->scratch_path, zs_output_file_get_stream (self->output), self->cancellable, error))
        return FALSE;
    }
  if (!zs_output_file_commit (self->output, self->cancellable, error))
    return FALSE;
  if (n_rows != NULL)
    *n_rows = self->n_rows;
  return TRUE;
}

void
zs_sheet_writer_free (ZsSheetWriter *self)
{
  if (self == NULL)
    return;
  /* An unfinished workbook is closed into the scratch folder and dropped. */
  if (self->workbook != NULL)
    workbook_close (self->workbook);
  if (self->line != NULL)
    g_string_free (self->line, TRUE);
  g_clear_pointer (&self->output, zs_output_file_free);
  g_clear_pointer (&self->scratch, zs_scratch_free);
  g_clear_object (&self->cancellable);
  g_free (self->scratch_path);
  g_free (self->sums);
  g_free (self);
}
