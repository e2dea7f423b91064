/* zs-activities-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <gtk/gtk.h>

#include "zs-core.h"
#include "zs-page.h"

G_BEGIN_DECLS

#define ZS_TYPE_ACTIVITIES_PAGE (zs_activities_page_get_type ())
G_DECLARE_FINAL_TYPE (ZsActivitiesPage, zs_activities_page, ZS, ACTIVITIES_PAGE, ZsPage)

/* The activities of the period: a ZsRecordList of ZsActivity. */
GListModel  *zs_activities_page_get_model   (ZsActivitiesPage  *self);
/* Shows the month, quarter or year holding @day. */
void         zs_activities_page_set_period  (ZsActivitiesPage  *self,
                                             ZsPeriodKind       kind,
                                             const char        *day);
/* The period before (-1) or after (1). */
void         zs_activities_page_step        (ZsActivitiesPage  *self,
                                             int                steps);
const char  *zs_activities_page_get_period_title (ZsActivitiesPage *self);
const ZsActivityFigures *zs_activities_page_get_figures (ZsActivitiesPage *self);
/* Shows @activity's page (a new one has id 0). */
GtkWidget   *zs_activities_page_open_activity (ZsActivitiesPage *self,
                                               ZsActivity       *activity);

G_END_DECLS
