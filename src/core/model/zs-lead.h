/* zs-lead.h — a lead for a possible project, with its response deadlines
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-record.h"

G_BEGIN_DECLS

typedef enum {
  ZS_LEAD_NAME,
  ZS_LEAD_COMPANY,
  ZS_LEAD_PARTNER_ID,
  ZS_LEAD_RECEIVED_DATE,
  ZS_LEAD_CHAIN_ID,
  ZS_LEAD_ESTIMATED_INVESTMENT,
  ZS_LEAD_DESCRIPTION,
  ZS_LEAD_STATUS,
  ZS_LEAD_UNIT_ID,
  ZS_LEAD_PERSON_ID,
  ZS_LEAD_ENTERPRISE_ID,
  ZS_LEAD_RESPOND_DUE,
  ZS_LEAD_ASSESS_DUE,
  ZS_LEAD_FEEDBACK_DUE,
  ZS_LEAD_RESPONDED_DATE,
  ZS_LEAD_ASSESSED_DATE,
  ZS_LEAD_FED_BACK_DATE,
  ZS_LEAD_DROP_REASON,
  ZS_LEAD_N_FIELDS
} ZsLeadField;

#define ZS_TYPE_LEAD (zs_lead_get_type ())
G_DECLARE_FINAL_TYPE (ZsLead, zs_lead, ZS, LEAD, ZsRecord)

ZsLead *zs_lead_new (void);

G_END_DECLS
