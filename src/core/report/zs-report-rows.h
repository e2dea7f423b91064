/* zs-report-rows.h — the dispatch report's events and funds, joined to
 * their projects in memory
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-store.h"

G_BEGIN_DECLS

typedef struct _ZsReportRows ZsReportRows;

ZsReportRows *zs_report_rows_new           (void);
ZsReportRows *zs_report_rows_ref           (ZsReportRows  *self);
void          zs_report_rows_unref         (ZsReportRows  *self);
/* Reads every project's figures (once) and the stage events and funds
 * entries dated @first … @last, replacing those read before. */
gboolean      zs_report_rows_load          (ZsReportRows  *self,
                                            ZsStore       *store,
                                            const char    *first,
                                            const char    *last,
                                            GError       **error);
/* The projects that entered @stage (an event to it) on a day of @first …
 * @last, within the loaded days, each counted once however many such
 * events it has, per unit (keys[0]) and chain (keys[1]), with the sums of
 * their planned investment (sums[0]), contracted foreign capital (sums[1])
 * and foreign capital used (sums[2]): ZsAggregateRow, one per pair. */
GArray       *zs_report_rows_stage_entries (ZsReportRows  *self,
                                            int            stage,
                                            const char    *first,
                                            const char    *last);
/* The funds entries dated @first … @last, within the loaded days, counted
 * and summed (sums[0]) per unit (keys[0]) and chain (keys[1]) of their
 * projects. */
GArray       *zs_report_rows_funds         (ZsReportRows  *self,
                                            const char    *first,
                                            const char    *last);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZsReportRows, zs_report_rows_unref)

G_END_DECLS
