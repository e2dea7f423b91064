/* zs-store-funds.c — the dispatch report's narrow rows: projects' figures,
 * stage events and funds entries by day
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The rule that keeps a project's total is in core/rules/zs-funds-rules.c.
 * These rows are read whole and joined to their projects in memory by the
 * report (core/report/zs-report-rows.c); each engine reads them from
 * narrow indexes.
 */
#include "config.h"

#include "zs-store-private.h"

GArray *
zs_store_project_figures (ZsStore  *self,
                          GError  **error)
{
  g_return_val_if_fail (ZS_IS_STORE (self), NULL);

  return self->ops->project_figures (self->backend, error);
}

GArray *
zs_store_stage_events_between (ZsStore     *self,
                               int          first_stage,
                               int          last_stage,
                               const char  *first,
                               const char  *last,
                               GError     **error)
{
  g_return_val_if_fail (ZS_IS_STORE (self), NULL);
  g_return_val_if_fail (first != NULL && last != NULL, NULL);

  return self->ops->stage_events_between (self->backend, first_stage, last_stage, first, last, error);
}

GArray *
zs_store_funds_between (ZsStore     *self,
                        const char  *first,
                        const char  *last,
                        GError     **error)
{
  g_return_val_if_fail (ZS_IS_STORE (self), NULL);
  g_return_val_if_fail (first != NULL && last != NULL, NULL);

  return self->ops->funds_between (self->backend, first, last, error);
}
