/* zs-carrier.h — a resource carrier: park, idle factory or building
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-record.h"

G_BEGIN_DECLS

typedef enum {
  ZS_CARRIER_NAME,
  ZS_CARRIER_KIND,
  ZS_CARRIER_LOCATION,
  ZS_CARRIER_UNIT_ID,
  ZS_CARRIER_TOTAL_AREA,
  ZS_CARRIER_AVAILABLE_AREA,
  ZS_CARRIER_FLOORS,
  ZS_CARRIER_HEIGHT,
  ZS_CARRIER_FLOOR_LOAD,
  ZS_CARRIER_PRICE,
  ZS_CARRIER_PERSON_ID,
  ZS_CARRIER_LAST_UPDATE,
  ZS_CARRIER_NOTES,
  ZS_CARRIER_N_FIELDS
} ZsCarrierField;

#define ZS_TYPE_CARRIER (zs_carrier_get_type ())
G_DECLARE_FINAL_TYPE (ZsCarrier, zs_carrier, ZS, CARRIER, ZsRecord)

ZsCarrier *zs_carrier_new (void);

G_END_DECLS
