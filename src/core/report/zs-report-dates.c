/* zs-report-dates.c — the days a report compares with: a year before
 * (同比) and the share of the year gone (序时进度)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include "zs-date.h"
#include "zs-report.h"

char *
zs_report_year_before (const char *iso)
{
  GDate date;
  GDateYear year;
  GDateDay day;
  gboolean month_end;

  g_return_val_if_fail (zs_date_parse (iso, &date), g_strdup (iso));

  year = g_date_get_year (&date) - 1;
  day = g_date_get_day (&date);
  month_end = day == g_date_get_days_in_month (g_date_get_month (&date), g_date_get_year (&date));
  /* A month's last day maps to that month's last day: February ends on the 28th or 29th. */
  if (month_end || day > g_date_get_days_in_month (g_date_get_month (&date), year))
    day = g_date_get_days_in_month (g_date_get_month (&date), year);
  g_date_set_dmy (&date, day, g_date_get_month (&date), year);
  return zs_date_to_iso (&date);
}

double
zs_report_time_share (const char *last)
{
  GDate date;
  GDateYear year;

  g_return_val_if_fail (zs_date_parse (last, &date), 0);
  year = g_date_get_year (&date);
  return (double) g_date_get_day_of_year (&date) / (g_date_is_leap_year (year) ? 366 : 365);
}
