/* zs-targets.h — the target-enterprise ledger (目标企业台账) and what comes of a target
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-records.h"
#include "zs-store.h"

G_BEGIN_DECLS

/* Any role, any contact status. */
#define ZS_TARGETS_ANY (-1)

/* The enterprises of chain @chain_id (0: of every chain) with @role
 * (usually ZS_ROLE_TARGET) and contact status @status (either may be
 * ZS_TARGETS_ANY) matching @search, in the ledger's default order: the
 * most recently contacted first. */
ZsQuery   *zs_targets_query        (gint64         chain_id,
                                    int            role,
                                    int            status,
                                    const char    *search);

/* Leads and projects that came of @enterprise: the other half of the link
 * a lead's or project's target enterprise makes. */
ZsQuery   *zs_targets_query_leads    (ZsEnterprise *enterprise);
ZsQuery   *zs_targets_query_projects (ZsEnterprise *enterprise);

/* Turns @enterprise into a saved lead received @today, or a saved project
 * at the lead stage since @today, with its name, chain, segment and
 * responsible person (and that person's unit) filled in and pointing back
 * at the enterprise. */
ZsLead    *zs_targets_make_lead    (ZsStore       *store,
                                    ZsEnterprise  *enterprise,
                                    const char    *today,
                                    GError       **error);
ZsProject *zs_targets_make_project (ZsStore       *store,
                                    ZsEnterprise  *enterprise,
                                    const char    *today,
                                    GError       **error);

G_END_DECLS
