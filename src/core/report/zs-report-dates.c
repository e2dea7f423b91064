/* zs-report-dates.c — the days a report compares with: a year before
 * (同比) and the share of the year gone (序时进度); a period's name
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>

#include "zs-date.h"
#include "zs-format.h"
#include "zs-period.h"
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

static gboolean
is_period (ZsPeriodKind  kind,
           const char   *first,
           const char   *last)
{
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;

  return zs_period_bounds (kind, first, &start, &end) &&
         g_strcmp0 (start, first) == 0 && g_strcmp0 (end, last) == 0;
}

char *
zs_report_describe_period (const char *first,
                           const char *last)
{
  static const char * const quarters[] = { N_("first quarter"), N_("second quarter"),
                                           N_("third quarter"), N_("fourth quarter") };
  int year = atoi (first);
  int month = atoi (first + 5);
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  g_return_val_if_fail (zs_date_is_valid (first) && zs_date_is_valid (last), g_strdup (""));

  if (is_period (ZS_PERIOD_YEAR, first, last))
    /* TRANSLATORS: a whole year as a report's period: "2026年" */
    return g_strdup_printf (_("Year %d"), year);
  if (is_period (ZS_PERIOD_QUARTER, first, last))
    /* TRANSLATORS: a quarter as a report's period: "2026年第四季度" */
    return g_strdup_printf (_("%2$s %1$d"), year, g_dgettext (GETTEXT_PACKAGE, quarters[(month - 1) / 3]));
  if (is_period (ZS_PERIOD_MONTH, first, last))
    {
      GDate date;
      char buf[64];

      zs_date_parse (first, &date);
      /* TRANSLATORS: a month as a report's period, in g_date_strftime() format: "2026年11月" */
      if (g_date_strftime (buf, sizeof buf, _("%B %Y"), &date) > 0)
        return g_strdup (buf);
    }

  from = zs_format_date (first);
  to = zs_format_date (last);
  /* TRANSLATORS: a report's period from one day to another */
  return g_strdup_printf (_("%s to %s"), from, to);
}
