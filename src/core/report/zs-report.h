/* zs-report.h — the figures of the dispatch dashboard and the monthly bulletin
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <gio/gio.h>

#include "zs-attention.h"
#include "zs-enums.h"
#include "zs-report-line.h"
#include "zs-store.h"

G_BEGIN_DECLS

/* The ranking score (月讲评排序) of a unit over a period of @days_in_period
 * days of a year of @days_in_year: for each indicator with an annual
 * target, the period's value against the target's share of the period,
 * between 0 and 150%; weighted leads 10, signed projects 15, signed investment 25,
 * registered 10, started 20, in production 10, funds 10; as a percentage
 * of the weights of the indicators that have a target. Negative when the
 * unit has no target at all. */
double      zs_report_score            (const gint64 *values,
                                        const gint64 *targets,
                                        int           days_in_period,
                                        int           days_in_year);

/* "2026年11月", "2026年第四季度", or the first and last day. */
char       *zs_report_describe_period  (const char   *first,
                                        const char   *last);

/* The same day a year before, for 同比: a month's last day gives that
 * month's last day (2025-02-28 for 2024-02-29, 2024-02-29 for 2025-02-28). */
char       *zs_report_year_before      (const char   *iso);
/* The time-proportional share of the year at the end of @last (序时进度):
 * its day of the year over the year's days, 334/365 for 30 November. */
double      zs_report_time_share       (const char   *last);

#define ZS_TYPE_REPORT (zs_report_get_type ())
G_DECLARE_FINAL_TYPE (ZsReport, zs_report, ZS, REPORT, GObject)

/* The figures for the days @first to @last (ISO, inclusive) as the store
 * holds them on @today. Projects count in a period when a stage event puts
 * them into the stage on a day of it (a project signed and started in the
 * same month counts in both); leads by the day they were received; funds in
 * place are the projects' recorded totals (signed and later, not
 * terminated), the same for every period. Targets are those of @last's year. */
ZsReport     *zs_report_new             (ZsStore       *store,
                                         const char    *first,
                                         const char    *last,
                                         const char    *today,
                                         GCancellable  *cancellable,
                                         GError       **error);
/* The same in a worker thread on a connection of its own. */
void          zs_report_new_async       (ZsStore             *store,
                                         const char          *first,
                                         const char          *last,
                                         const char          *today,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data);
ZsReport     *zs_report_new_finish      (GAsyncResult        *result,
                                         GError             **error);
/* Called in the caller's thread with the first part of a report: the
 * period's and the year's figures against the targets, the units in their
 * ranking, the chains and the stages; not yet 同比, the months, the
 * attention counts or 督办 (zs_report_is_complete() is FALSE). */
typedef void (*ZsReportFirstFunc) (ZsReport *first,
                                   gpointer  user_data);
/* zs_report_new_async(), with @first_ready called first with what the
 * first screen of the dispatch page shows, while the rest is counted.
 * @user_data goes to both; nothing is shown for a cancelled count. */
void          zs_report_new_async_with_first (ZsStore             *store,
                                              const char          *first,
                                              const char          *last,
                                              const char          *today,
                                              GCancellable        *cancellable,
                                              ZsReportFirstFunc    first_ready,
                                              GAsyncReadyCallback  callback,
                                              gpointer             user_data);
gboolean      zs_report_is_complete     (ZsReport      *self);

const char   *zs_report_get_first       (ZsReport      *self);
const char   *zs_report_get_last        (ZsReport      *self);
const char   *zs_report_get_today       (ZsReport      *self);
int           zs_report_get_year        (ZsReport      *self);
/* The whole base, with the sum of the units' targets. */
ZsReportLine *zs_report_get_total       (ZsReport      *self);
/* ZsReportLine per unit, in ranking order (units without targets last,
 * in the bureau's order), and "no unit" when it has figures. */
GListModel   *zs_report_get_units       (ZsReport      *self);
/* ZsReportLine per chain with a figure in the year, most investment signed
 * in the period first; "no chain" last when it has figures. */
GListModel   *zs_report_get_chains      (ZsReport      *self);
/* @kpi in month @month (1–12) of the report's year; 0 for funds. */
gint64        zs_report_get_month       (ZsReport      *self,
                                         guint          month,
                                         ZsKpi          kpi);
/* The projects now in @stage and their planned investment (0.01 万元). */
gint64        zs_report_get_stage_count (ZsReport      *self,
                                         ZsStage        stage,
                                         gint64        *investment);
/* The day 序时进度 is measured on: the period's last day, or today while
 * the period is still running. */
const char   *zs_report_get_measured_day (ZsReport     *self);
/* zs_report_time_share() of that day. */
double        zs_report_get_time_share  (ZsReport      *self);
gint64        zs_report_get_attention   (ZsReport      *self,
                                         ZsAttention    list);
/* The records on @list (zs_attention_query()'s ids, in its order), read
 * in the same transaction as the figures; NULL until the report is
 * complete. */
GArray       *zs_report_get_attention_ids (ZsReport    *self,
                                           ZsAttention  list);
/* The 督办 items of the period by unit (zs_supervision_tally()): a
 * ZsSupervisionCount per unit with any, the bureau's total last. */
GPtrArray    *zs_report_get_supervision (ZsReport      *self);

G_END_DECLS
