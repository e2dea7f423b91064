/* zs-sheet-csv.c — CSV as Excel and WPS write it: UTF-8 (with or without a
 * BOM), GB18030/GBK on Chinese Windows, UTF-16 "Unicode text"
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The encoding is found from the bytes (GLib's conversion does GB18030,
 * which covers GBK and GB2312), the separator from the first line; fields
 * follow RFC 4180: quotes around a field may hold separators, doubled
 * quotes and line breaks.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "zs-error.h"
#include "zs-sheet-private.h"

/* The text of @data in UTF-8, or NULL after saying why. */
static char *
decode (const char  *data,
        gsize        length,
        const char  *file_name,
        gsize       *out_length,
        GError     **error)
{
  g_autoptr(GError) local = NULL;
  char *text;

  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }
  else if (length >= 2 && (memcmp (data, "\xFF\xFE", 2) == 0 || memcmp (data, "\xFE\xFF", 2) == 0))
    {
      text = g_convert (data + 2, (gssize) length - 2, "UTF-8", data[0] == '\xFF' ? "UTF-16LE" : "UTF-16BE",
                        NULL, out_length, &local);
      if (text == NULL)
        g_set_error (error, ZS_ERROR, ZS_ERROR_PARSE, _("“%s” is not readable UTF-16 text: %s"), file_name, local->message);
      return text;
    }

  if (g_utf8_validate_len (data, length, NULL))
    {
      *out_length = length;
      return g_strndup (data, length);
    }
  /* Excel and WPS on Chinese Windows save CSV in the system's code page. */
  text = g_convert (data, (gssize) length, "UTF-8", "GB18030", NULL, out_length, &local);
  if (text == NULL)
    g_set_error (error, ZS_ERROR, ZS_ERROR_PARSE,
                 _("“%s” is neither UTF-8 nor GB18030 (GBK) text; save it again as “CSV UTF-8”"), file_name);
  return text;
}

/* The separator the first line uses most: comma, tab or semicolon. */
static char
guess_separator (const char *text)
{
  static const char candidates[] = { ',', '\t', ';' };
  guint counts[G_N_ELEMENTS (candidates)] = { 0 };
  gboolean quoted = FALSE;
  guint best = 0;

  for (const char *p = text; *p && (quoted || (*p != '\n' && *p != '\r')); p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (!quoted)
        for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
          counts[i] += *p == candidates[i];
    }
  for (guint i = 1; i < G_N_ELEMENTS (candidates); i++)
    if (counts[i] > counts[best])
      best = i;
  return candidates[best];
}

gboolean
zs_sheet_read_csv (const char           *path,
                   const char           *file_name,
                   const ZsSheetLimits  *limits,
                   ZsSheetRowFunc        func,
                   gpointer              user_data,
                   GCancellable         *cancellable,
                   GError              **error)
{
  g_autofree char *raw = NULL;
  g_autofree char *text = NULL;
  g_autofree char *sheet_name = NULL;
  g_autoptr(GString) field = g_string_new (NULL);
  g_autoptr(GError) local = NULL;
  ZsSheetRowBuilder builder = { 0 };
  gsize raw_length = 0, length = 0;
  guint64 n_cells = 0;
  guint column = 0, row_number = 1;
  gboolean ok = TRUE, quoted = FALSE, was_quoted = FALSE;
  const char *p, *end;
  char separator;

  if (!g_file_get_contents (path, &raw, &raw_length, &local))
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_IO, _("Cannot read “%s”: %s"), file_name, local->message);
      return FALSE;
    }
  text = decode (raw, raw_length, file_name, &length, error);
  if (text == NULL)
    return FALSE;
  g_clear_pointer (&raw, g_free);

  /* The sheet of a CSV file is named after the file, as Excel names it. */
  sheet_name = g_strdup (file_name);
  if (strrchr (sheet_name, '.') != NULL)
    *strrchr (sheet_name, '.') = '\0';

  separator = guess_separator (text);
  zs_sheet_row_builder_init (&builder, row_number);
  end = text + length;
  for (p = text; ok && p <= end; p++)
    {
      char c = p < end ? *p : '\n';
      gboolean end_of_row = FALSE;

      if (quoted)
        {
          if (c == '"' && p + 1 < end && p[1] == '"')
            {
              g_string_append_c (field, '"');
              p++;
            }
          else if (c == '"')
            quoted = FALSE;
          else if (p == end)
            quoted = FALSE, end_of_row = TRUE;
          else
            g_string_append_c (field, c);
          if (!end_of_row)
            {
              if (field->len > limits->max_text_length)
                {
                  g_set_error (error, ZS_ERROR, ZS_ERROR_PARSE,
                               _("“%s” is refused: the field at line %u holds more than %u bytes of text"),
                               file_name, row_number, (guint) limits->max_text_length);
                  ok = FALSE;
                }
              continue;
            }
        }
      else if (c == '"' && field->len == 0 && !was_quoted)
        {
          quoted = was_quoted = TRUE;
          continue;
        }
      else if (c != separator && c != '\n' && c != '\r')
        {
          g_string_append_c (field, c);
          if (field->len > limits->max_text_length)
            {
              g_set_error (error, ZS_ERROR, ZS_ERROR_PARSE,
                           _("“%s” is refused: the field at line %u holds more than %u bytes of text"),
                           file_name, row_number, (guint) limits->max_text_length);
              ok = FALSE;
            }
          continue;
        }

      /* The end of a field. */
      if (column >= limits->max_columns)
        {
          g_set_error (error, ZS_ERROR, ZS_ERROR_PARSE,
                       _("“%s” is refused: line %u has more than %u fields"), file_name, row_number, limits->max_columns);
          ok = FALSE;
          break;
        }
      if (field->len > 0)
        zs_sheet_row_builder_set (&builder, column, ZS_SHEET_CELL_TEXT, g_strndup (field->str, field->len), 0);
      g_string_truncate (field, 0);
      was_quoted = FALSE;
      column++;
      if (c == separator && !end_of_row)
        continue;

      /* The end of a row: \r\n counts once. */
      if (c == '\r' && p + 1 < end && p[1] == '\n')
        p++;
      if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
          !zs_sheet_count_cells (limits, &n_cells, &builder.row, file_name, error))
        ok = FALSE;
      else if (builder.row.n_cells > 0 && !zs_sheet_row_is_blank (&builder.row))
        ok = func (sheet_name, 0, &builder.row, user_data, error);
      column = 0;
      if (++row_number > limits->max_rows)
        {
          g_set_error (error, ZS_ERROR, ZS_ERROR_PARSE,
                       _("“%s” is refused: it has more than %u lines"), file_name, limits->max_rows);
          ok = FALSE;
        }
      zs_sheet_row_builder_init (&builder, row_number);
    }
  zs_sheet_row_builder_clear (&builder);
  return ok;
}
