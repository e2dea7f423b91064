/* zs-obstacle.c — an obstacle holding a project up and the measure taken against it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "zs-enums.h"
#include "zs-person.h"
#include "zs-project.h"
#include "zs-obstacle.h"

static const ZsField obstacle_fields[] = {
  [ZS_OBSTACLE_PROJECT_ID] = { "project-id", ZS_FIELD_REF, N_("Project"), ZS_FIELD_REQUIRED | ZS_FIELD_OWNER, zs_project_get_type },
  [ZS_OBSTACLE_DESCRIPTION] = { "description", ZS_FIELD_STRING, N_("Obstacle"), ZS_FIELD_REQUIRED | ZS_FIELD_MULTILINE },
  [ZS_OBSTACLE_MEASURE] = { "measure", ZS_FIELD_STRING, N_("Push measure"), ZS_FIELD_MULTILINE },
  [ZS_OBSTACLE_STATE] = { "state", ZS_FIELD_ENUM, N_("State"), 0, zs_obstacle_state_get_type },
  [ZS_OBSTACLE_PERSON_ID] = { "person-id", ZS_FIELD_REF, N_("Responsible person"), 0, zs_person_get_type },
  [ZS_OBSTACLE_DUE_DATE] = { "due-date", ZS_FIELD_DATE, N_("Due on"), 0 },
  [ZS_OBSTACLE_RESOLVED_DATE] = { "resolved-date", ZS_FIELD_DATE, N_("Resolved on"), 0 },
};

ZS_DEFINE_RECORD_TYPE (ZsObstacle, zs_obstacle, "obstacles", "obstacle", N_("obstacle"), obstacle_fields)
