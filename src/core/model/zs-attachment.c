/* zs-attachment.c — a file attached to a record (附件)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "zs-activity.h"
#include "zs-attachment.h"
#include "zs-carrier.h"
#include "zs-enterprise.h"
#include "zs-lead.h"
#include "zs-partner.h"
#include "zs-project.h"
#include "zs-supervision-reply.h"

static const ZsField attachment_fields[] = {
  [ZS_ATTACHMENT_PROJECT_ID] = { "project-id", ZS_FIELD_REF, N_("Project"), ZS_FIELD_OWNER, zs_project_get_type },
  [ZS_ATTACHMENT_LEAD_ID] = { "lead-id", ZS_FIELD_REF, N_("Lead"), ZS_FIELD_OWNER, zs_lead_get_type },
  [ZS_ATTACHMENT_ENTERPRISE_ID] = { "enterprise-id", ZS_FIELD_REF, N_("Enterprise"), ZS_FIELD_OWNER, zs_enterprise_get_type },
  [ZS_ATTACHMENT_PARTNER_ID] = { "partner-id", ZS_FIELD_REF, N_("Partner"), ZS_FIELD_OWNER, zs_partner_get_type },
  [ZS_ATTACHMENT_CARRIER_ID] = { "carrier-id", ZS_FIELD_REF, N_("Carrier"), ZS_FIELD_OWNER, zs_carrier_get_type },
  [ZS_ATTACHMENT_ACTIVITY_ID] = { "activity-id", ZS_FIELD_REF, N_("Activity"), ZS_FIELD_OWNER, zs_activity_get_type },
  [ZS_ATTACHMENT_SUPERVISION_REPLY_ID] = { "supervision-reply-id", ZS_FIELD_REF, N_("Reply"), ZS_FIELD_OWNER, zs_supervision_reply_get_type },
  [ZS_ATTACHMENT_NAME] = { "name", ZS_FIELD_STRING, N_("File name"), ZS_FIELD_REQUIRED },
  [ZS_ATTACHMENT_CONTENT_TYPE] = { "content-type", ZS_FIELD_STRING, N_("Kind"), 0 },
  [ZS_ATTACHMENT_SIZE] = { "size", ZS_FIELD_INT, N_("Size (bytes)"), ZS_FIELD_NON_NEGATIVE },
  [ZS_ATTACHMENT_ADDED_BY] = { "added-by", ZS_FIELD_STRING, N_("Added by"), 0 },
};

ZS_DEFINE_RECORD_TYPE (ZsAttachment, zs_attachment, "attachments", "attachment", N_("attachment"), attachment_fields)

int
zs_attachment_owner_field (GType owner_type)
{
  for (guint i = 0; i <= ZS_ATTACHMENT_LAST_OWNER; i++)
    if (attachment_fields[i].get_type () == owner_type)
      return (int) i;
  return -1;
}
