/* zs-sheet-values.c — cells as offices type them, read as the database's values
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "zs-core.h"
#include "zs-limits.h"
#include "zs-sheet-private.h"
#include "zs-sheet-values.h"
#include "zs-sheet-words.h"

char *
zs_sheet_cell_text (const ZsSheetCell *cell)
{
  char *text;

  if (cell == NULL || cell->text == NULL)
    return NULL;
  text = g_strstrip (g_strdup (cell->text));
  /* A full-width space is a blank too. */
  while (g_str_has_prefix (text, "\u3000"))
    memmove (text, text + 3, strlen (text + 3) + 1);
  while (g_str_has_suffix (text, "\u3000"))
    text[strlen (text) - 3] = '\0';
  g_strstrip (text);
  if (*text == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}

/* @cell's text normalized, without thousands separators. */
static char *
number_text (const ZsSheetCell *cell)
{
  g_autofree char *normal = zs_sheet_normalize (cell->text);
  GString *out = g_string_new (NULL);

  for (const char *p = normal; *p; p++)
    if (*p != ',')
      g_string_append_c (out, *p);
  return g_string_free (out, FALSE);
}

static char *
not_a (const char *what,
       const char *text)
{
  g_autofree char *shown = zs_text_escape_controls (text, TRUE);

  /* TRANSLATORS: “三亿五” is not an amount */
  return g_strdup_printf (_("“%s” is not %s"), shown, what);
}

gboolean
zs_sheet_parse_amount (const ZsSheetCell  *cell,
                       double              factor,
                       gint64             *hundredths,
                       char              **reason)
{
  g_autofree char *text = NULL;
  double value, total;
  char *end;

  if (factor <= 0)
    factor = 1;
  if (cell->type == ZS_SHEET_CELL_NUMBER)
    value = cell->number;
  else
    {
      text = number_text (cell);
      value = g_ascii_strtod (text, &end);
      if (end == text || !isfinite (value))
        {
          *reason = not_a (_("an amount"), cell->text);
          return FALSE;
        }
      if (*end != '\0')
        {
          factor = zs_sheet_words_money_factor (end);
          if (factor <= 0)
            {
              *reason = not_a (_("an amount"), cell->text);
              return FALSE;
            }
        }
    }
  /* Kept in 0.01 万元; what a sheet holds beyond that is rounded. */
  total = round (value * factor * ZS_AMOUNT_SCALE);
  if (value < 0 || total > (double) ZS_AMOUNT_MAX)
    {
      g_autofree char *shown = zs_text_escape_controls (cell->text, TRUE);

      g_autofree char *limit = zs_format_amount (ZS_AMOUNT_MAX);

      *reason = g_strdup_printf (_("“%s” is not an amount from 0 to %s"), shown, limit);
      return FALSE;
    }
  *hundredths = (gint64) total;
  return TRUE;
}

static gboolean
date_from_parts (guint year,
                 guint month,
                 guint day,
                 char **iso)
{
  if (year < 1900 || year > 9999 || !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return FALSE;
  *iso = g_strdup_printf ("%04u-%02u-%02u", year, month, day);
  return TRUE;
}

/* A number not formatted as a date is taken for Excel's serial day only from
 * 1927 (10000) on: a year typed alone (2025) is not a day of 1905. */
#define PLAUSIBLE_SERIAL 10000

gboolean
zs_sheet_parse_date (const ZsSheetCell  *cell,
                     char              **iso,
                     char              **reason)
{
  g_autofree char *text = NULL;
  guint parts[3] = { 0 };
  guint n = 0, digits = 0;
  const char *p;

  if (cell->type == ZS_SHEET_CELL_DATE && zs_date_is_valid (cell->text))
    {
      *iso = g_strdup (cell->text);
      return TRUE;
    }
  if (cell->type == ZS_SHEET_CELL_NUMBER && cell->number >= PLAUSIBLE_SERIAL &&
      (*iso = zs_sheet_serial_to_date (cell->number)) != NULL)
    {
      /* 20250501 typed as a number is a day, not a serial. */
      if (cell->number >= 19000101 && cell->number <= 99991231)
        g_clear_pointer (iso, g_free);
      else
        return TRUE;
    }

  /* A serial day as text, as a CSV file saved from Excel holds it. */
  if (cell->type == ZS_SHEET_CELL_TEXT && cell->text != NULL)
    {
      g_autofree char *plain = g_strstrip (g_strdup (cell->text));
      char *end = NULL;
      double serial = g_ascii_strtod (plain, &end);

      if (end != plain && *end == '\0' && serial >= PLAUSIBLE_SERIAL && strlen (plain) != 8 &&
          (*iso = zs_sheet_serial_to_date (serial)) != NULL)
        return TRUE;
    }
  /* Spaces matter here: a time may follow the day. */
  text = g_utf8_normalize (cell->text, -1, G_NORMALIZE_NFKC);
  if (text == NULL)
    text = g_strdup ("");
  g_strstrip (text);
  /* 20250501 */
  if (strlen (text) == 8 && strspn (text, "0123456789") == 8)
    {
      guint64 v = g_ascii_strtoull (text, NULL, 10);

      if (date_from_parts ((guint) (v / 10000), (guint) (v / 100 % 100), (guint) (v % 100), iso))
        return TRUE;
    }
  /* Three numbers between separators: - / . 年 月 日; a time after the day is dropped. */
  for (p = text; n < 3 && g_ascii_isdigit (*p); )
    {
      guint64 v = 0;

      for (digits = 0; g_ascii_isdigit (*p) && digits < 5; p++, digits++)
        v = v * 10 + (guint64) (*p - '0');
      parts[n++] = (guint) v;
      if (n < 3 && (g_str_has_prefix (p, "年") || g_str_has_prefix (p, "月")))
        p += strlen ("年");
      else if (n < 3 && (*p == '-' || *p == '/' || *p == '.'))
        p++;
      else if (n == 3 && (g_str_has_prefix (p, "日") || g_str_has_prefix (p, "号")))
        p += strlen ("日");
    }
  if (n == 3 && (*p == '\0' || *p == ' ' || *p == 'T') && date_from_parts (parts[0], parts[1], parts[2], iso))
    return TRUE;
  g_clear_pointer (iso, g_free);
  *reason = not_a (_("a date (write it as 2025-05-01, 2025/5/1 or 2025年5月1日)"), cell->text);
  return FALSE;
}

gboolean
zs_sheet_parse_boolean (const ZsSheetCell  *cell,
                        gboolean           *value,
                        char              **reason)
{
  g_autofree char *text = zs_sheet_normalize (cell->text);
  const char *key;

  if (cell->type == ZS_SHEET_CELL_BOOLEAN || cell->type == ZS_SHEET_CELL_NUMBER)
    {
      *value = cell->number != 0;
      return TRUE;
    }
  key = zs_sheet_words_lookup ("boolean", text);
  if (key == NULL)
    {
      *reason = not_a (_("是 or 否"), cell->text);
      return FALSE;
    }
  *value = strcmp (key, "true") == 0;
  return TRUE;
}

static gboolean
parse_number (const ZsSheetCell  *cell,
              double             *value,
              const char         *what,
              char              **reason)
{
  g_autofree char *text = NULL;
  char *end;

  if (cell->type == ZS_SHEET_CELL_NUMBER)
    {
      *value = cell->number;
      return TRUE;
    }
  text = number_text (cell);
  *value = g_ascii_strtod (text, &end);
  /* A unit after the number (人, 亩, 个) is what the column says already. */
  if (end == text || !isfinite (*value) || (*end != '\0' && (g_ascii_isalnum (*end) || *end == '.' || *end == '-')))
    {
      *reason = not_a (what, cell->text);
      return FALSE;
    }
  return TRUE;
}

gboolean
zs_sheet_parse_int (const ZsSheetCell  *cell,
                    gint64             *value,
                    char              **reason)
{
  double number;

  if (!parse_number (cell, &number, _("a whole number"), reason))
    return FALSE;
  if (number != floor (number) || number < 0 || number > 1e12)
    {
      *reason = not_a (_("a whole number"), cell->text);
      return FALSE;
    }
  *value = (gint64) number;
  return TRUE;
}

gboolean
zs_sheet_parse_double (const ZsSheetCell  *cell,
                       double             *value,
                       char              **reason)
{
  if (!parse_number (cell, value, _("a number"), reason))
    return FALSE;
  if (*value < 0)
    {
      *reason = not_a (_("a number of 0 or more"), cell->text);
      return FALSE;
    }
  return TRUE;
}

gboolean
zs_sheet_parse_enum (const ZsSheetCell  *cell,
                     GType               enum_type,
                     const char         *section,
                     int                *value,
                     char              **reason)
{
  g_autofree char *text = zs_sheet_normalize (cell->text);
  const char *nick = zs_sheet_words_lookup (section, text);
  guint n = zs_enum_get_n_values (enum_type);
  g_autoptr(GString) known = g_string_new (NULL);

  if (nick != NULL && zs_enum_from_nick (enum_type, nick, value))
    return TRUE;
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *label = zs_sheet_normalize (zs_enum_get_label (enum_type, (int) i));
      g_autofree char *msgid = zs_sheet_normalize (zs_enum_get_msgid (enum_type, (int) i));
      const char *own = zs_enum_to_nick (enum_type, (int) i);

      if (strcmp (text, label) == 0 || strcmp (text, msgid) == 0 || g_strcmp0 (text, own) == 0)
        {
          *value = (int) i;
          return TRUE;
        }
      g_string_append_printf (known, "%s%s", i > 0 ? "、" : "", zs_enum_get_label (enum_type, (int) i));
    }
  {
    g_autofree char *shown = zs_text_escape_controls (cell->text, TRUE);

    /* TRANSLATORS: “洽淡” is not one of 线索、在谈、… */
    *reason = g_strdup_printf (_("“%s” is not one of %s"), shown, known->str);
  }
  return FALSE;
}
