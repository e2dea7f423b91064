/* zs-activity-link.c — what an activity met or produced: an enterprise, a lead or a project
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "zs-enums.h"
#include "zs-error.h"
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

struct _ZsActivityLink
{
  ZsRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (ZsActivityLink, zs_activity_link, ZS_TYPE_RECORD)

/* A link with nothing at its other end would count for nothing. */
static gboolean
zs_activity_link_validate (ZsRecord  *record,
                           GError   **error)
{
  if (zs_record_get_int (record, ZS_ACTIVITY_LINK_ENTERPRISE_ID) != 0 ||
      zs_record_get_int (record, ZS_ACTIVITY_LINK_LEAD_ID) != 0 ||
      zs_record_get_int (record, ZS_ACTIVITY_LINK_PROJECT_ID) != 0)
    return TRUE;

  g_set_error (error, ZS_ERROR, ZS_ERROR_INVALID,
               _("Choose the enterprise, lead or project the activity met or produced."));
  return FALSE;
}

static void
zs_activity_link_class_init (ZsActivityLinkClass *klass)
{
  ZsRecordClass *record_class = ZS_RECORD_CLASS (klass);

  zs_record_class_set_fields (record_class, "activity_links", "activity-link", N_("activity link"),
                              activity_link_fields, G_N_ELEMENTS (activity_link_fields));
  record_class->validate = zs_activity_link_validate;
}

static void
zs_activity_link_init (ZsActivityLink *self)
{
}

ZsActivityLink *
zs_activity_link_new (void)
{
  return g_object_new (ZS_TYPE_ACTIVITY_LINK, NULL);
}
