/* zs-supervision.c — a 督办 item
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "zs-carrier.h"
#include "zs-enums.h"
#include "zs-error.h"
#include "zs-lead.h"
#include "zs-person.h"
#include "zs-project.h"
#include "zs-supervision.h"
#include "zs-unit.h"

static const ZsField supervision_fields[] = {
  [ZS_SUPERVISION_PROJECT_ID] = { "project-id", ZS_FIELD_REF, N_("Project"), ZS_FIELD_OWNER, zs_project_get_type },
  [ZS_SUPERVISION_LEAD_ID] = { "lead-id", ZS_FIELD_REF, N_("Lead"), ZS_FIELD_OWNER, zs_lead_get_type },
  [ZS_SUPERVISION_CARRIER_ID] = { "carrier-id", ZS_FIELD_REF, N_("Carrier"), ZS_FIELD_OWNER, zs_carrier_get_type },
  [ZS_SUPERVISION_TASK] = { "task", ZS_FIELD_STRING, N_("What must be done"), ZS_FIELD_REQUIRED | ZS_FIELD_MULTILINE },
  [ZS_SUPERVISION_UNIT_ID] = { "unit-id", ZS_FIELD_REF, N_("Responsible unit"), ZS_FIELD_REQUIRED, zs_unit_get_type },
  [ZS_SUPERVISION_PERSON_ID] = { "person-id", ZS_FIELD_REF, N_("Responsible person"), 0, zs_person_get_type },
  [ZS_SUPERVISION_DEADLINE] = { "deadline", ZS_FIELD_DATE, N_("Deadline"), ZS_FIELD_REQUIRED },
  [ZS_SUPERVISION_STATE] = { "state", ZS_FIELD_ENUM, N_("State"), 0, zs_supervision_state_get_type },
  [ZS_SUPERVISION_CLOSED_DATE] = { "closed-date", ZS_FIELD_DATE, N_("Closed on"), 0 },
};

struct _ZsSupervision
{
  ZsRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (ZsSupervision, zs_supervision, ZS_TYPE_RECORD)

static gboolean
zs_supervision_validate (ZsRecord  *record,
                         GError   **error)
{
  if (zs_record_get_int (record, ZS_SUPERVISION_PROJECT_ID) == 0 &&
      zs_record_get_int (record, ZS_SUPERVISION_LEAD_ID) == 0 &&
      zs_record_get_int (record, ZS_SUPERVISION_CARRIER_ID) == 0)
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_INVALID,
                   _("Choose the project, lead or carrier the supervision item is about."));
      return FALSE;
    }
  /* The counts of items closed on time need the day it was closed. */
  if (zs_supervision_is_closed (record) &&
      zs_record_get_string (record, ZS_SUPERVISION_CLOSED_DATE) == NULL)
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_INVALID,
                   _("A closed supervision item needs the date it was closed."));
      return FALSE;
    }
  return TRUE;
}

static void
zs_supervision_class_init (ZsSupervisionClass *klass)
{
  ZsRecordClass *record_class = ZS_RECORD_CLASS (klass);

  zs_record_class_set_fields (record_class, "supervisions", "supervision", N_("supervision item"),
                              supervision_fields, G_N_ELEMENTS (supervision_fields));
  record_class->validate = zs_supervision_validate;
}

static void
zs_supervision_init (ZsSupervision *self)
{
}

ZsSupervision *
zs_supervision_new (void)
{
  return g_object_new (ZS_TYPE_SUPERVISION, NULL);
}

gboolean
zs_supervision_is_closed (ZsRecord *self)
{
  return zs_record_get_enum (self, ZS_SUPERVISION_STATE) == ZS_SUPERVISION_CLOSED;
}

gboolean
zs_supervision_on_time (ZsRecord *self)
{
  const char *deadline = zs_record_get_string (self, ZS_SUPERVISION_DEADLINE);
  const char *closed = zs_record_get_string (self, ZS_SUPERVISION_CLOSED_DATE);

  return zs_supervision_is_closed (self) && closed != NULL &&
         (deadline == NULL || strcmp (closed, deadline) <= 0);
}

gboolean
zs_supervision_is_overdue (ZsRecord   *self,
                           const char *today)
{
  const char *deadline = zs_record_get_string (self, ZS_SUPERVISION_DEADLINE);

  if (deadline == NULL)
    return FALSE;
  if (zs_supervision_is_closed (self))
    return !zs_supervision_on_time (self);
  return strcmp (today, deadline) > 0;
}
