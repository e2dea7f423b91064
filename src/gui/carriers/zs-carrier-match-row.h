/* zs-carrier-match-row.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <gtk/gtk.h>

#include "zs-core.h"

G_BEGIN_DECLS

#define ZS_TYPE_CARRIER_MATCH_ROW (zs_carrier_match_row_get_type ())
G_DECLARE_FINAL_TYPE (ZsCarrierMatchRow, zs_carrier_match_row, ZS, CARRIER_MATCH_ROW, GtkWidget)

ZsCarrierMatchRow *zs_carrier_match_row_new        (ZsStore               *store,
                                                    const char            *today);
/* Shows @carrier as the @rank-th best fit (from 1), and why, from @match;
 * its button places the project there ("match.place" with the carrier id). */
void               zs_carrier_match_row_set        (ZsCarrierMatchRow     *self,
                                                    ZsCarrier             *carrier,
                                                    const ZsCarrierMatch  *match,
                                                    guint                  rank);
const char        *zs_carrier_match_row_get_reason (ZsCarrierMatchRow     *self);

G_END_DECLS
