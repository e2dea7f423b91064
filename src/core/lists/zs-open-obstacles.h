/* zs-open-obstacles.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-store.h"

G_BEGIN_DECLS

#define ZS_TYPE_OPEN_OBSTACLES (zs_open_obstacles_get_type ())
G_DECLARE_FINAL_TYPE (ZsOpenObstacles, zs_open_obstacles, ZS, OPEN_OBSTACLES, GObject)

/* How many open obstacles each project has, from one grouped query of the
 * store (not one count per project shown), asked again after the store's
 * obstacles change, here or in another program; ::changed follows when a
 * count did. */
ZsOpenObstacles *zs_open_obstacles_new (ZsStore         *store);
gint64           zs_open_obstacles_get (ZsOpenObstacles *self,
                                        gint64           project_id);

G_END_DECLS
