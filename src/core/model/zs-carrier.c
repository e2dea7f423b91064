/* zs-carrier.c — a resource carrier: park, idle factory or building
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "zs-enums.h"
#include "zs-person.h"
#include "zs-unit.h"
#include "zs-carrier.h"

static const ZsField carrier_fields[] = {
  [ZS_CARRIER_NAME] = { "name", ZS_FIELD_STRING, N_("Carrier name"), ZS_FIELD_REQUIRED },
  [ZS_CARRIER_KIND] = { "kind", ZS_FIELD_ENUM, N_("Kind of carrier"), 0, zs_carrier_kind_get_type },
  [ZS_CARRIER_LOCATION] = { "location", ZS_FIELD_STRING, N_("Location"), 0 },
  [ZS_CARRIER_UNIT_ID] = { "unit-id", ZS_FIELD_REF, N_("Unit"), 0, zs_unit_get_type },
  [ZS_CARRIER_TOTAL_AREA] = { "total-area", ZS_FIELD_INT, N_("Total area (m²)"), ZS_FIELD_NON_NEGATIVE | ZS_FIELD_AREA },
  [ZS_CARRIER_AVAILABLE_AREA] = { "available-area", ZS_FIELD_INT, N_("Available area (m²)"), ZS_FIELD_NON_NEGATIVE | ZS_FIELD_AREA },
  [ZS_CARRIER_FLOORS] = { "floors", ZS_FIELD_INT, N_("Floors"), ZS_FIELD_NON_NEGATIVE },
  [ZS_CARRIER_HEIGHT] = { "height", ZS_FIELD_DOUBLE, N_("Clear height (m)"), ZS_FIELD_NON_NEGATIVE },
  [ZS_CARRIER_FLOOR_LOAD] = { "floor-load", ZS_FIELD_DOUBLE, N_("Floor load (t/m²)"), ZS_FIELD_NON_NEGATIVE },
  [ZS_CARRIER_PRICE] = { "price", ZS_FIELD_STRING, N_("Rent or sale price"), 0 },
  [ZS_CARRIER_PERSON_ID] = { "person-id", ZS_FIELD_REF, N_("Responsible person"), 0, zs_person_get_type },
  [ZS_CARRIER_LAST_UPDATE] = { "last-update", ZS_FIELD_DATE, N_("Last updated"), 0 },
  [ZS_CARRIER_NOTES] = { "notes", ZS_FIELD_STRING, N_("Notes"), ZS_FIELD_MULTILINE },
};

ZS_DEFINE_RECORD_TYPE (ZsCarrier, zs_carrier, "carriers", "carrier", N_("carrier"), carrier_fields)
