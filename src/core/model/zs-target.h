/* zs-target.h — the annual targets of one unit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-record.h"

G_BEGIN_DECLS

typedef enum {
  ZS_TARGET_UNIT_ID,
  ZS_TARGET_YEAR,
  ZS_TARGET_LEADS,
  ZS_TARGET_SIGNED_COUNT,
  ZS_TARGET_SIGNED_INVESTMENT,
  ZS_TARGET_REGISTERED_COUNT,
  ZS_TARGET_STARTED_COUNT,
  ZS_TARGET_PRODUCTION_COUNT,
  ZS_TARGET_FUNDS_IN_PLACE,
  ZS_TARGET_N_FIELDS
} ZsTargetField;

#define ZS_TYPE_TARGET (zs_target_get_type ())
G_DECLARE_FINAL_TYPE (ZsTarget, zs_target, ZS, TARGET, ZsRecord)

ZsTarget *zs_target_new (void);

G_END_DECLS
