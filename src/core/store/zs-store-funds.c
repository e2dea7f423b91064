/* zs-store-funds.c — funds entries and stage entries summed by their
 * projects' unit and chain
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The rule that keeps a project's total is in core/rules/zs-funds-rules.c;
 * this is the one query over entries joined to their projects, which a
 * ZsQuery cannot say, so each backend answers it (funds_grouped). So is
 * the count of projects entering a stage: a join of events to projects
 * that each engine makes read only the figures (stage_entries_grouped).
 */
#include "config.h"

#include "zs-store-private.h"

GArray *
zs_store_funds_grouped (ZsStore     *self,
                        const char  *first,
                        const char  *last,
                        GError     **error)
{
  g_return_val_if_fail (ZS_IS_STORE (self), NULL);
  g_return_val_if_fail (first != NULL && last != NULL, NULL);

  return self->ops->funds_grouped (self->backend, first, last, error);
}

GArray *
zs_store_stage_entries_grouped (ZsStore     *self,
                                int          stage,
                                const char  *first,
                                const char  *last,
                                GError     **error)
{
  g_return_val_if_fail (ZS_IS_STORE (self), NULL);
  g_return_val_if_fail (first != NULL && last != NULL, NULL);

  return self->ops->stage_entries_grouped (self->backend, stage, first, last, error);
}

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
