/* zs-report-line.h — the dispatch figures of one unit, one chain or the whole city
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The indicators of the dispatch dashboard and the monthly bulletin. */
typedef enum {
  ZS_KPI_LEADS,              /* leads received */
  ZS_KPI_SIGNED,             /* projects signed */
  ZS_KPI_SIGNED_INVESTMENT,  /* their planned investment, 0.01 万元 */
  ZS_KPI_REGISTERED,         /* projects registered (立项) */
  ZS_KPI_STARTED,            /* projects started (开工) */
  ZS_KPI_PRODUCTION,         /* projects in production (投产) */
  ZS_KPI_FUNDS_IN_PLACE,     /* funds arrived (资金到位), 0.01 万元 */
  ZS_KPI_N
} ZsKpi;

/* Foreign capital (外资), reported apart from the indicators as the
 * national foreign-investment statistics count it, in 0.01 万美元, of the
 * projects signed in the period (or the year): contracted (合同外资) and
 * actually used so far (实际使用外资). Not ranked, no target. */
typedef enum {
  ZS_FOREIGN_CONTRACTED,
  ZS_FOREIGN_USED,
  ZS_FOREIGN_N
} ZsForeign;

/* "Contracted foreign capital", translated. */
const char   *zs_foreign_get_label       (ZsForeign     which);

/* "New leads", translated. */
const char   *zs_kpi_get_label           (ZsKpi         kpi);
/* TRUE for the amounts (in 0.01 万元). */
gboolean      zs_kpi_is_amount           (ZsKpi         kpi);
/* The value as a clerk reads it: "3" or "2.40亿元". */
char         *zs_kpi_format              (ZsKpi         kpi,
                                          gint64        value);

#define ZS_TYPE_REPORT_LINE (zs_report_line_get_type ())
G_DECLARE_FINAL_TYPE (ZsReportLine, zs_report_line, ZS, REPORT_LINE, GObject)

/* @id: the unit's or chain's row id, 0 for the whole or for "none". */
ZsReportLine *zs_report_line_new         (gint64        id,
                                          const char   *name,
                                          int           position);
gint64        zs_report_line_get_id      (ZsReportLine *self);
const char   *zs_report_line_get_name    (ZsReportLine *self);
/* The unit's place in the bureau's own order of units. */
int           zs_report_line_get_position (ZsReportLine *self);

/* In the period. */
gint64        zs_report_line_get_value   (ZsReportLine *self,
                                          ZsKpi         kpi);
/* From 1 January to the period's last day. */
gint64        zs_report_line_get_year_value (ZsReportLine *self,
                                             ZsKpi         kpi);
/* The annual target, 0 when there is none. */
gint64        zs_report_line_get_target  (ZsReportLine *self,
                                          ZsKpi         kpi);
/* The year's value against the annual target (1.0 is done), or a
 * negative number when there is no target. */
double        zs_report_line_get_progress (ZsReportLine *self,
                                           ZsKpi         kpi);
/* "80%", or "—" without a target. */
char         *zs_report_line_format_progress (ZsReportLine *self,
                                              ZsKpi         kpi);
/* A new line of the same figures. */
ZsReportLine *zs_report_line_copy        (ZsReportLine *self);
gboolean      zs_report_line_is_empty    (ZsReportLine *self);
/* Foreign capital of the projects signed in the period, or in the year
 * up to the period's end (@year), in 0.01 万美元. */
gint64        zs_report_line_get_foreign (ZsReportLine *self,
                                          ZsForeign     which,
                                          gboolean      year);
void          zs_report_line_add_foreign (ZsReportLine *self,
                                          ZsForeign     which,
                                          gint64        period,
                                          gint64        year);

/* The same days a year before (同比): the period's, or the year's up to
 * the period's last day (@year). */
gint64        zs_report_line_get_last_year (ZsReportLine *self,
                                            ZsKpi         kpi,
                                            gboolean      year);
void          zs_report_line_add_last_year (ZsReportLine *self,
                                            ZsKpi         kpi,
                                            gint64        period,
                                            gint64        year);
/* The change on a year before (同比): "+50.0%", "-25.0%", "0.0%", or "—"
 * when there was nothing a year before. */
char         *zs_report_format_change    (gint64        current,
                                          gint64        previous);
char         *zs_report_line_format_change (ZsReportLine *self,
                                            ZsKpi         kpi,
                                            gboolean      year);
/* Completion (@progress, 1.0 is the whole target; negative: no target)
 * against the time-proportional share of the year (@share, 序时进度):
 * signed percentage points, "+3.2", "-11.5", "0.0", or "—". */
char         *zs_report_format_schedule  (double        progress,
                                          double        share);

/* The ranking (月讲评排序): see zs_report_score(). A line without targets
 * has score < 0 and rank 0. */
double        zs_report_line_get_score   (ZsReportLine *self);
guint         zs_report_line_get_rank    (ZsReportLine *self);

/* For the report that fills the line. */
void          zs_report_line_add         (ZsReportLine *self,
                                          ZsKpi         kpi,
                                          gint64        period,
                                          gint64        year);
void          zs_report_line_set_target  (ZsReportLine *self,
                                          ZsKpi         kpi,
                                          gint64        target);
void          zs_report_line_set_rank    (ZsReportLine *self,
                                          double        score,
                                          guint         rank);

G_END_DECLS
