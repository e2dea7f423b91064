/* zs-date.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "zs-date.h"

#include <string.h>

static gboolean
parse_digits (const char *s,
              guint       n,
              guint      *out)
{
  guint v = 0;

  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (s[i]))
        return FALSE;
      v = v * 10 + (guint) (s[i] - '0');
    }
  *out = v;
  return TRUE;
}

gboolean
zs_date_parse (const char *iso,
               GDate      *date)
{
  guint y, m, d;

  if (iso == NULL || strlen (iso) != 10 || iso[4] != '-' || iso[7] != '-')
    return FALSE;
  if (!parse_digits (iso, 4, &y) || !parse_digits (iso + 5, 2, &m) || !parse_digits (iso + 8, 2, &d))
    return FALSE;
  if (y < 1900 || !g_date_valid_dmy (d, m, y))
    return FALSE;

  if (date != NULL)
    g_date_set_dmy (date, d, m, y);
  return TRUE;
}

gboolean
zs_date_is_valid (const char *iso)
{
  return zs_date_parse (iso, NULL);
}

char *
zs_date_to_iso (const GDate *date)
{
  g_return_val_if_fail (g_date_valid (date), NULL);

  return g_strdup_printf ("%04u-%02u-%02u",
                          g_date_get_year (date),
                          g_date_get_month (date),
                          g_date_get_day (date));
}

char *
zs_date_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

char *
zs_date_add_days (const char *iso,
                  int         days)
{
  GDate date;

  if (!zs_date_parse (iso, &date))
    return NULL;
  if (days >= 0)
    g_date_add_days (&date, (guint) days);
  else
    g_date_subtract_days (&date, (guint) -days);
  return zs_date_to_iso (&date);
}

int
zs_date_days_between (const char *from,
                      const char *to)
{
  GDate a, b;

  if (!zs_date_parse (from, &a) || !zs_date_parse (to, &b))
    g_return_val_if_reached (0);

  return g_date_days_between (&a, &b);
}

int
zs_date_compare (const char *a,
                 const char *b)
{
  if (a == NULL || b == NULL)
    return (a != NULL) - (b != NULL);
  /* ISO dates order as strings. */
  return strcmp (a, b);
}

gint32
zs_date_number (const char *iso)
{
  static const int digits[] = { 0, 1, 2, 3, 5, 6, 8, 9 };
  gint32 number = 0;

  if (iso == NULL || strlen (iso) < 10 || iso[4] != '-' || iso[7] != '-')
    return 0;
  for (guint i = 0; i < G_N_ELEMENTS (digits); i++)
    {
      if (!g_ascii_isdigit (iso[digits[i]]))
        return 0;
      number = number * 10 + (iso[digits[i]] - '0');
    }
  return number;
}

char *
zs_timestamp_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}
