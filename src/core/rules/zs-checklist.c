/* zs-checklist.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "zs-checklist.h"
#include "zs-project.h"
#include "zs-stage-event.h"

ZsQuery *
zs_checklist_query (ZsStage     stage,
                    const char *first,
                    const char *last,
                    ZsQuery    *base)
{
  g_autoptr(ZsQuery) events = zs_query_new (ZS_TYPE_STAGE_EVENT);
  ZsQuery *projects = base != NULL ? zs_query_copy (base) : zs_query_new (ZS_TYPE_PROJECT);

  zs_query_add_int (events, ZS_STAGE_EVENT_TO_STAGE, ZS_QUERY_EQ, stage);
  zs_query_add_string (events, ZS_STAGE_EVENT_DATE, ZS_QUERY_GE, first);
  zs_query_add_string (events, ZS_STAGE_EVENT_DATE, ZS_QUERY_LE, last);
  zs_query_add_subquery (projects, -1, events, ZS_STAGE_EVENT_PROJECT_ID);
  return projects;
}
