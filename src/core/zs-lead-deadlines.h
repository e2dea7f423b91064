/* zs-lead-deadlines.h — leads past their response deadlines
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-query.h"
#include "zs-store.h"

G_BEGIN_DECLS

/* The leads past a deadline on @today (ISO): an open lead (new, assessed
 * or following up) not answered by its respond-by date or not assessed by
 * its assess-by date, or any lead whose referrer was not told by its
 * feed-back-by date. A deadline falling on @today is not yet missed.
 * Oldest first. */
ZsQuery *zs_lead_overdue_query (ZsStore    *store,
                                const char *today);

G_END_DECLS
