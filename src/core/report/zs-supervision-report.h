/* zs-supervision-report.h — 督办 items counted by unit, and what they are about
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <gio/gio.h>

#include "zs-query.h"
#include "zs-record.h"
#include "zs-store.h"

G_BEGIN_DECLS

/* The project, lead or carrier a 批示, a 督办 item or a reply (through its
 * item) is about: a new reference, or NULL and @error. */
ZsRecord   *zs_supervision_load_owner     (ZsStore     *store,
                                           ZsRecord    *record,
                                           GError     **error);

/* Open 督办 items whose deadline is on or before @last_day, the oldest
 * deadline first: due (@last_day today) and overdue. */
ZsQuery    *zs_supervision_due_query      (const char  *last_day);

/* A unit's 督办 items in a period. */
typedef struct {
  gint64  unit_id;          /* 0 for the bureau's total */
  char   *unit;             /* the unit's name; "合计" for the total */
  guint   open;             /* open, the deadline not passed */
  guint   closed_on_time;   /* closed in the period, on or before the deadline */
  guint   overdue;          /* open past the deadline, or closed in the period after it */
} ZsSupervisionCount;

void        zs_supervision_count_free     (ZsSupervisionCount *count);

/* The 督办 items of the days @first to @last as the store holds them on
 * @today, a ZsSupervisionCount per unit that has any, in the bureau's
 * order, and the total last (always there, zero when there are none).
 * Items closed before @first count nowhere. */
GPtrArray  *zs_supervision_tally          (ZsStore     *store,
                                           const char  *first,
                                           const char  *last,
                                           const char  *today,
                                           GError     **error);

/* A unit's overdue items in @tally (0 when it has none): what a ranking of
 * units (红黑榜) holds against it. */
guint       zs_supervision_tally_overdue  (GPtrArray   *tally,
                                           gint64       unit_id);

/* "督办逾期 3 天 · 城东街道 · 张三 · 科医联创二期": why an open item is late. */
char       *zs_supervision_describe       (ZsStore     *store,
                                           ZsRecord    *supervision,
                                           const char  *today);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZsSupervisionCount, zs_supervision_count_free)

G_END_DECLS
