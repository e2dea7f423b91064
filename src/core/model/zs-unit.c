/* zs-unit.c — a department or town that owns projects
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "zs-enums.h"
#include "zs-unit.h"

static const ZsField unit_fields[] = {
  [ZS_UNIT_NAME] = { "name", ZS_FIELD_STRING, N_("Unit name"), ZS_FIELD_REQUIRED },
  [ZS_UNIT_KIND] = { "kind", ZS_FIELD_ENUM, N_("Kind of unit"), 0, zs_unit_kind_get_type },
  [ZS_UNIT_POSITION] = { "position", ZS_FIELD_INT, N_("Order"), ZS_FIELD_NON_NEGATIVE },
  [ZS_UNIT_RETIRED] = { "retired", ZS_FIELD_BOOLEAN, N_("No longer in use"), 0 },
};

ZS_DEFINE_RECORD_TYPE (ZsUnit, zs_unit, "units", "unit", N_("unit"), unit_fields)
