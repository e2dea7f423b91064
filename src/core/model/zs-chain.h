/* zs-chain.h — an industrial chain or new track and its chain-leader facts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-record.h"

G_BEGIN_DECLS

typedef enum {
  ZS_CHAIN_GROUP_ID,
  ZS_CHAIN_POSITION,
  ZS_CHAIN_NAME,
  ZS_CHAIN_VERIFIED,
  ZS_CHAIN_SOURCE,
  ZS_CHAIN_CHAIN_LEADER,
  ZS_CHAIN_CONVENER,
  ZS_CHAIN_LEAD_DEPARTMENT,
  ZS_CHAIN_PLAN,
  ZS_CHAIN_INDUSTRY_MAP,
  ZS_CHAIN_ACTION_PLAN,
  ZS_CHAIN_POLICIES,
  ZS_CHAIN_N_FIELDS
} ZsChainField;

#define ZS_TYPE_CHAIN (zs_chain_get_type ())
G_DECLARE_FINAL_TYPE (ZsChain, zs_chain, ZS, CHAIN, ZsRecord)

ZsChain *zs_chain_new (void);

G_END_DECLS
