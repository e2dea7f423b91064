/* zs-target.c — the annual targets of one unit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "zs-enums.h"
#include "zs-unit.h"
#include "zs-target.h"

static const ZsField target_fields[] = {
  [ZS_TARGET_UNIT_ID] = { "unit-id", ZS_FIELD_REF, N_("Unit"), ZS_FIELD_REQUIRED | ZS_FIELD_OWNER, zs_unit_get_type },
  [ZS_TARGET_YEAR] = { "year", ZS_FIELD_INT, N_("Year"), ZS_FIELD_REQUIRED | ZS_FIELD_NON_NEGATIVE | ZS_FIELD_YEAR },
  [ZS_TARGET_LEADS] = { "leads", ZS_FIELD_INT, N_("New leads"), ZS_FIELD_NON_NEGATIVE },
  [ZS_TARGET_SIGNED_COUNT] = { "signed-count", ZS_FIELD_INT, N_("Projects signed"), ZS_FIELD_NON_NEGATIVE },
  [ZS_TARGET_SIGNED_INVESTMENT] = { "signed-investment", ZS_FIELD_INT, N_("Planned investment signed (10,000 yuan)"), ZS_FIELD_NON_NEGATIVE | ZS_FIELD_MONEY },
  [ZS_TARGET_REGISTERED_COUNT] = { "registered-count", ZS_FIELD_INT, N_("Projects registered"), ZS_FIELD_NON_NEGATIVE },
  [ZS_TARGET_STARTED_COUNT] = { "started-count", ZS_FIELD_INT, N_("Projects started"), ZS_FIELD_NON_NEGATIVE },
  [ZS_TARGET_PRODUCTION_COUNT] = { "production-count", ZS_FIELD_INT, N_("Projects in production"), ZS_FIELD_NON_NEGATIVE },
  [ZS_TARGET_FUNDS_IN_PLACE] = { "funds-in-place", ZS_FIELD_INT, N_("Funds in place (10,000 yuan)"), ZS_FIELD_NON_NEGATIVE | ZS_FIELD_MONEY },
};

ZS_DEFINE_RECORD_TYPE (ZsTarget, zs_target, "targets", "target", N_("annual target"), target_fields)
