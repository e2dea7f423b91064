/* zs-sheet-book.c — a spreadsheet found by content and read into a plain table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <errno.h>
#include <math.h>
#include <string.h>

#include "zs-error.h"
#include "zs-sheet-private.h"

static const guint8 zip_magic[] = { 'P', 'K', 3, 4 };
static const guint8 ole_magic[] = { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };

typedef struct {
  ZsSheetBook *book;
} Collector;

static void
cell_clear (ZsSheetCell *cell)
{
  g_clear_pointer (&cell->text, g_free);
}

static void
row_free (gpointer data)
{
  ZsSheetRow *row = data;

  for (guint i = 0; i < row->n_cells; i++)
    cell_clear (&row->cells[i]);
  g_free (row->cells);
  g_free (row);
}

static void
sheet_free (gpointer data)
{
  ZsSheet *sheet = data;

  g_ptr_array_unref (sheet->rows);
  g_free (sheet->name);
  g_free (sheet);
}

static gboolean
collect_row (const char        *sheet_name,
             guint              sheet_index,
             const ZsSheetRow  *row,
             gpointer           user_data,
             GError           **error)
{
  Collector *collector = user_data;
  ZsSheetRow *copy;
  ZsSheet *sheet;

  while (collector->book->sheets->len <= sheet_index)
    {
      sheet = g_new0 (ZsSheet, 1);
      sheet->name = g_strdup (sheet_name);
      sheet->rows = g_ptr_array_new_with_free_func (row_free);
      g_ptr_array_add (collector->book->sheets, sheet);
    }
  sheet = g_ptr_array_index (collector->book->sheets, sheet_index);

  copy = g_new0 (ZsSheetRow, 1);
  copy->number = row->number;
  copy->n_cells = row->n_cells;
  copy->cells = g_new0 (ZsSheetCell, MAX (row->n_cells, 1));
  for (guint i = 0; i < row->n_cells; i++)
    {
      copy->cells[i] = row->cells[i];
      copy->cells[i].text = g_strdup (row->cells[i].text);
    }
  g_ptr_array_add (sheet->rows, copy);
  return TRUE;
}

void
zs_sheet_limits_init (ZsSheetLimits *limits)
{
  limits->max_file_size = ZS_SHEET_MAX_FILE_SIZE;
  limits->max_unpacked_size = ZS_SHEET_MAX_UNPACKED_SIZE;
  limits->max_cells = ZS_SHEET_MAX_CELLS;
  limits->max_columns = ZS_SHEET_MAX_COLUMNS;
  limits->max_rows = ZS_SHEET_MAX_ROWS;
  limits->max_text_length = ZS_SHEET_MAX_TEXT_LENGTH;
}

ZsSheetFormat
zs_sheet_sniff (const guint8 *data,
                gsize         length)
{
  gsize start = 0;

  if (length >= sizeof zip_magic && memcmp (data, zip_magic, sizeof zip_magic) == 0)
    return ZS_SHEET_FORMAT_XLSX;
  if (length >= sizeof ole_magic && memcmp (data, ole_magic, sizeof ole_magic) == 0)
    return ZS_SHEET_FORMAT_XLS;
  if (length == 0)
    return ZS_SHEET_FORMAT_UNKNOWN;

  /* Excel's "Unicode text": UTF-16 with a BOM, tab-separated; but not XML. */
  if (length >= 4 && data[0] == 0xFF && data[1] == 0xFE)
    return data[2] == '<' && data[3] == 0 ? ZS_SHEET_FORMAT_UNKNOWN : ZS_SHEET_FORMAT_CSV;
  if (length >= 4 && data[0] == 0xFE && data[1] == 0xFF)
    return data[2] == 0 && data[3] == '<' ? ZS_SHEET_FORMAT_UNKNOWN : ZS_SHEET_FORMAT_CSV;

  /* Text: not XML (an exchange file), not a vCard, no NUL (a binary file). */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    start = 3;
  while (start < length && g_ascii_isspace (data[start]))
    start++;
  if (start == length || data[start] == '<')
    return ZS_SHEET_FORMAT_UNKNOWN;
  if (length - start >= 11 && g_ascii_strncasecmp ((const char *) data + start, "BEGIN:VCARD", 11) == 0)
    return ZS_SHEET_FORMAT_UNKNOWN;
  if (memchr (data, '\0', length) != NULL)
    return ZS_SHEET_FORMAT_UNKNOWN;
  return ZS_SHEET_FORMAT_CSV;
}

ZsSheetFormat
zs_sheet_sniff_file (const char *path)
{
  guint8 buffer[4096];
  GStatBuf st;
  FILE *file;
  gsize length;

  if (g_stat (path, &st) != 0 || !S_ISREG (st.st_mode))
    return ZS_SHEET_FORMAT_UNKNOWN;
  file = g_fopen (path, "rb");
  if (file == NULL)
    return ZS_SHEET_FORMAT_UNKNOWN;
  length = fread (buffer, 1, sizeof buffer, file);
  fclose (file);
  return zs_sheet_sniff (buffer, length);
}

gboolean
zs_sheet_read (const char           *path,
               const ZsSheetLimits  *limits,
               ZsSheetRowFunc        func,
               gpointer              user_data,
               GCancellable         *cancellable,
               GError              **error)
{
  g_autofree char *file_name = g_filename_display_basename (path);
  ZsSheetLimits defaults;
  GStatBuf st;

  if (limits == NULL)
    {
      zs_sheet_limits_init (&defaults);
      limits = &defaults;
    }

  if (g_stat (path, &st) != 0)
    {
      int saved = errno;

      g_set_error (error, ZS_ERROR, ZS_ERROR_IO, _("Cannot read “%s”: %s"), file_name, g_strerror (saved));
      return FALSE;
    }
  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_IO, _("“%s” is not a file"), file_name);
      return FALSE;
    }
  if (st.st_size > limits->max_file_size)
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_PARSE,
                   _("“%s” is %s; a spreadsheet of at most %s is read"), file_name,
                   g_format_size ((guint64) st.st_size), g_format_size ((guint64) limits->max_file_size));
      return FALSE;
    }

  switch (zs_sheet_sniff_file (path))
    {
    case ZS_SHEET_FORMAT_XLSX:
      return zs_sheet_read_xlsx (path, file_name, limits, func, user_data, cancellable, error);
    case ZS_SHEET_FORMAT_XLS:
      return zs_sheet_read_xls (path, file_name, limits, func, user_data, cancellable, error);
    case ZS_SHEET_FORMAT_CSV:
      return zs_sheet_read_csv (path, file_name, limits, func, user_data, cancellable, error);
    case ZS_SHEET_FORMAT_UNKNOWN:
    default:
      g_set_error (error, ZS_ERROR, ZS_ERROR_PARSE,
                   _("“%s” is not a spreadsheet: neither an Excel workbook (.xlsx, .xls) nor a CSV text file"),
                   file_name);
      return FALSE;
    }
}

ZsSheetBook *
zs_sheet_book_read (const char           *path,
                    const ZsSheetLimits  *limits,
                    GCancellable         *cancellable,
                    GError              **error)
{
  g_autoptr(ZsSheetBook) book = g_new0 (ZsSheetBook, 1);
  Collector collector = { book };

  book->sheets = g_ptr_array_new_with_free_func (sheet_free);
  book->format = zs_sheet_sniff_file (path);
  if (!zs_sheet_read (path, limits, collect_row, &collector, cancellable, error))
    return NULL;
  return g_steal_pointer (&book);
}

void
zs_sheet_book_free (ZsSheetBook *book)
{
  if (book == NULL)
    return;
  g_ptr_array_unref (book->sheets);
  g_free (book);
}

char *
zs_sheet_column_name (guint column)
{
  char buffer[8];
  int i = G_N_ELEMENTS (buffer) - 1;

  buffer[i] = '\0';
  column++;
  while (column > 0 && i > 0)
    {
      buffer[--i] = (char) ('A' + (column - 1) % 26);
      column = (column - 1) / 26;
    }
  return g_strdup (buffer + i);
}

char *
zs_sheet_cell_address (const char *sheet_name,
                       guint       column,
                       guint       row_number)
{
  g_autofree char *name = zs_sheet_column_name (column);

  if (sheet_name == NULL || *sheet_name == '\0')
    return g_strdup_printf ("%s%u", name, row_number);
  return g_strdup_printf ("%s!%s%u", sheet_name, name, row_number);
}

const ZsSheetCell *
zs_sheet_row_get (const ZsSheetRow *row,
                  guint             column)
{
  if (row == NULL || column >= row->n_cells || row->cells[column].type == ZS_SHEET_CELL_EMPTY)
    return NULL;
  return &row->cells[column];
}

gboolean
zs_sheet_row_is_blank (const ZsSheetRow *row)
{
  for (guint i = 0; i < row->n_cells; i++)
    {
      const char *text = row->cells[i].text;

      if (row->cells[i].type == ZS_SHEET_CELL_EMPTY || text == NULL)
        continue;
      for (const char *p = text; *p; p = g_utf8_next_char (p))
        if (!g_unichar_isspace (g_utf8_get_char (p)))
          return FALSE;
    }
  return TRUE;
}

/* ---- for the readers ------------------------------------------------------ */

void
zs_sheet_row_builder_init (ZsSheetRowBuilder *builder,
                           guint              number)
{
  builder->row.number = number;
  builder->row.n_cells = 0;
}

void
zs_sheet_row_builder_set (ZsSheetRowBuilder *builder,
                          guint              column,
                          ZsSheetCellType    type,
                          char              *text,
                          double             number)
{
  ZsSheetCell *cell;

  if (column >= builder->allocated)
    {
      guint allocated = MAX (column + 1, builder->allocated * 2);

      allocated = MAX (allocated, 16);
      builder->row.cells = g_renew (ZsSheetCell, builder->row.cells, allocated);
      memset (builder->row.cells + builder->allocated, 0, (allocated - builder->allocated) * sizeof (ZsSheetCell));
      builder->allocated = allocated;
    }
  for (guint i = builder->row.n_cells; i < column; i++)
    {
      cell_clear (&builder->row.cells[i]);
      builder->row.cells[i].type = ZS_SHEET_CELL_EMPTY;
      builder->row.cells[i].number = 0;
    }
  cell = &builder->row.cells[column];
  cell_clear (cell);
  cell->type = type;
  cell->text = text;
  cell->number = number;
  builder->row.n_cells = MAX (builder->row.n_cells, column + 1);
}

void
zs_sheet_row_builder_clear (ZsSheetRowBuilder *builder)
{
  for (guint i = 0; i < builder->allocated; i++)
    cell_clear (&builder->row.cells[i]);
  g_clear_pointer (&builder->row.cells, g_free);
  builder->allocated = 0;
  builder->row.n_cells = 0;
}

gboolean
zs_sheet_count_cells (const ZsSheetLimits *limits,
                      guint64             *n_cells,
                      const ZsSheetRow    *row,
                      const char          *file_name,
                      GError             **error)
{
  for (guint i = 0; i < row->n_cells; i++)
    *n_cells += row->cells[i].type != ZS_SHEET_CELL_EMPTY;
  if (*n_cells <= limits->max_cells)
    return TRUE;
  {
    g_autofree char *limit = g_strdup_printf ("%" G_GUINT64_FORMAT, limits->max_cells);

    g_set_error (error, ZS_ERROR, ZS_ERROR_PARSE,
                 _("“%s” holds more than %s cells; split it into smaller files"), file_name, limit);
  }
  return FALSE;
}

char *
zs_sheet_serial_to_date (double serial)
{
  g_autoptr(GDateTime) base = NULL;
  g_autoptr(GDateTime) day = NULL;
  double whole = floor (serial);

  /* 2958465 is 9999-12-31; Excel counts a 1900-02-29 that never was, so the
   * days from 61 on count from 1899-12-30, which is what every date since
   * March 1900 needs. */
  if (!(whole >= 61 && whole <= 2958465))
    return NULL;
  base = g_date_time_new_utc (1899, 12, 30, 0, 0, 0);
  day = g_date_time_add_days (base, (int) whole);
  return day != NULL ? g_date_time_format (day, "%Y-%m-%d") : NULL;
}

char *
zs_sheet_format_number (double number)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char format[8];

  if (number == floor (number) && fabs (number) < 1e15)
    return g_strdup_printf ("%.0f", number);
  for (int precision = 1; precision <= 17; precision++)
    {
      g_snprintf (format, sizeof format, "%%.%dg", precision);
      g_ascii_formatd (buffer, sizeof buffer, format, number);
      if (g_ascii_strtod (buffer, NULL) == number)
        break;
    }
  return g_strdup (buffer);
}
