/* zs-chain-group.h — a group of the industry catalogue: the key chains or the new tracks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-record.h"

G_BEGIN_DECLS

typedef enum {
  ZS_CHAIN_GROUP_NAME,
  ZS_CHAIN_GROUP_KIND,
  ZS_CHAIN_GROUP_POLICY_SIZE,
  ZS_CHAIN_GROUP_POSITION,
  ZS_CHAIN_GROUP_N_FIELDS
} ZsChainGroupField;

#define ZS_TYPE_CHAIN_GROUP (zs_chain_group_get_type ())
G_DECLARE_FINAL_TYPE (ZsChainGroup, zs_chain_group, ZS, CHAIN_GROUP, ZsRecord)

ZsChainGroup *zs_chain_group_new (void);

G_END_DECLS
