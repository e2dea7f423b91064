/* zs-sheet-xls.c — .xls (Excel 97–2003) read by FreeXL
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * FreeXL decodes the BIFF records, shared strings and code pages and gives
 * dates as ISO text; here its cells become rows. A sheet's stated
 * dimensions are checked against the cell limit before its cells are read.
 */
#include "config.h"

#include <freexl.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "zs-error.h"
#include "zs-sheet-private.h"

static gboolean
refuse (const char  *file_name,
        GError     **error)
{
  g_set_error (error, ZS_ERROR, ZS_ERROR_PARSE,
               _("“%s” is damaged or incomplete: it starts as an Excel 97–2003 workbook but cannot be read"), file_name);
  return FALSE;
}

static void
set_cell (ZsSheetRowBuilder       *builder,
          guint                    column,
          const FreeXL_CellValue  *value)
{
  switch (value->type)
    {
    case FREEXL_CELL_INT:
      zs_sheet_row_builder_set (builder, column, ZS_SHEET_CELL_NUMBER,
                                g_strdup_printf ("%d", value->value.int_value), value->value.int_value);
      break;
    case FREEXL_CELL_DOUBLE:
      zs_sheet_row_builder_set (builder, column, ZS_SHEET_CELL_NUMBER,
                                zs_sheet_format_number (value->value.double_value), value->value.double_value);
      break;
    case FREEXL_CELL_TEXT:
    case FREEXL_CELL_SST_TEXT:
    case FREEXL_CELL_TIME:
      if (value->value.text_value != NULL && *value->value.text_value != '\0' &&
          g_utf8_validate (value->value.text_value, -1, NULL))
        zs_sheet_row_builder_set (builder, column, ZS_SHEET_CELL_TEXT, g_strdup (value->value.text_value), 0);
      break;
    case FREEXL_CELL_DATE:
    case FREEXL_CELL_DATETIME:
      /* "YYYY-MM-DD" or "YYYY-MM-DD HH:MM:SS": the day is what a ledger keeps. */
      if (value->value.text_value != NULL && strlen (value->value.text_value) >= 10)
        zs_sheet_row_builder_set (builder, column, ZS_SHEET_CELL_DATE, g_strndup (value->value.text_value, 10), 0);
      break;
    case FREEXL_CELL_NULL:
    default:
      break;
    }
}

gboolean
zs_sheet_read_xls (const char           *path,
                   const char           *file_name,
                   const ZsSheetLimits  *limits,
                   ZsSheetRowFunc        func,
                   gpointer              user_data,
                   GCancellable         *cancellable,
                   GError              **error)
{
  const void *handle = NULL;
  unsigned int n_sheets = 0, password = 0;
  ZsSheetRowBuilder builder = { 0 };
  guint64 n_cells = 0;
  gboolean ok = TRUE;

  if (freexl_open (path, &handle) != FREEXL_OK)
    {
      if (handle != NULL)
        freexl_close (handle);
      return refuse (file_name, error);
    }
  if (freexl_get_info (handle, FREEXL_BIFF_PASSWORD, &password) == FREEXL_OK && password == FREEXL_BIFF_OBFUSCATED)
    {
      freexl_close (handle);
      g_set_error (error, ZS_ERROR, ZS_ERROR_PARSE,
                   _("“%s” is protected by a password; save it without one and import it again"), file_name);
      return FALSE;
    }
  if (freexl_get_info (handle, FREEXL_BIFF_SHEET_COUNT, &n_sheets) != FREEXL_OK)
    {
      freexl_close (handle);
      return refuse (file_name, error);
    }

  for (unsigned int s = 0; ok && s < n_sheets; s++)
    {
      const char *name = NULL;
      g_autofree char *sheet_name = NULL;
      unsigned int n_rows = 0;
      unsigned short n_columns = 0;

      if (freexl_get_worksheet_name (handle, (unsigned short) s, &name) != FREEXL_OK ||
          freexl_select_active_worksheet (handle, (unsigned short) s) != FREEXL_OK ||
          freexl_worksheet_dimensions (handle, &n_rows, &n_columns) != FREEXL_OK)
        {
          ok = refuse (file_name, error);
          break;
        }
      sheet_name = name != NULL && g_utf8_validate (name, -1, NULL) ? g_strdup (name) : g_strdup_printf ("Sheet%u", s + 1);
      if ((guint64) n_rows * n_columns > limits->max_cells || n_rows > limits->max_rows || n_columns > limits->max_columns)
        {
          g_autofree char *limit = g_strdup_printf ("%" G_GUINT64_FORMAT, limits->max_cells);

          g_set_error (error, ZS_ERROR, ZS_ERROR_PARSE,
                       _("“%s” is refused: sheet “%s” says it has %u rows and %u columns, more than %s cells"),
                       file_name, sheet_name, n_rows, (guint) n_columns, limit);
          ok = FALSE;
          break;
        }

      for (unsigned int r = 0; ok && r < n_rows; r++)
        {
          zs_sheet_row_builder_init (&builder, r + 1);
          for (unsigned short c = 0; c < n_columns; c++)
            {
              FreeXL_CellValue value;

              if (freexl_get_cell_value (handle, r, c, &value) == FREEXL_OK)
                set_cell (&builder, c, &value);
            }
          if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
              !zs_sheet_count_cells (limits, &n_cells, &builder.row, file_name, error))
            ok = FALSE;
          else if (builder.row.n_cells > 0 && !zs_sheet_row_is_blank (&builder.row))
            ok = func (sheet_name, s, &builder.row, user_data, error);
        }
    }
  zs_sheet_row_builder_clear (&builder);
  freexl_close (handle);
  return ok;
}
