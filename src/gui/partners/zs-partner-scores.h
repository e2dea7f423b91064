/* zs-partner-scores.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <gtk/gtk.h>

#include "zs-core.h"

G_BEGIN_DECLS

#define ZS_TYPE_PARTNER_SCORES (zs_partner_scores_get_type ())
G_DECLARE_FINAL_TYPE (ZsPartnerScores, zs_partner_scores, ZS, PARTNER_SCORES, GtkWidget)

ZsPartnerScores *zs_partner_scores_new         (ZsStore         *store,
                                                const char      *today);
/* The day "days without contact" counts to, from the next zs_partner_scores_set_query(). */
void             zs_partner_scores_set_today   (ZsPartnerScores *self,
                                                const char      *today);
/* Computes the figures of the partners @partners finds. */
gboolean         zs_partner_scores_set_query   (ZsPartnerScores *self,
                                                ZsQuery         *partners,
                                                GError         **error);
/* The rows: a ZsPartnerPerformance. */
GListModel      *zs_partner_scores_get_model   (ZsPartnerScores *self);
/* Sorts by the column of @column, as a click on its header does. */
void             zs_partner_scores_sort_by     (ZsPartnerScores *self,
                                                ZsScoreColumn    column,
                                                gboolean         descending);
const char      *zs_partner_scores_get_totals  (ZsPartnerScores *self);

G_END_DECLS
