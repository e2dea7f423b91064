/* zs-annual-targets.h — each unit's targets for a year, as the dispatch page measures them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-records.h"
#include "zs-store.h"

G_BEGIN_DECLS

/* The target fields the dispatch figures are measured against, in the
 * dispatch page's order (ZS_TARGET_LEADS … ZS_TARGET_FUNDS_IN_PLACE). */
const guint *zs_annual_target_fields     (guint       *n_fields);

/* The unit's target for @year, or 0 when it has none. */
gint64    zs_annual_targets_get          (ZsStore     *store,
                                          gint64       unit_id,
                                          int          year,
                                          guint        field);
/* Sets one figure, making the unit's target for the year when needed. */
gboolean  zs_annual_targets_set          (ZsStore     *store,
                                          gint64       unit_id,
                                          int          year,
                                          guint        field,
                                          gint64       value,
                                          GError     **error);
/* The sum over every unit of @field for @year. */
gint64    zs_annual_targets_total        (ZsStore     *store,
                                          int          year,
                                          guint        field);
/* Every unit's targets of @from_year written into @to_year (replacing
 * what @to_year had), in one transaction; @n_copied units. */
gboolean  zs_annual_targets_copy_year    (ZsStore     *store,
                                          int          from_year,
                                          int          to_year,
                                          guint       *n_copied,
                                          GError     **error);

G_END_DECLS
