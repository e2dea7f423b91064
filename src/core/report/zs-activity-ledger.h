/* zs-activity-ledger.h — the activities ledger (招商活动台账) by period
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * What the bureau reports about its activities in a month, quarter or
 * year: how many outbound trips, how many enterprises were visited, and
 * the leads and signed projects the activities produced (through their
 * links, or a project's source activity).
 */
#pragma once

#include "zs-query.h"
#include "zs-store.h"

G_BEGIN_DECLS

typedef struct {
  gint64 activities;
  gint64 trips;               /* outbound trips */
  gint64 enterprises_visited; /* as recorded, or the enterprises linked when not */
  gint64 leads;
  gint64 projects_signed;     /* signed (or further), not terminated */
} ZsActivityFigures;

/* Activities that start between @first and @last (ISO, inclusive), by start date. */
ZsQuery  *zs_activity_period_query    (const char         *first,
                                       const char         *last);
/* The figures of the activities of @activities (a query of activities). */
gboolean  zs_activity_figures_compute (ZsStore            *store,
                                       ZsQuery            *activities,
                                       ZsActivityFigures  *figures,
                                       GError            **error);

/* What one activity met and produced: enterprises, leads and projects
 * linked to it (projects also through their source activity). */
ZsQuery  *zs_activity_enterprises_query (gint64 activity_id);
ZsQuery  *zs_activity_leads_query       (gint64 activity_id);
ZsQuery  *zs_activity_projects_query    (gint64 activity_id);
/* The link between an activity and @type (enterprise, lead or project)
 * number @id, or 0. */
gint64    zs_activity_find_link         (ZsStore    *store,
                                         gint64      activity_id,
                                         GType       type,
                                         gint64      id);

G_END_DECLS
