/* zs-project-filter.h — the one filter the board columns and the ledger share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-enums.h"
#include "zs-query.h"
#include "zs-store.h"

G_BEGIN_DECLS

#define ZS_TYPE_PROJECT_FILTER (zs_project_filter_get_type ())
G_DECLARE_FINAL_TYPE (ZsProjectFilter, zs_project_filter, ZS, PROJECT_FILTER, GObject)

/* Any grade. */
#define ZS_PROJECT_FILTER_ANY_GRADE (-1)

ZsProjectFilter *zs_project_filter_new         (void);
gboolean         zs_project_filter_is_empty    (ZsProjectFilter *self);
void             zs_project_filter_clear       (ZsProjectFilter *self);

/* The projects the filter lets through; @stage -1 for every stage.
 * "Stale" means no stage change for @stale_days up to @today, in an active stage. */
ZsQuery         *zs_project_filter_to_query    (ZsProjectFilter *self,
                                                int              stage,
                                                const char      *today,
                                                int              stale_days);
/* The same in the board's order: red first, then the longest waiting. */
ZsQuery         *zs_project_filter_to_board_query (ZsProjectFilter *self,
                                                   const char      *today,
                                                   int              stale_days);
/* A short description for export files and titles: "高端化工 · 红". */
char            *zs_project_filter_describe    (ZsProjectFilter *self,
                                                ZsStore         *store);

G_END_DECLS
