/* zs-carrier-match.h — which carriers can take a project, and what space is lacking
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-carrier.h"
#include "zs-project.h"
#include "zs-space-need.h"
#include "zs-store.h"

G_BEGIN_DECLS

/* 1 亩 is 2000/3 m². */
#define ZS_SQUARE_METRES_PER_MU (2000.0 / 3.0)

/* The area a project needs, from its land in 亩, in whole m²; 0 when unknown. */
gint64       zs_project_get_area_need        (ZsProject        *project);

typedef struct {
  gint64   carrier_id;
  gint64   available_area;
  guint    chain_projects;   /* projects of the project's chain already there */
  gboolean same_unit;        /* the carrier belongs to the project's unit */
  char     last_update[11];  /* ISO date, "" when never updated */
} ZsCarrierMatch;

/* The best-fit order, best first:
 *   1. carriers where projects of the same chain already are (产业集聚);
 *   2. carriers of the project's own unit (its park or town);
 *   3. the smallest available area that is enough (least left idle);
 *   4. the freshest data (latest last update first, never updated last);
 *   5. the older record (lower id), so the order is stable. */
int          zs_carrier_match_compare        (const ZsCarrierMatch *a,
                                              const ZsCarrierMatch *b);

/* The carriers with at least @area m² available, in the order above, for
 * @project's chain and unit. Returns an array of ZsCarrierMatch. */
GArray      *zs_carrier_find_matches         (ZsStore          *store,
                                              ZsProject        *project,
                                              gint64            area,
                                              GError          **error);

/* The largest available area of any carrier, in m². */
gint64       zs_carrier_largest_available    (ZsStore          *store,
                                              GError          **error);

/* Records that no carrier had @area m² for @project on @today ("no fit").
 * A need of the project still open is brought up to date instead of a
 * second one made. Returns the need, saved. */
ZsSpaceNeed *zs_space_need_record            (ZsStore          *store,
                                              ZsProject        *project,
                                              gint64            area,
                                              const char       *today,
                                              GError          **error);

/* Places @project in @carrier and marks the project's open needs met on
 * @today, in one transaction. The project takes its land need from the
 * carrier's available area (zs-carrier-area.c); one with no land recorded
 * takes @area m² (what the clerk searched with; 0: nothing), recorded as
 * its land need. */
gboolean     zs_carrier_place_project        (ZsStore          *store,
                                              ZsProject        *project,
                                              ZsCarrier        *carrier,
                                              gint64            area,
                                              const char       *today,
                                              GError          **error);

/* The needs no carrier has met yet, the largest first. */
ZsQuery     *zs_space_need_open_query        (void);

G_END_DECLS
