/* zs-activity-link.c — what an activity met or produced: an enterprise, a lead or a project
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "zs-enums.h"
#include "zs-activity.h"
#include "zs-enterprise.h"
#include "zs-lead.h"
#include "zs-project.h"
#include "zs-activity-link.h"

static const ZsField activity_link_fields[] = {
  [ZS_ACTIVITY_LINK_ACTIVITY_ID] = { "activity-id", ZS_FIELD_REF, N_("Activity"), ZS_FIELD_REQUIRED | ZS_FIELD_OWNER, zs_activity_get_type },
  [ZS_ACTIVITY_LINK_ENTERPRISE_ID] = { "enterprise-id", ZS_FIELD_REF, N_("Enterprise"), ZS_FIELD_OWNER, zs_enterprise_get_type },
  [ZS_ACTIVITY_LINK_LEAD_ID] = { "lead-id", ZS_FIELD_REF, N_("Lead"), ZS_FIELD_OWNER, zs_lead_get_type },
  [ZS_ACTIVITY_LINK_PROJECT_ID] = { "project-id", ZS_FIELD_REF, N_("Project"), ZS_FIELD_OWNER, zs_project_get_type },
  [ZS_ACTIVITY_LINK_NOTE] = { "note", ZS_FIELD_STRING, N_("Note"), 0 },
};

ZS_DEFINE_RECORD_TYPE (ZsActivityLink, zs_activity_link, "activity_links", "activity-link", N_("activity link"), activity_link_fields)
