/* zs-segment.c — one ordered segment of a chain and its gap
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "zs-enums.h"
#include "zs-chain.h"
#include "zs-segment.h"

static const ZsField segment_fields[] = {
  [ZS_SEGMENT_CHAIN_ID] = { "chain-id", ZS_FIELD_REF, N_("Chain"), ZS_FIELD_REQUIRED | ZS_FIELD_OWNER, zs_chain_get_type },
  [ZS_SEGMENT_NAME] = { "name", ZS_FIELD_STRING, N_("Segment name"), ZS_FIELD_REQUIRED },
  [ZS_SEGMENT_POSITION] = { "position", ZS_FIELD_INT, N_("Order"), ZS_FIELD_NON_NEGATIVE },
  [ZS_SEGMENT_GAP_KIND] = { "gap-kind", ZS_FIELD_ENUM, N_("Gap"), 0, zs_gap_kind_get_type },
  [ZS_SEGMENT_NOTES] = { "notes", ZS_FIELD_STRING, N_("Notes"), ZS_FIELD_MULTILINE },
};

ZS_DEFINE_RECORD_TYPE (ZsSegment, zs_segment, "segments", "segment", N_("segment"), segment_fields)
