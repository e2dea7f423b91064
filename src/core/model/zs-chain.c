/* zs-chain.c — an industrial chain or new track and its chain-leader facts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "zs-enums.h"
#include "zs-chain-group.h"
#include "zs-chain.h"

static const ZsField chain_fields[] = {
  [ZS_CHAIN_GROUP_ID] = { "group-id", ZS_FIELD_REF, N_("Group"), ZS_FIELD_REQUIRED | ZS_FIELD_OWNER, zs_chain_group_get_type },
  [ZS_CHAIN_POSITION] = { "position", ZS_FIELD_INT, N_("Order"), ZS_FIELD_NON_NEGATIVE },
  [ZS_CHAIN_NAME] = { "name", ZS_FIELD_STRING, N_("Chain name"), ZS_FIELD_REQUIRED },
  [ZS_CHAIN_VERIFIED] = { "verified", ZS_FIELD_BOOLEAN, N_("Confirmed"), 0 },
  [ZS_CHAIN_SOURCE] = { "source", ZS_FIELD_STRING, N_("Source of the name"), ZS_FIELD_MULTILINE },
  [ZS_CHAIN_CHAIN_LEADER] = { "chain-leader", ZS_FIELD_STRING, N_("Chain leader (city official)"), 0 },
  [ZS_CHAIN_CONVENER] = { "convener", ZS_FIELD_STRING, N_("Convener"), 0 },
  [ZS_CHAIN_LEAD_DEPARTMENT] = { "lead-department", ZS_FIELD_STRING, N_("Lead department"), 0 },
  [ZS_CHAIN_PLAN] = { "plan", ZS_FIELD_STRING, N_("Industry plan"), ZS_FIELD_MULTILINE },
  [ZS_CHAIN_INDUSTRY_MAP] = { "industry-map", ZS_FIELD_STRING, N_("Industry investment map"), ZS_FIELD_MULTILINE },
  [ZS_CHAIN_ACTION_PLAN] = { "action-plan", ZS_FIELD_STRING, N_("Action plan"), ZS_FIELD_MULTILINE },
  [ZS_CHAIN_POLICIES] = { "policies", ZS_FIELD_STRING, N_("Support policies"), ZS_FIELD_MULTILINE },
};

ZS_DEFINE_RECORD_TYPE (ZsChain, zs_chain, "chains", "chain", N_("chain"), chain_fields)
