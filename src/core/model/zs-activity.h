/* zs-activity.h — an investment activity: outbound trip, visit received, fair or meeting
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-record.h"

G_BEGIN_DECLS

typedef enum {
  ZS_ACTIVITY_NAME,
  ZS_ACTIVITY_KIND,
  ZS_ACTIVITY_START_DATE,
  ZS_ACTIVITY_END_DATE,
  ZS_ACTIVITY_CITIES,
  ZS_ACTIVITY_LEADING_OFFICIAL,
  ZS_ACTIVITY_PARTICIPANTS,
  ZS_ACTIVITY_UNIT_ID,
  ZS_ACTIVITY_ENTERPRISES_VISITED,
  ZS_ACTIVITY_SUMMARY,
  ZS_ACTIVITY_N_FIELDS
} ZsActivityField;

#define ZS_TYPE_ACTIVITY (zs_activity_get_type ())
G_DECLARE_FINAL_TYPE (ZsActivity, zs_activity, ZS, ACTIVITY, ZsRecord)

ZsActivity *zs_activity_new (void);

G_END_DECLS
