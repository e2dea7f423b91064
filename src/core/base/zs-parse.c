/* zs-parse.c — amounts and dates as clerks type them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Clerks copy figures from documents and type them with a Chinese input
 * method on: full-width digits, thousands separators, 万 and 亿, dates with
 * 年月日 or slashes. Everything here is read exactly (integer arithmetic, no
 * floating point) into the forms the store keeps.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "zs-date.h"
#include "zs-error.h"
#include "zs-parse.h"

/* The largest amount read, in 0.01 万元: far above any real project, well
 * below what gint64 holds after the scaling below. */
#define HUNDREDTHS_MAX G_GINT64_CONSTANT (100000000000000000)

/* @text with full-width forms made ASCII ("１５００" → "1500", "，" → ",")
 * and every space taken out. */
static char *
normalize (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= 0xFF01 && c <= 0xFF5E)
        c = c - 0xFF01 + 0x21;
      else if (c == 0x3002)  /* 。typed for a decimal point */
        c = '.';
      if (g_unichar_isspace (c) || c == 0x3000 || c == 0x200B || c == 0xFEFF)
        continue;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static gboolean
strip_suffix (char       *text,
              const char *suffix)
{
  gsize n = strlen (text), m = strlen (suffix);

  if (n < m || strcmp (text + n - m, suffix) != 0)
    return FALSE;
  text[n - m] = '\0';
  return TRUE;
}

static gboolean amount_error (GError **error, const char *format, ...) G_GNUC_PRINTF (2, 3);

static gboolean
amount_error (GError    **error,
              const char *format,
              ...)
{
  va_list args;

  va_start (args, format);
  g_propagate_error (error, g_error_new_valist (ZS_ERROR, ZS_ERROR_INVALID, format, args));
  va_end (args);
  return FALSE;
}

/* "1,500" or "1500": digits, separators only between groups of three. */
static gboolean
read_whole_part (const char *start,
                 const char *end,
                 GString    *digits,
                 gboolean   *bad_separator)
{
  int group = -1;  /* digits since the last separator; -1 before the first */

  for (const char *p = start; p < end; p++)
    {
      if (g_ascii_isdigit (*p))
        {
          g_string_append_c (digits, *p);
          if (group >= 0)
            group++;
          if (group > 3)
            *bad_separator = TRUE;
        }
      else if (*p == ',')
        {
          if (digits->len == 0 || (group >= 0 && group != 3) || (group < 0 && digits->len > 3))
            *bad_separator = TRUE;
          group = 0;
        }
      else
        return FALSE;
    }
  if (group >= 0 && group != 3)
    *bad_separator = TRUE;
  return digits->len > 0;
}

gboolean
zs_parse_amount (const char  *text,
                 gint64      *hundredths,
                 GError     **error)
{
  g_autofree char *norm = NULL;
  g_autoptr(GString) digits = g_string_new (NULL);
  const char *p, *point;
  int exponent = 2;  /* the number is in 万元, kept in 0.01 万元 */
  int n_decimals = 0;
  gboolean negative = FALSE, bad_separator = FALSE;
  gint64 value = 0;

  g_return_val_if_fail (hundredths != NULL, FALSE);

  *hundredths = 0;
  if (text == NULL)
    return TRUE;
  norm = normalize (text);
  if (*norm == '\0')
    return TRUE;

  /* 元, 万元, 亿元, 万, 亿 */
  if (strip_suffix (norm, "元"))
    exponent = -2;
  if (strip_suffix (norm, "万"))
    exponent = 2;
  else if (strip_suffix (norm, "亿"))
    exponent = 6;

  p = norm;
  if (*p == '-' || *p == '+')
    negative = *p++ == '-';

  point = strchr (p, '.');
  if (!read_whole_part (p, point != NULL ? point : p + strlen (p), digits, &bad_separator))
    return amount_error (error, _("“%s” is not an amount: write digits, for example 1500, 1,500.5, 800万 or 1.25亿元"), text);
  if (point != NULL)
    {
      for (const char *q = point + 1; *q != '\0'; q++)
        {
          if (!g_ascii_isdigit (*q))
            return amount_error (error, _("“%s” is not an amount: write digits, for example 1500, 1,500.5, 800万 or 1.25亿元"), text);
          g_string_append_c (digits, *q);
          n_decimals++;
        }
    }
  if (bad_separator)
    return amount_error (error, _("“%s” has a thousands separator in the wrong place: write 1,500 or 1500"), text);

  /* Decimals beyond what 0.01 万元 keeps must be zeros: "1.2500亿" is fine. */
  exponent -= n_decimals;
  while (exponent < 0)
    {
      if (digits->str[digits->len - 1] != '0')
        return amount_error (error, _("“%s” has more decimals than an amount keeps: amounts are kept to 0.01 万元 (100 yuan)"), text);
      g_string_truncate (digits, digits->len - 1);
      exponent++;
      if (digits->len == 0)
        g_string_append_c (digits, '0');
    }

  for (gsize i = 0; i < digits->len; i++)
    {
      value = value * 10 + (digits->str[i] - '0');
      if (value > HUNDREDTHS_MAX)
        return amount_error (error, _("“%s” is too large for an amount"), text);
    }
  for (int i = 0; i < exponent; i++)
    {
      value *= 10;
      if (value > HUNDREDTHS_MAX)
        return amount_error (error, _("“%s” is too large for an amount"), text);
    }

  *hundredths = negative ? -value : value;
  return TRUE;
}

const char *
zs_amount_to_text_in (gint64  hundredths,
                      char   *buffer)
{
  guint64 magnitude = hundredths < 0 ? -(guint64) hundredths : (guint64) hundredths;
  guint64 whole = magnitude / 100;
  guint cents = (guint) (magnitude % 100);
  char digits[24];
  int n = 0;
  char *p = buffer;

  /* Written by hand, not by printf: an export formats every amount. */
  do
    digits[n++] = (char) ('0' + whole % 10);
  while ((whole /= 10) > 0);
  if (hundredths < 0)
    *p++ = '-';
  while (n > 0)
    *p++ = digits[--n];
  if (cents != 0)
    {
      *p++ = '.';
      *p++ = (char) ('0' + cents / 10);
      if (cents % 10 != 0)
        *p++ = (char) ('0' + cents % 10);
    }
  *p = '\0';
  return buffer;
}

char *
zs_amount_to_text (gint64 hundredths)
{
  char buffer[ZS_AMOUNT_TEXT_SIZE];

  return g_strdup (zs_amount_to_text_in (hundredths, buffer));
}

gboolean
zs_amount_from_text (const char *text,
                     gint64     *hundredths)
{
  const char *p = text;
  gboolean negative = FALSE;
  guint64 value = 0;
  int n_digits = 0, n_decimals = -1;

  g_return_val_if_fail (hundredths != NULL, FALSE);

  if (text == NULL)
    return FALSE;
  if (*p == '-')
    {
      negative = TRUE;
      p++;
    }
  for (; *p != '\0'; p++)
    {
      if (*p == '.' && n_decimals < 0 && n_digits > 0)
        {
          n_decimals = 0;
          continue;
        }
      if (!g_ascii_isdigit (*p) || n_decimals == 2)
        return FALSE;
      value = value * 10 + (guint64) (*p - '0');
      if (value > (guint64) HUNDREDTHS_MAX)
        return FALSE;
      n_digits++;
      if (n_decimals >= 0)
        n_decimals++;
    }
  if (n_digits == 0 || n_decimals == 0)
    return FALSE;
  for (int i = MAX (n_decimals, 0); i < 2; i++)
    value *= 10;
  if (value > (guint64) HUNDREDTHS_MAX)
    return FALSE;
  *hundredths = negative ? -(gint64) value : (gint64) value;
  return TRUE;
}

/* ---- dates ---------------------------------------------------------------- */

static char *date_error (GError **error, const char *format, ...) G_GNUC_PRINTF (2, 3);

static char *
date_error (GError    **error,
            const char *format,
            ...)
{
  va_list args;

  va_start (args, format);
  g_propagate_error (error, g_error_new_valist (ZS_ERROR, ZS_ERROR_INVALID, format, args));
  va_end (args);
  return NULL;
}

static int
capture_int (GMatchInfo *match,
             int         group)
{
  g_autofree char *s = g_match_info_fetch (match, group);

  return (int) g_ascii_strtoll (s, NULL, 10);
}

/* Each form a clerk writes, with the groups of year, month and day (0 when
 * the form has no year). */
static const struct {
  const char *pattern;
  int year, month, day;
} date_forms[] = {
  { "^(\\d{4})-(\\d{1,2})-(\\d{1,2})$", 1, 2, 3 },
  { "^(\\d{4})/(\\d{1,2})/(\\d{1,2})$", 1, 2, 3 },
  { "^(\\d{4})\\.(\\d{1,2})\\.(\\d{1,2})$", 1, 2, 3 },
  { "^(\\d{4})年(\\d{1,2})月(\\d{1,2})[日号]?$", 1, 2, 3 },
  { "^(\\d{4})(\\d{2})(\\d{2})$", 1, 2, 3 },
  { "^(\\d{1,2})月(\\d{1,2})[日号]?$", 0, 1, 2 },
  { "^(\\d{1,2})/(\\d{1,2})$", 0, 1, 2 },
};

char *
zs_parse_date (const char  *text,
               const char  *today,
               GError     **error)
{
  g_autofree char *norm = NULL;
  GDate now;

  if (text == NULL)
    return NULL;
  norm = normalize (text);
  if (*norm == '\0')
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (date_forms); i++)
    {
      g_autoptr(GRegex) regex = g_regex_new (date_forms[i].pattern, 0, 0, NULL);
      g_autoptr(GMatchInfo) match = NULL;
      int y, m, d;

      if (!g_regex_match (regex, norm, 0, &match))
        continue;

      if (date_forms[i].year != 0)
        y = capture_int (match, date_forms[i].year);
      else if (today != NULL && zs_date_parse (today, &now))
        y = g_date_get_year (&now);
      else
        {
          g_autoptr(GDateTime) local = g_date_time_new_now_local ();

          y = g_date_time_get_year (local);
        }
      m = capture_int (match, date_forms[i].month);
      d = capture_int (match, date_forms[i].day);

      if (y < 1900 || m < 1 || m > 12 || d < 1 || !g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
        return date_error (error, _("“%s” is not a day of the calendar: check the year, the month and the day"), text);
      return g_strdup_printf ("%04d-%02d-%02d", y, m, d);
    }

  return date_error (error, _("“%s” is not a date: write it as 2025-05-01, 2025/5/1, 2025年5月1日, 20250101 or 5月1日"), text);
}

char *
zs_parse_date_on_clock (const char  *text,
                        ZsClock     *clock,
                        GError     **error)
{
  return zs_parse_date (text, clock != NULL ? zs_clock_get_today (clock) : NULL, error);
}
