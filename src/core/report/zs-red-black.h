/* zs-red-black.h — the red and black lists (红黑榜) of a report's units
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-report.h"

G_BEGIN_DECLS

typedef struct {
  ZsKpi      kpi;
  /* TRUE: measured by the year's completion of each unit's annual
   * target; FALSE (fewer than two units have a target for the indicator):
   * by the year's value. */
  gboolean   by_target;
  GPtrArray *red;    /* ZsReportLine: the first place, all tied units */
  GPtrArray *black;  /* ZsReportLine: the last place, all tied units */
} ZsRedBlack;

/* The first and last units of @report for @kpi, or NULL when fewer than
 * two units can be compared or all stand level. "No unit" is never
 * listed. */
ZsRedBlack *zs_red_black_new      (ZsReport   *report,
                                   ZsKpi       kpi);
void        zs_red_black_free     (ZsRedBlack *self);
/* What places a unit in the list: "85%" of the target, or the value. */
char       *zs_red_black_describe (ZsRedBlack   *self,
                                   ZsReportLine *line);

/* 督办 in the 红黑榜: units whose items of the report's period were all
 * closed on time (red, the most first) and units with overdue items
 * (black, the most first). Entries are the report's ZsSupervisionCount
 * (zs_report_get_supervision()), valid while it lives. */
typedef struct {
  GPtrArray *red;
  GPtrArray *black;
} ZsRedBlackSupervision;

/* NULL when no unit has an overdue item: the list names none then. */
ZsRedBlackSupervision *zs_red_black_supervision_new  (ZsReport              *report);
void                   zs_red_black_supervision_free (ZsRedBlackSupervision *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZsRedBlack, zs_red_black_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZsRedBlackSupervision, zs_red_black_supervision_free)

G_END_DECLS
