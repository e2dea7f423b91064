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

char *
zs_format_amount (gint64 wan)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (wan >= 10000 || wan <= -10000)
    {
      g_ascii_formatd (buf, sizeof buf, "%.2f", (double) wan / 10000.0);
      /* TRANSLATORS: an amount in units of 100 million yuan (亿元) */
      return g_strdup_printf (_("%s hundred million yuan"), buf);
    }

  /* TRANSLATORS: an amount in units of 10,000 yuan (万元) */
  return g_strdup_printf (_("%s ten thousand yuan"), g_ascii_formatd (buf, sizeof buf, "%.0f", (double) wan));
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
