/* zs-space-need.c — a project's need for space that no carrier could meet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Recorded when a search for a carrier finds none with enough available
 * area, so the bureau sees what space it lacks ("no fit"); met when the
 * project is later placed in a carrier.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "zs-enums.h"
#include "zs-carrier.h"
#include "zs-project.h"
#include "zs-space-need.h"

static const ZsField space_need_fields[] = {
  [ZS_SPACE_NEED_PROJECT_ID] = { "project-id", ZS_FIELD_REF, N_("Project"), ZS_FIELD_REQUIRED | ZS_FIELD_OWNER, zs_project_get_type },
  [ZS_SPACE_NEED_AREA] = { "area", ZS_FIELD_INT, N_("Area needed (m²)"), ZS_FIELD_REQUIRED | ZS_FIELD_NON_NEGATIVE | ZS_FIELD_AREA },
  [ZS_SPACE_NEED_DATE] = { "date", ZS_FIELD_DATE, N_("Recorded on"), ZS_FIELD_REQUIRED },
  [ZS_SPACE_NEED_LARGEST_AVAILABLE] = { "largest-available", ZS_FIELD_INT, N_("Largest available area then (m²)"), ZS_FIELD_NON_NEGATIVE | ZS_FIELD_AREA },
  [ZS_SPACE_NEED_MET_DATE] = { "met-date", ZS_FIELD_DATE, N_("Met on"), 0 },
  [ZS_SPACE_NEED_CARRIER_ID] = { "carrier-id", ZS_FIELD_REF, N_("Placed in"), 0, zs_carrier_get_type },
  [ZS_SPACE_NEED_NOTES] = { "notes", ZS_FIELD_STRING, N_("Notes"), ZS_FIELD_MULTILINE },
};

ZS_DEFINE_RECORD_TYPE (ZsSpaceNeed, zs_space_need, "space_needs", "space-need", N_("unmet space need"), space_need_fields)
