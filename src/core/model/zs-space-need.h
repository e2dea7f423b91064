/* zs-space-need.h — a project's need for space that no carrier could meet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-record.h"

G_BEGIN_DECLS

typedef enum {
  ZS_SPACE_NEED_PROJECT_ID,
  ZS_SPACE_NEED_AREA,
  ZS_SPACE_NEED_DATE,
  ZS_SPACE_NEED_LARGEST_AVAILABLE,
  ZS_SPACE_NEED_MET_DATE,
  ZS_SPACE_NEED_CARRIER_ID,
  ZS_SPACE_NEED_NOTES,
  ZS_SPACE_NEED_N_FIELDS
} ZsSpaceNeedField;

#define ZS_TYPE_SPACE_NEED (zs_space_need_get_type ())
G_DECLARE_FINAL_TYPE (ZsSpaceNeed, zs_space_need, ZS, SPACE_NEED, ZsRecord)

ZsSpaceNeed *zs_space_need_new (void);

G_END_DECLS
