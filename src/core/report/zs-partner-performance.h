/* zs-partner-performance.h — what each partner brought the bureau
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The figures a bureau looks at when it re-appoints its chief
 * representatives and city partners: leads brought, leads converted into
 * projects, projects signed (signed, or further, and not terminated) with
 * their planned investment and funds in place, and the days since the last
 * contact. Computed for every partner of a query from a few grouped
 * queries, never one partner at a time.
 */
#pragma once

#include <gio/gio.h>

#include "zs-partner.h"
#include "zs-query.h"
#include "zs-store.h"

G_BEGIN_DECLS

typedef enum {
  ZS_SCORE_NAME,          /* the partner query's own order */
  ZS_SCORE_LEADS,
  ZS_SCORE_CONVERTED,
  ZS_SCORE_PROJECTS,
  ZS_SCORE_PLANNED,       /* 0.01 万元 */
  ZS_SCORE_FUNDS,         /* 0.01 万元 */
  ZS_SCORE_DAYS_WITHOUT_CONTACT,  /* -1: never contacted */
  ZS_SCORE_N_COLUMNS
} ZsScoreColumn;

/* The queries behind the figures, for one partner or (@partner_id 0) all. */
ZsQuery *zs_partner_leads_query          (gint64 partner_id);
ZsQuery *zs_partner_converted_query      (gint64 partner_id);
ZsQuery *zs_partner_signed_projects_query (gint64 partner_id);
/* Every project the partner brought, at any stage. */
ZsQuery *zs_partner_projects_query       (gint64 partner_id);

/* One partner's figures, indexed by ZsScoreColumn (the name slot is 0). */
gboolean zs_partner_score_compute        (ZsStore    *store,
                                          gint64      partner_id,
                                          const char *today,
                                          gint64     *values,
                                          GError    **error);

#define ZS_TYPE_PARTNER_SCORE (zs_partner_score_get_type ())
G_DECLARE_FINAL_TYPE (ZsPartnerScore, zs_partner_score, ZS, PARTNER_SCORE, GObject)

gint64      zs_partner_score_get_partner_id (ZsPartnerScore *self);
/* The partner record, loaded when first asked for. */
ZsPartner  *zs_partner_score_get_partner    (ZsPartnerScore *self);
gint64      zs_partner_score_get_value      (ZsPartnerScore *self,
                                             ZsScoreColumn   column);

#define ZS_TYPE_PARTNER_PERFORMANCE (zs_partner_performance_get_type ())
G_DECLARE_FINAL_TYPE (ZsPartnerPerformance, zs_partner_performance, ZS, PARTNER_PERFORMANCE, GObject)

/* A list model of ZsPartnerScore, one per partner of the last computed query. */
ZsPartnerPerformance *zs_partner_performance_new      (ZsStore              *store,
                                                       const char           *today);
/* A copy of the rows as they are, in their order, over no store yet: what
 * a worker thread reads on a connection of its own (set with
 * zs_partner_performance_set_store() before the first item), while the
 * page's table goes on. */
ZsPartnerPerformance *zs_partner_performance_copy      (ZsPartnerPerformance *self);
void                  zs_partner_performance_set_store (ZsPartnerPerformance *self,
                                                        ZsStore              *store);
/* The day "days without contact" counts to, from the next computation. */
void                  zs_partner_performance_set_today (ZsPartnerPerformance *self,
                                                        const char           *today);
/* Figures for the partners @partners finds, in its order until sorted. */
gboolean              zs_partner_performance_compute  (ZsPartnerPerformance *self,
                                                       ZsQuery              *partners,
                                                       GError              **error);
/* Sorts by @column; ties keep the query's order. "Never contacted" counts
 * as the longest time without contact. */
void                  zs_partner_performance_sort     (ZsPartnerPerformance *self,
                                                       ZsScoreColumn         column,
                                                       gboolean              descending);
/* Sums over every partner of the list (the days column: how many were
 * never contacted). */
void                  zs_partner_performance_get_totals (ZsPartnerPerformance *self,
                                                         gint64               *values);
/* The position of @partner_id, or -1. */
int                   zs_partner_performance_find     (ZsPartnerPerformance *self,
                                                       gint64                partner_id);

G_END_DECLS
