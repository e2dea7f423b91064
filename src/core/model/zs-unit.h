/* zs-unit.h — a department or town that owns projects
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-record.h"

G_BEGIN_DECLS

typedef enum {
  ZS_UNIT_NAME,
  ZS_UNIT_KIND,
  ZS_UNIT_POSITION,
  ZS_UNIT_RETIRED,
  ZS_UNIT_N_FIELDS
} ZsUnitField;

#define ZS_TYPE_UNIT (zs_unit_get_type ())
G_DECLARE_FINAL_TYPE (ZsUnit, zs_unit, ZS, UNIT, ZsRecord)

ZsUnit *zs_unit_new (void);

G_END_DECLS
