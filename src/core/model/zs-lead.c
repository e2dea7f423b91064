/* zs-lead.c — a lead for a possible project, with its response deadlines
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "zs-enums.h"
#include "zs-chain.h"
#include "zs-enterprise.h"
#include "zs-partner.h"
#include "zs-person.h"
#include "zs-unit.h"
#include "zs-lead.h"

static const ZsField lead_fields[] = {
  [ZS_LEAD_NAME] = { "name", ZS_FIELD_STRING, N_("Lead"), ZS_FIELD_REQUIRED },
  [ZS_LEAD_COMPANY] = { "company", ZS_FIELD_STRING, N_("Company"), 0 },
  [ZS_LEAD_PARTNER_ID] = { "partner-id", ZS_FIELD_REF, N_("Referred by"), 0, zs_partner_get_type },
  [ZS_LEAD_RECEIVED_DATE] = { "received-date", ZS_FIELD_DATE, N_("Received on"), ZS_FIELD_REQUIRED },
  [ZS_LEAD_CHAIN_ID] = { "chain-id", ZS_FIELD_REF, N_("Chain"), 0, zs_chain_get_type },
  [ZS_LEAD_ESTIMATED_INVESTMENT] = { "estimated-investment", ZS_FIELD_INT, N_("Estimated investment (10,000 yuan)"), ZS_FIELD_NON_NEGATIVE | ZS_FIELD_MONEY },
  [ZS_LEAD_DESCRIPTION] = { "description", ZS_FIELD_STRING, N_("Description"), ZS_FIELD_MULTILINE },
  [ZS_LEAD_STATUS] = { "status", ZS_FIELD_ENUM, N_("Status"), 0, zs_lead_status_get_type },
  [ZS_LEAD_UNIT_ID] = { "unit-id", ZS_FIELD_REF, N_("Unit"), 0, zs_unit_get_type },
  [ZS_LEAD_PERSON_ID] = { "person-id", ZS_FIELD_REF, N_("Responsible person"), 0, zs_person_get_type },
  [ZS_LEAD_ENTERPRISE_ID] = { "enterprise-id", ZS_FIELD_REF, N_("Target enterprise"), 0, zs_enterprise_get_type },
  [ZS_LEAD_RESPOND_DUE] = { "respond-due", ZS_FIELD_DATE, N_("Respond by"), 0 },
  [ZS_LEAD_ASSESS_DUE] = { "assess-due", ZS_FIELD_DATE, N_("Assess by"), 0 },
  [ZS_LEAD_FEEDBACK_DUE] = { "feedback-due", ZS_FIELD_DATE, N_("Feed back to referrer by"), 0 },
  [ZS_LEAD_RESPONDED_DATE] = { "responded-date", ZS_FIELD_DATE, N_("Responded on"), 0 },
  [ZS_LEAD_ASSESSED_DATE] = { "assessed-date", ZS_FIELD_DATE, N_("Assessed on"), 0 },
  [ZS_LEAD_FED_BACK_DATE] = { "fed-back-date", ZS_FIELD_DATE, N_("Fed back on"), 0 },
  [ZS_LEAD_DROP_REASON] = { "drop-reason", ZS_FIELD_STRING, N_("Reason for dropping"), 0 },
};

ZS_DEFINE_RECORD_TYPE (ZsLead, zs_lead, "leads", "lead", N_("lead"), lead_fields)
