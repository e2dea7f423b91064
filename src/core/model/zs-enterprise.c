/* zs-enterprise.c — an enterprise on the industry map: chain leader, supplier or target
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "zs-enums.h"
#include "zs-chain.h"
#include "zs-person.h"
#include "zs-segment.h"
#include "zs-enterprise.h"

static const ZsField enterprise_fields[] = {
  [ZS_ENTERPRISE_NAME] = { "name", ZS_FIELD_STRING, N_("Enterprise name"), ZS_FIELD_REQUIRED },
  [ZS_ENTERPRISE_CHAIN_ID] = { "chain-id", ZS_FIELD_REF, N_("Chain"), 0, zs_chain_get_type },
  [ZS_ENTERPRISE_SEGMENT_ID] = { "segment-id", ZS_FIELD_REF, N_("Segment"), 0, zs_segment_get_type },
  [ZS_ENTERPRISE_ROLE] = { "role", ZS_FIELD_ENUM, N_("Role"), 0, zs_enterprise_role_get_type },
  [ZS_ENTERPRISE_LOCATION] = { "location", ZS_FIELD_STRING, N_("Location"), 0 },
  [ZS_ENTERPRISE_CONTACT_STATUS] = { "contact-status", ZS_FIELD_ENUM, N_("Contact status"), 0, zs_contact_status_get_type },
  [ZS_ENTERPRISE_LAST_CONTACT_DATE] = { "last-contact-date", ZS_FIELD_DATE, N_("Last contact"), 0 },
  [ZS_ENTERPRISE_PERSON_ID] = { "person-id", ZS_FIELD_REF, N_("Responsible person"), 0, zs_person_get_type },
  [ZS_ENTERPRISE_NEXT_STEP] = { "next-step", ZS_FIELD_STRING, N_("Next step"), ZS_FIELD_MULTILINE },
  [ZS_ENTERPRISE_NOTES] = { "notes", ZS_FIELD_STRING, N_("Notes"), ZS_FIELD_MULTILINE },
};

ZS_DEFINE_RECORD_TYPE (ZsEnterprise, zs_enterprise, "enterprises", "enterprise", N_("enterprise"), enterprise_fields)
