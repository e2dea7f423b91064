/* zs-stage-event.h — one move of a project from one stage to another
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-record.h"

G_BEGIN_DECLS

typedef enum {
  ZS_STAGE_EVENT_PROJECT_ID,
  ZS_STAGE_EVENT_FROM_STAGE,
  ZS_STAGE_EVENT_TO_STAGE,
  ZS_STAGE_EVENT_DATE,
  ZS_STAGE_EVENT_NOTE,
  ZS_STAGE_EVENT_N_FIELDS
} ZsStageEventField;

#define ZS_TYPE_STAGE_EVENT (zs_stage_event_get_type ())
G_DECLARE_FINAL_TYPE (ZsStageEvent, zs_stage_event, ZS, STAGE_EVENT, ZsRecord)

ZsStageEvent *zs_stage_event_new (void);

G_END_DECLS
