/* zs-chain-group.c — a group of the industry catalogue: the key chains or the new tracks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "zs-enums.h"
#include "zs-chain-group.h"

static const ZsField chain_group_fields[] = {
  [ZS_CHAIN_GROUP_NAME] = { "name", ZS_FIELD_STRING, N_("Group name"), ZS_FIELD_REQUIRED },
  [ZS_CHAIN_GROUP_KIND] = { "kind", ZS_FIELD_ENUM, N_("Kind of group"), 0, zs_group_kind_get_type },
  [ZS_CHAIN_GROUP_POLICY_SIZE] = { "policy-size", ZS_FIELD_INT, N_("Number set by policy"), ZS_FIELD_NON_NEGATIVE },
  [ZS_CHAIN_GROUP_POSITION] = { "position", ZS_FIELD_INT, N_("Order"), ZS_FIELD_NON_NEGATIVE },
};

ZS_DEFINE_RECORD_TYPE (ZsChainGroup, zs_chain_group, "chain_groups", "chain-group", N_("chain group"), chain_group_fields)
