/* zs-obstacle.h — an obstacle holding a project up and the measure taken against it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-record.h"

G_BEGIN_DECLS

typedef enum {
  ZS_OBSTACLE_PROJECT_ID,
  ZS_OBSTACLE_DESCRIPTION,
  ZS_OBSTACLE_MEASURE,
  ZS_OBSTACLE_STATE,
  ZS_OBSTACLE_PERSON_ID,
  ZS_OBSTACLE_DUE_DATE,
  ZS_OBSTACLE_RESOLVED_DATE,
  ZS_OBSTACLE_N_FIELDS
} ZsObstacleField;

#define ZS_TYPE_OBSTACLE (zs_obstacle_get_type ())
G_DECLARE_FINAL_TYPE (ZsObstacle, zs_obstacle, ZS, OBSTACLE, ZsRecord)

ZsObstacle *zs_obstacle_new (void);

G_END_DECLS
