/* zs-red-black.c — the red and black lists (红黑榜) of a report's units
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Bulletins name the best and the worst unit of each indicator. Where the
 * units have annual targets, completion decides (a town with a small
 * target is not shamed for signing less than the development zone);
 * otherwise the year's figure does. Units level at the top or the bottom
 * are all named, so that no tie is broken by the order of a list.
 */
#include "config.h"

#include "zs-red-black.h"
#include "zs-supervision-report.h"

static double
measure (ZsReportLine *line,
         ZsKpi         kpi,
         gboolean      by_target)
{
  return by_target ? zs_report_line_get_progress (line, kpi)
                   : (double) zs_report_line_get_year_value (line, kpi);
}

static gboolean
counts (ZsReportLine *line,
        ZsKpi         kpi,
        gboolean      by_target)
{
  if (zs_report_line_get_id (line) == 0)
    return FALSE;
  return !by_target || zs_report_line_get_target (line, kpi) > 0;
}

ZsRedBlack *
zs_red_black_new (ZsReport *report,
                  ZsKpi     kpi)
{
  GListModel *units;
  g_autoptr(GPtrArray) candidates = g_ptr_array_new_with_free_func (g_object_unref);
  ZsRedBlack *self;
  guint with_target = 0;
  gboolean by_target;
  double best = 0, worst = 0;

  g_return_val_if_fail (ZS_IS_REPORT (report), NULL);
  g_return_val_if_fail (kpi < ZS_KPI_N, NULL);

  units = zs_report_get_units (report);
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(ZsReportLine) line = g_list_model_get_item (units, i);

      if (counts (line, kpi, TRUE))
        with_target++;
    }
  by_target = with_target >= 2;

  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      ZsReportLine *line = g_list_model_get_item (units, i);
      double value;

      if (!counts (line, kpi, by_target))
        {
          g_object_unref (line);
          continue;
        }
      value = measure (line, kpi, by_target);
      if (candidates->len == 0 || value > best)
        best = value;
      if (candidates->len == 0 || value < worst)
        worst = value;
      g_ptr_array_add (candidates, line);
    }
  if (candidates->len < 2 || best == worst)
    return NULL;

  self = g_new0 (ZsRedBlack, 1);
  self->kpi = kpi;
  self->by_target = by_target;
  self->red = g_ptr_array_new_with_free_func (g_object_unref);
  self->black = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < candidates->len; i++)
    {
      ZsReportLine *line = g_ptr_array_index (candidates, i);
      double value = measure (line, kpi, by_target);

      if (value == best)
        g_ptr_array_add (self->red, g_object_ref (line));
      else if (value == worst)
        g_ptr_array_add (self->black, g_object_ref (line));
    }
  return self;
}

void
zs_red_black_free (ZsRedBlack *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->red);
  g_ptr_array_unref (self->black);
  g_free (self);
}

char *
zs_red_black_describe (ZsRedBlack   *self,
                       ZsReportLine *line)
{
  g_return_val_if_fail (self != NULL && ZS_IS_REPORT_LINE (line), NULL);

  if (self->by_target)
    return zs_report_line_format_progress (line, self->kpi);
  return zs_kpi_format (self->kpi, zs_report_line_get_year_value (line, self->kpi));
}

static int
by_most_overdue (gconstpointer a,
                 gconstpointer b)
{
  const ZsSupervisionCount *x = *(ZsSupervisionCount * const *) a;
  const ZsSupervisionCount *y = *(ZsSupervisionCount * const *) b;

  return (int) y->overdue - (int) x->overdue;
}

static int
by_most_on_time (gconstpointer a,
                 gconstpointer b)
{
  const ZsSupervisionCount *x = *(ZsSupervisionCount * const *) a;
  const ZsSupervisionCount *y = *(ZsSupervisionCount * const *) b;

  return (int) y->closed_on_time - (int) x->closed_on_time;
}

/* A leader's 督办 item left past its deadline puts its unit on the black
 * list, as the bureaus' bulletins do; the units that closed all of theirs
 * on time are named beside it. */
ZsRedBlackSupervision *
zs_red_black_supervision_new (ZsReport *report)
{
  GPtrArray *tally;
  ZsRedBlackSupervision *self;

  g_return_val_if_fail (ZS_IS_REPORT (report), NULL);

  tally = zs_report_get_supervision (report);
  if (tally == NULL)
    return NULL;
  self = g_new0 (ZsRedBlackSupervision, 1);
  self->red = g_ptr_array_new ();
  self->black = g_ptr_array_new ();
  for (guint i = 0; i < tally->len; i++)
    {
      ZsSupervisionCount *count = g_ptr_array_index (tally, i);

      if (count->unit_id == 0)
        continue;   /* the total */
      if (count->overdue > 0)
        g_ptr_array_add (self->black, count);
      else if (count->closed_on_time > 0)
        g_ptr_array_add (self->red, count);
    }
  if (self->black->len == 0)
    {
      zs_red_black_supervision_free (self);
      return NULL;
    }
  /* Stable: level units keep the bureau's order. */
  g_ptr_array_sort (self->black, by_most_overdue);
  g_ptr_array_sort (self->red, by_most_on_time);
  return self;
}

void
zs_red_black_supervision_free (ZsRedBlackSupervision *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->red);
  g_ptr_array_unref (self->black);
  g_free (self);
}
