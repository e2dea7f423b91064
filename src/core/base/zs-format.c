/* zs-format.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "zs-date.h"
#include "zs-format.h"
#include "zs-parse.h"

static char *
trim_decimal (char *number)
{
  /* "54.40" → "54.4", "15.00" → "15" */
  if (strchr (number, '.') != NULL)
    {
      char *end = number + strlen (number) - 1;

      while (*end == '0')
        *end-- = '\0';
      if (*end == '.')
        *end = '\0';
    }
  return number;
}

/* @hundredths in 亿 with two decimals, rounded half away from zero in
 * integers: "3.40", "-1.25". */
static char *
hundred_millions (gint64 hundredths)
{
  guint64 magnitude = hundredths < 0 ? -(guint64) hundredths : (guint64) hundredths;
  guint64 rounded = (magnitude + 5000) / 10000;  /* 0.01 亿 = 10000 hundredths of 万 */

  return g_strdup_printf ("%s%" G_GUINT64_FORMAT ".%02u", hundredths < 0 ? "-" : "",
                          rounded / 100, (guint) (rounded % 100));
}

#define HUNDREDTHS_PER_YI (10000 * ZS_AMOUNT_SCALE)

char *
zs_format_amount (gint64 hundredths)
{
  g_autofree char *number = NULL;

  if (hundredths >= HUNDREDTHS_PER_YI || hundredths <= -HUNDREDTHS_PER_YI)
    {
      number = hundred_millions (hundredths);
      /* TRANSLATORS: an amount in units of 100 million yuan (亿元) */
      return g_strdup_printf (_("%s hundred million yuan"), number);
    }

  number = zs_amount_to_text (hundredths);
  /* TRANSLATORS: an amount in units of 10,000 yuan (万元) */
  return g_strdup_printf (_("%s ten thousand yuan"), number);
}

/* As zs_format_amount(), with the 万元 figure grouped as on screen: a card
 * reads "8,500万元" at a glance; prose (the bulletin) keeps "8500万元". */
char *
zs_format_amount_grouped (gint64 hundredths)
{
  g_autofree char *number = NULL;

  if (hundredths >= HUNDREDTHS_PER_YI || hundredths <= -HUNDREDTHS_PER_YI)
    return zs_format_amount (hundredths);

  number = zs_format_amount_number (hundredths);
  /* TRANSLATORS: an amount in units of 10,000 yuan (万元) */
  return g_strdup_printf (_("%s ten thousand yuan"), number);
}

char *
zs_format_dollars (gint64 hundredths)
{
  g_autofree char *number = NULL;

  if (hundredths >= HUNDREDTHS_PER_YI || hundredths <= -HUNDREDTHS_PER_YI)
    {
      number = hundred_millions (hundredths);
      /* TRANSLATORS: an amount in units of 100 million US dollars (亿美元) */
      return g_strdup_printf (_("%s hundred million US dollars"), number);
    }

  number = zs_amount_to_text (hundredths);
  /* TRANSLATORS: an amount in units of 10,000 US dollars (万美元) */
  return g_strdup_printf (_("%s ten thousand US dollars"), number);
}

char *
zs_format_amount_number (gint64 hundredths)
{
  g_autofree char *plain = zs_amount_to_text (hundredths);
  const char *digits = plain[0] == '-' ? plain + 1 : plain;
  const char *point = strchr (digits, '.');
  gsize whole = point != NULL ? (gsize) (point - digits) : strlen (digits);
  GString *out = g_string_new (plain[0] == '-' ? "-" : "");

  for (gsize i = 0; i < whole; i++)
    {
      if (i > 0 && (whole - i) % 3 == 0)
        g_string_append_c (out, ',');
      g_string_append_c (out, digits[i]);
    }
  if (point != NULL)
    g_string_append (out, point);
  return g_string_free (out, FALSE);
}

char *
zs_format_area (gint64 square_metres)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (square_metres >= 10000)
    {
      g_ascii_formatd (buf, sizeof buf, "%.2f", (double) square_metres / 10000.0);
      /* TRANSLATORS: an area in units of 10,000 square metres (万㎡) */
      return g_strdup_printf (_("%s ten thousand m²"), trim_decimal (buf));
    }

  return g_strdup_printf (_("%s m²"), g_ascii_formatd (buf, sizeof buf, "%.0f", (double) square_metres));
}

char *
zs_format_date (const char *iso)
{
  GDate date;
  char buf[128];

  if (iso == NULL || !zs_date_parse (iso, &date))
    return g_strdup (iso != NULL ? iso : "");

  /* TRANSLATORS: a full date, in g_date_strftime() format */
  if (g_date_strftime (buf, sizeof buf, _("%-d %B %Y"), &date) == 0)
    return g_strdup (iso);
  return g_strdup (buf);
}

char *
zs_format_decimal (double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (buf, sizeof buf, "%.2f", value);
  return g_strdup (trim_decimal (buf));
}
