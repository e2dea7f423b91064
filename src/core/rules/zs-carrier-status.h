/* zs-carrier-status.h — the monthly update (月更新) and the totals of the carriers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-carrier.h"
#include "zs-enums.h"
#include "zs-store.h"

G_BEGIN_DECLS

#define ZS_CARRIER_N_KINDS (ZS_CARRIER_BUILDING + 1)

/* A carrier is due its monthly update (月更新) when it was last updated
 * before the first day of @today's month, or never. */
gboolean  zs_carrier_is_stale          (ZsCarrier   *carrier,
                                        const char  *today);
/* The carriers due their monthly update on @today. */
ZsQuery  *zs_carrier_stale_query       (const char  *today);

typedef struct {
  gint64 count;
  gint64 total_area;      /* m² */
  gint64 available_area;  /* m² */
} ZsCarrierTotals;

/* Fills @totals[kind] for each kind and @totals[ZS_CARRIER_N_KINDS] for all
 * of them, over the carriers matching @query (NULL: every carrier). */
gboolean  zs_carrier_totals_by_kind    (ZsStore         *store,
                                        ZsQuery         *query,
                                        ZsCarrierTotals  totals[ZS_CARRIER_N_KINDS + 1],
                                        GError         **error);

/* The projects in @carrier: with @placed, those signed and later (in
 * production too), otherwise those still in talks (lead, negotiating).
 * Terminated projects are in neither. */
ZsQuery  *zs_carrier_projects_query    (gint64       carrier_id,
                                        gboolean     placed);

G_END_DECLS
