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
/* What zs_store_stage_entries_grouped() says, for days within the loaded
 * ones: the projects entering @stage, each once, per unit and chain. */
GArray       *zs_report_rows_stage_entries (ZsReportRows  *self,
                                            int            stage,
                                            const char    *first,
                                            const char    *last);
/* What zs_store_funds_grouped() says, for days within the loaded ones. */
GArray       *zs_report_rows_funds         (ZsReportRows  *self,
                                            const char    *first,
                                            const char    *last);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZsReportRows, zs_report_rows_unref)

G_END_DECLS
