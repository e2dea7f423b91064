/* zs-stage-event.c — one move of a project from one stage to another
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "zs-enums.h"
#include "zs-project.h"
#include "zs-stage-event.h"

static const ZsField stage_event_fields[] = {
  [ZS_STAGE_EVENT_PROJECT_ID] = { "project-id", ZS_FIELD_REF, N_("Project"), ZS_FIELD_REQUIRED | ZS_FIELD_OWNER, zs_project_get_type },
  [ZS_STAGE_EVENT_FROM_STAGE] = { "from-stage", ZS_FIELD_ENUM, N_("From stage"), 0, zs_stage_get_type },
  [ZS_STAGE_EVENT_TO_STAGE] = { "to-stage", ZS_FIELD_ENUM, N_("To stage"), 0, zs_stage_get_type },
  [ZS_STAGE_EVENT_DATE] = { "date", ZS_FIELD_DATE, N_("Date"), ZS_FIELD_REQUIRED },
  [ZS_STAGE_EVENT_NOTE] = { "note", ZS_FIELD_STRING, N_("Note"), ZS_FIELD_MULTILINE },
};

ZS_DEFINE_RECORD_TYPE (ZsStageEvent, zs_stage_event, "stage_events", "stage-event", N_("stage change"), stage_event_fields)
