/* zs-partner-contacts.h — partners the bureau has not been in touch with
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-query.h"
#include "zs-store.h"

G_BEGIN_DECLS

/* The partners with no contact log entry in the @days days up to @today
 * (ISO), never contacted ones included, except those appointed within that
 * time. In the order they were added. */
ZsQuery *zs_partner_not_contacted_query (ZsStore    *store,
                                         int         days,
                                         const char *today);

G_END_DECLS
