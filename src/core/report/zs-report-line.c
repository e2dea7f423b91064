/* zs-report-line.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "zs-format.h"
#include "zs-report-line.h"

struct _ZsReportLine
{
  GObject  parent_instance;

  gint64   id;
  char    *name;
  int      position;
  gint64   period[ZS_KPI_N];
  gint64   year[ZS_KPI_N];
  gint64   target[ZS_KPI_N];
  gint64   last_period[ZS_KPI_N];   /* the same days a year before (同比) */
  gint64   last_year[ZS_KPI_N];
  gint64   foreign_period[ZS_FOREIGN_N];
  gint64   foreign_year[ZS_FOREIGN_N];
  double   score;
  guint    rank;
};

G_DEFINE_FINAL_TYPE (ZsReportLine, zs_report_line, G_TYPE_OBJECT)

static const char * const kpi_labels[ZS_KPI_N] = {
  N_("New leads"),
  N_("Projects signed"),
  N_("Investment signed"),
  N_("Projects registered"),
  N_("Projects started"),
  N_("Projects in production"),
  /* The funds that arrived in the period (资金到位), not a project's total. */
  N_("Funds arrived"),
};

static const char * const foreign_labels[ZS_FOREIGN_N] = {
  N_("Contracted foreign capital"),
  /* 实际使用外资 */
  N_("Foreign capital actually used"),
};

const char *
zs_foreign_get_label (ZsForeign which)
{
  g_return_val_if_fail (which < ZS_FOREIGN_N, "");
  return g_dgettext (GETTEXT_PACKAGE, foreign_labels[which]);
}

const char *
zs_kpi_get_label (ZsKpi kpi)
{
  g_return_val_if_fail (kpi < ZS_KPI_N, "");
  return g_dgettext (GETTEXT_PACKAGE, kpi_labels[kpi]);
}

gboolean
zs_kpi_is_amount (ZsKpi kpi)
{
  return kpi == ZS_KPI_SIGNED_INVESTMENT || kpi == ZS_KPI_FUNDS_IN_PLACE;
}

char *
zs_kpi_format (ZsKpi  kpi,
               gint64 value)
{
  if (zs_kpi_is_amount (kpi))
    return zs_format_amount (value);
  return g_strdup_printf ("%" G_GINT64_FORMAT, value);
}

static void
zs_report_line_finalize (GObject *object)
{
  ZsReportLine *self = ZS_REPORT_LINE (object);

  g_free (self->name);

  G_OBJECT_CLASS (zs_report_line_parent_class)->finalize (object);
}

static void
zs_report_line_class_init (ZsReportLineClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = zs_report_line_finalize;
}

static void
zs_report_line_init (ZsReportLine *self)
{
  self->score = -1;
}

ZsReportLine *
zs_report_line_new (gint64      id,
                    const char *name,
                    int         position)
{
  ZsReportLine *self = g_object_new (ZS_TYPE_REPORT_LINE, NULL);

  self->id = id;
  self->name = g_strdup (name);
  self->position = position;
  return self;
}

gint64
zs_report_line_get_id (ZsReportLine *self)
{
  g_return_val_if_fail (ZS_IS_REPORT_LINE (self), 0);
  return self->id;
}

const char *
zs_report_line_get_name (ZsReportLine *self)
{
  g_return_val_if_fail (ZS_IS_REPORT_LINE (self), NULL);
  return self->name;
}

int
zs_report_line_get_position (ZsReportLine *self)
{
  g_return_val_if_fail (ZS_IS_REPORT_LINE (self), 0);
  return self->position;
}

gint64
zs_report_line_get_value (ZsReportLine *self,
                          ZsKpi         kpi)
{
  g_return_val_if_fail (ZS_IS_REPORT_LINE (self) && kpi < ZS_KPI_N, 0);
  return self->period[kpi];
}

gint64
zs_report_line_get_year_value (ZsReportLine *self,
                               ZsKpi         kpi)
{
  g_return_val_if_fail (ZS_IS_REPORT_LINE (self) && kpi < ZS_KPI_N, 0);
  return self->year[kpi];
}

gint64
zs_report_line_get_target (ZsReportLine *self,
                           ZsKpi         kpi)
{
  g_return_val_if_fail (ZS_IS_REPORT_LINE (self) && kpi < ZS_KPI_N, 0);
  return self->target[kpi];
}

double
zs_report_line_get_progress (ZsReportLine *self,
                             ZsKpi         kpi)
{
  g_return_val_if_fail (ZS_IS_REPORT_LINE (self) && kpi < ZS_KPI_N, -1);
  if (self->target[kpi] <= 0)
    return -1;
  return (double) self->year[kpi] / (double) self->target[kpi];
}

char *
zs_report_line_format_progress (ZsReportLine *self,
                                ZsKpi         kpi)
{
  double progress = zs_report_line_get_progress (self, kpi);

  if (progress < 0)
    return g_strdup ("—");
  /* Whole percent: a bulletin says 85%, not 85.3%. */
  return g_strdup_printf ("%.0f%%", floor (progress * 100 + 0.5));
}

ZsReportLine *
zs_report_line_copy (ZsReportLine *self)
{
  ZsReportLine *copy;

  g_return_val_if_fail (ZS_IS_REPORT_LINE (self), NULL);

  copy = zs_report_line_new (self->id, self->name, self->position);
  memcpy (copy->period, self->period, sizeof self->period);
  memcpy (copy->year, self->year, sizeof self->year);
  memcpy (copy->target, self->target, sizeof self->target);
  memcpy (copy->last_period, self->last_period, sizeof self->last_period);
  memcpy (copy->last_year, self->last_year, sizeof self->last_year);
  memcpy (copy->foreign_period, self->foreign_period, sizeof self->foreign_period);
  memcpy (copy->foreign_year, self->foreign_year, sizeof self->foreign_year);
  copy->score = self->score;
  copy->rank = self->rank;
  return copy;
}

gboolean
zs_report_line_is_empty (ZsReportLine *self)
{
  g_return_val_if_fail (ZS_IS_REPORT_LINE (self), TRUE);

  for (guint k = 0; k < ZS_KPI_N; k++)
    if (self->period[k] != 0 || self->year[k] != 0)
      return FALSE;
  for (guint k = 0; k < ZS_FOREIGN_N; k++)
    if (self->foreign_period[k] != 0 || self->foreign_year[k] != 0)
      return FALSE;
  return TRUE;
}

gint64
zs_report_line_get_foreign (ZsReportLine *self,
                            ZsForeign     which,
                            gboolean      year)
{
  g_return_val_if_fail (ZS_IS_REPORT_LINE (self) && which < ZS_FOREIGN_N, 0);
  return year ? self->foreign_year[which] : self->foreign_period[which];
}

void
zs_report_line_add_foreign (ZsReportLine *self,
                            ZsForeign     which,
                            gint64        period,
                            gint64        year)
{
  g_return_if_fail (ZS_IS_REPORT_LINE (self) && which < ZS_FOREIGN_N);
  self->foreign_period[which] += period;
  self->foreign_year[which] += year;
}

double
zs_report_line_get_score (ZsReportLine *self)
{
  g_return_val_if_fail (ZS_IS_REPORT_LINE (self), -1);
  return self->score;
}

guint
zs_report_line_get_rank (ZsReportLine *self)
{
  g_return_val_if_fail (ZS_IS_REPORT_LINE (self), 0);
  return self->rank;
}

void
zs_report_line_add (ZsReportLine *self,
                    ZsKpi         kpi,
                    gint64        period,
                    gint64        year)
{
  g_return_if_fail (ZS_IS_REPORT_LINE (self) && kpi < ZS_KPI_N);
  self->period[kpi] += period;
  self->year[kpi] += year;
}

void
zs_report_line_add_last_year (ZsReportLine *self,
                              ZsKpi         kpi,
                              gint64        period,
                              gint64        year)
{
  g_return_if_fail (ZS_IS_REPORT_LINE (self) && kpi < ZS_KPI_N);
  self->last_period[kpi] += period;
  self->last_year[kpi] += year;
}

gint64
zs_report_line_get_last_year (ZsReportLine *self,
                              ZsKpi         kpi,
                              gboolean      year)
{
  g_return_val_if_fail (ZS_IS_REPORT_LINE (self) && kpi < ZS_KPI_N, 0);
  return year ? self->last_year[kpi] : self->last_period[kpi];
}

char *
zs_report_format_change (gint64 current,
                         gint64 previous)
{
  double change;

  /* Nothing (or only corrections) a year before: no rate to give. */
  if (previous <= 0)
    return g_strdup ("—");
  change = 100.0 * (double) (current - previous) / (double) previous;
  /* One decimal, as bulletins give rates; never "-0.0%". */
  change = floor (change * 10 + 0.5) / 10;
  if (change == 0)
    return g_strdup ("0.0%");
  return g_strdup_printf ("%+.1f%%", change);
}

char *
zs_report_line_format_change (ZsReportLine *self,
                              ZsKpi         kpi,
                              gboolean      year)
{
  g_return_val_if_fail (ZS_IS_REPORT_LINE (self) && kpi < ZS_KPI_N, NULL);
  return year ? zs_report_format_change (self->year[kpi], self->last_year[kpi])
              : zs_report_format_change (self->period[kpi], self->last_period[kpi]);
}

char *
zs_report_format_schedule (double progress,
                           double share)
{
  double points;

  if (progress < 0)
    return g_strdup ("—");
  /* Signed points under a column headed in points: "-63.4" fits a
   * bulletin's narrow column where "慢63.4个百分点" wrapped. */
  points = floor ((progress - share) * 1000 + 0.5) / 10;
  if (points == 0)
    return g_strdup ("0.0");
  return g_strdup_printf ("%+.1f", points);
}

void
zs_report_line_set_target (ZsReportLine *self,
                           ZsKpi         kpi,
                           gint64        target)
{
  g_return_if_fail (ZS_IS_REPORT_LINE (self) && kpi < ZS_KPI_N);
  self->target[kpi] = target;
}

void
zs_report_line_set_rank (ZsReportLine *self,
                         double        score,
                         guint         rank)
{
  g_return_if_fail (ZS_IS_REPORT_LINE (self));
  self->score = score;
  self->rank = rank;
}
