/* zs-enterprise.h — an enterprise on the industry map: chain leader, supplier or target
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-record.h"

G_BEGIN_DECLS

typedef enum {
  ZS_ENTERPRISE_NAME,
  ZS_ENTERPRISE_CHAIN_ID,
  ZS_ENTERPRISE_SEGMENT_ID,
  ZS_ENTERPRISE_ROLE,
  ZS_ENTERPRISE_LOCATION,
  ZS_ENTERPRISE_CONTACT_STATUS,
  ZS_ENTERPRISE_LAST_CONTACT_DATE,
  ZS_ENTERPRISE_PERSON_ID,
  ZS_ENTERPRISE_NEXT_STEP,
  ZS_ENTERPRISE_NOTES,
  ZS_ENTERPRISE_N_FIELDS
} ZsEnterpriseField;

#define ZS_TYPE_ENTERPRISE (zs_enterprise_get_type ())
G_DECLARE_FINAL_TYPE (ZsEnterprise, zs_enterprise, ZS, ENTERPRISE, ZsRecord)

ZsEnterprise *zs_enterprise_new (void);

G_END_DECLS
