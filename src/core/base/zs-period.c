/* zs-period.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "zs-date.h"
#include "zs-period.h"

G_DEFINE_ENUM_TYPE (ZsPeriodKind, zs_period_kind,
  G_DEFINE_ENUM_VALUE (ZS_PERIOD_WEEK, "week"),
  G_DEFINE_ENUM_VALUE (ZS_PERIOD_MONTH, "month"),
  G_DEFINE_ENUM_VALUE (ZS_PERIOD_QUARTER, "quarter"),
  G_DEFINE_ENUM_VALUE (ZS_PERIOD_YEAR, "year"))

static const char * const labels[] = {
  N_("This week"), N_("This month"), N_("This quarter"), N_("This year"),
};

const char *
zs_period_kind_get_label (ZsPeriodKind kind)
{
  g_return_val_if_fail (kind < G_N_ELEMENTS (labels), "");
  return g_dgettext (GETTEXT_PACKAGE, labels[kind]);
}

gboolean
zs_period_bounds (ZsPeriodKind   kind,
                  const char    *day,
                  char         **first,
                  char         **last)
{
  GDate start, end;
  guint year, month;

  if (!zs_date_parse (day, &start))
    return FALSE;

  year = g_date_get_year (&start);
  month = g_date_get_month (&start);

  switch (kind)
    {
    case ZS_PERIOD_WEEK:
      /* Chinese offices count weeks from Monday. */
      g_date_subtract_days (&start, g_date_get_weekday (&start) - G_DATE_MONDAY);
      end = start;
      g_date_add_days (&end, 6);
      break;
    case ZS_PERIOD_MONTH:
      g_date_set_dmy (&start, 1, month, year);
      g_date_set_dmy (&end, g_date_get_days_in_month (month, year), month, year);
      break;
    case ZS_PERIOD_QUARTER:
      month = ((month - 1) / 3) * 3 + 1;
      g_date_set_dmy (&start, 1, month, year);
      g_date_set_dmy (&end, g_date_get_days_in_month (month + 2, year), month + 2, year);
      break;
    case ZS_PERIOD_YEAR:
      g_date_set_dmy (&start, 1, G_DATE_JANUARY, year);
      g_date_set_dmy (&end, 31, G_DATE_DECEMBER, year);
      break;
    default:
      g_return_val_if_reached (FALSE);
    }

  *first = zs_date_to_iso (&start);
  *last = zs_date_to_iso (&end);
  return TRUE;
}

char *
zs_period_describe (ZsPeriodKind  kind,
                    const char   *day)
{
  GDate date;
  guint year;

  if (!zs_date_parse (day, &date))
    return g_strdup ("");
  year = g_date_get_year (&date);

  switch (kind)
    {
    case ZS_PERIOD_WEEK:
      {
        g_autofree char *first = NULL;
        g_autofree char *last = NULL;

        zs_period_bounds (kind, day, &first, &last);
        /* TRANSLATORS: a week, from its first to its last day (ISO dates) */
        return g_strdup_printf (_("Week of %s to %s"), first, last);
      }
    case ZS_PERIOD_MONTH:
      /* TRANSLATORS: a month: year, then month number */
      return g_strdup_printf (_("%u-%02u"), year, (guint) g_date_get_month (&date));
    case ZS_PERIOD_QUARTER:
      /* TRANSLATORS: a quarter: year, then quarter number 1–4 */
      return g_strdup_printf (_("Q%2$u %1$u"), year, (guint) (g_date_get_month (&date) - 1) / 3 + 1);
    case ZS_PERIOD_YEAR:
      /* TRANSLATORS: a calendar year */
      return g_strdup_printf (_("Year %u"), year);
    default:
      g_return_val_if_reached (g_strdup (""));
    }
}

char *
zs_period_step (ZsPeriodKind  kind,
                const char   *day,
                int           steps)
{
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  char *result;

  if (!zs_period_bounds (kind, day, &first, &last))
    return NULL;

  result = g_strdup (first);
  for (; steps < 0; steps++)
    {
      char *before = zs_date_add_days (result, -1);
      g_autofree char *start = NULL;
      g_autofree char *end = NULL;

      zs_period_bounds (kind, before, &start, &end);
      g_free (before);
      g_free (result);
      result = g_steal_pointer (&start);
    }
  for (; steps > 0; steps--)
    {
      g_autofree char *start = NULL;
      g_autofree char *end = NULL;

      zs_period_bounds (kind, result, &start, &end);
      g_free (result);
      result = zs_date_add_days (end, 1);
    }
  return result;
}
