/* zs-activity.c — an investment activity: outbound trip, visit received, fair or meeting
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "zs-enums.h"
#include "zs-unit.h"
#include "zs-activity.h"

static const ZsField activity_fields[] = {
  [ZS_ACTIVITY_NAME] = { "name", ZS_FIELD_STRING, N_("Activity"), ZS_FIELD_REQUIRED },
  [ZS_ACTIVITY_KIND] = { "kind", ZS_FIELD_ENUM, N_("Kind of activity"), 0, zs_activity_kind_get_type },
  [ZS_ACTIVITY_START_DATE] = { "start-date", ZS_FIELD_DATE, N_("Start date"), ZS_FIELD_REQUIRED },
  [ZS_ACTIVITY_END_DATE] = { "end-date", ZS_FIELD_DATE, N_("End date"), 0 },
  [ZS_ACTIVITY_CITIES] = { "cities", ZS_FIELD_STRING, N_("Cities"), 0 },
  [ZS_ACTIVITY_LEADING_OFFICIAL] = { "leading-official", ZS_FIELD_STRING, N_("Leading official"), 0 },
  [ZS_ACTIVITY_PARTICIPANTS] = { "participants", ZS_FIELD_STRING, N_("Participants"), ZS_FIELD_MULTILINE },
  [ZS_ACTIVITY_UNIT_ID] = { "unit-id", ZS_FIELD_REF, N_("Unit"), 0, zs_unit_get_type },
  [ZS_ACTIVITY_ENTERPRISES_VISITED] = { "enterprises-visited", ZS_FIELD_INT, N_("Enterprises visited"), ZS_FIELD_NON_NEGATIVE },
  [ZS_ACTIVITY_SUMMARY] = { "summary", ZS_FIELD_STRING, N_("Summary"), ZS_FIELD_MULTILINE },
};

ZS_DEFINE_RECORD_TYPE (ZsActivity, zs_activity, "activities", "activity", N_("activity"), activity_fields)
