/* zs-activity-link.h — what an activity met or produced: an enterprise, a lead or a project
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-record.h"

G_BEGIN_DECLS

typedef enum {
  ZS_ACTIVITY_LINK_ACTIVITY_ID,
  ZS_ACTIVITY_LINK_ENTERPRISE_ID,
  ZS_ACTIVITY_LINK_LEAD_ID,
  ZS_ACTIVITY_LINK_PROJECT_ID,
  ZS_ACTIVITY_LINK_NOTE,
  ZS_ACTIVITY_LINK_N_FIELDS
} ZsActivityLinkField;

#define ZS_TYPE_ACTIVITY_LINK (zs_activity_link_get_type ())
G_DECLARE_FINAL_TYPE (ZsActivityLink, zs_activity_link, ZS, ACTIVITY_LINK, ZsRecord)

ZsActivityLink *zs_activity_link_new (void);

G_END_DECLS
