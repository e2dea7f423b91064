/* zs-segment.h — one ordered segment of a chain and its gap
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-record.h"

G_BEGIN_DECLS

typedef enum {
  ZS_SEGMENT_CHAIN_ID,
  ZS_SEGMENT_NAME,
  ZS_SEGMENT_POSITION,
  ZS_SEGMENT_GAP_KIND,
  ZS_SEGMENT_NOTES,
  ZS_SEGMENT_N_FIELDS
} ZsSegmentField;

#define ZS_TYPE_SEGMENT (zs_segment_get_type ())
G_DECLARE_FINAL_TYPE (ZsSegment, zs_segment, ZS, SEGMENT, ZsRecord)

ZsSegment *zs_segment_new (void);

G_END_DECLS
