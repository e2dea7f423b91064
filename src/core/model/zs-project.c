/* zs-project.c — an investment project from lead to production
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "zs-date.h"
#include "zs-enums.h"
#include "zs-error.h"
#include "zs-activity.h"
#include "zs-carrier.h"
#include "zs-chain.h"
#include "zs-enterprise.h"
#include "zs-lead.h"
#include "zs-partner.h"
#include "zs-person.h"
#include "zs-segment.h"
#include "zs-unit.h"
#include "zs-project.h"

static const ZsField project_fields[] = {
  [ZS_PROJECT_NAME] = { "name", ZS_FIELD_STRING, N_("Project name"), ZS_FIELD_REQUIRED },
  [ZS_PROJECT_INVESTOR] = { "investor", ZS_FIELD_STRING, N_("Investor"), 0 },
  [ZS_PROJECT_ORIGIN_KIND] = { "origin-kind", ZS_FIELD_ENUM, N_("Investor origin"), 0, zs_origin_get_type },
  [ZS_PROJECT_ORIGIN_CITY] = { "origin-city", ZS_FIELD_STRING, N_("Investor city"), 0 },
  [ZS_PROJECT_ORIGIN_PROVINCE] = { "origin-province", ZS_FIELD_STRING, N_("Investor province"), 0 },
  [ZS_PROJECT_ORIGIN_COUNTRY] = { "origin-country", ZS_FIELD_STRING, N_("Investor country"), 0 },
  [ZS_PROJECT_CHAIN_ID] = { "chain-id", ZS_FIELD_REF, N_("Chain"), 0, zs_chain_get_type },
  [ZS_PROJECT_SEGMENT_ID] = { "segment-id", ZS_FIELD_REF, N_("Segment"), 0, zs_segment_get_type },
  [ZS_PROJECT_UNIT_ID] = { "unit-id", ZS_FIELD_REF, N_("Unit"), 0, zs_unit_get_type },
  [ZS_PROJECT_PERSON_ID] = { "person-id", ZS_FIELD_REF, N_("Responsible person"), 0, zs_person_get_type },
  [ZS_PROJECT_STAGE] = { "stage", ZS_FIELD_ENUM, N_("Stage"), 0, zs_stage_get_type },
  [ZS_PROJECT_STAGE_SINCE] = { "stage-since", ZS_FIELD_DATE, N_("In this stage since"), 0 },
  [ZS_PROJECT_GRADE] = { "grade", ZS_FIELD_ENUM, N_("Grade"), 0, zs_grade_get_type },
  [ZS_PROJECT_KEY_PROJECT] = { "key-project", ZS_FIELD_BOOLEAN, N_("Key project"), 0 },
  [ZS_PROJECT_PLANNED_INVESTMENT] = { "planned-investment", ZS_FIELD_INT, N_("Planned total investment (10,000 yuan)"), ZS_FIELD_NON_NEGATIVE | ZS_FIELD_MONEY },
  [ZS_PROJECT_CONTRACT_AMOUNT] = { "contract-amount", ZS_FIELD_INT, N_("Contract amount (10,000 yuan)"), ZS_FIELD_NON_NEGATIVE | ZS_FIELD_MONEY },
  [ZS_PROJECT_FUNDS_IN_PLACE] = { "funds-in-place", ZS_FIELD_INT, N_("Funds in place (10,000 yuan)"), ZS_FIELD_NON_NEGATIVE | ZS_FIELD_MONEY },
  [ZS_PROJECT_FIXED_ASSET_INVESTMENT] = { "fixed-asset-investment", ZS_FIELD_INT, N_("Fixed-asset investment completed (10,000 yuan)"), ZS_FIELD_NON_NEGATIVE | ZS_FIELD_MONEY },
  [ZS_PROJECT_EXPECTED_JOBS] = { "expected-jobs", ZS_FIELD_INT, N_("Expected jobs"), ZS_FIELD_NON_NEGATIVE },
  [ZS_PROJECT_LAND] = { "land", ZS_FIELD_DOUBLE, N_("Land (mu)"), ZS_FIELD_NON_NEGATIVE },
  [ZS_PROJECT_CARRIER_ID] = { "carrier-id", ZS_FIELD_REF, N_("Carrier"), 0, zs_carrier_get_type },
  [ZS_PROJECT_ENTERPRISE_ID] = { "enterprise-id", ZS_FIELD_REF, N_("Target enterprise"), 0, zs_enterprise_get_type },
  [ZS_PROJECT_PARTNER_ID] = { "partner-id", ZS_FIELD_REF, N_("Source partner"), 0, zs_partner_get_type },
  [ZS_PROJECT_LEAD_ID] = { "lead-id", ZS_FIELD_REF, N_("Source lead"), 0, zs_lead_get_type },
  [ZS_PROJECT_ACTIVITY_ID] = { "activity-id", ZS_FIELD_REF, N_("Source activity"), 0, zs_activity_get_type },
  [ZS_PROJECT_FIRST_CONTACT_DATE] = { "first-contact-date", ZS_FIELD_DATE, N_("First contact"), 0 },
  [ZS_PROJECT_SIGNING_DATE] = { "signing-date", ZS_FIELD_DATE, N_("Signed on"), 0 },
  [ZS_PROJECT_REGISTRATION_DATE] = { "registration-date", ZS_FIELD_DATE, N_("Registered on"), 0 },
  [ZS_PROJECT_START_DATE] = { "start-date", ZS_FIELD_DATE, N_("Construction started on"), 0 },
  [ZS_PROJECT_PRODUCTION_DATE] = { "production-date", ZS_FIELD_DATE, N_("In production since"), 0 },
  [ZS_PROJECT_NOTES] = { "notes", ZS_FIELD_STRING, N_("Notes"), ZS_FIELD_MULTILINE },
  [ZS_PROJECT_CONTRACTED_FOREIGN_CAPITAL] = { "contracted-foreign-capital", ZS_FIELD_INT, N_("Contracted foreign capital (10,000 US dollars)"), ZS_FIELD_NON_NEGATIVE | ZS_FIELD_MONEY | ZS_FIELD_DOLLARS },
  [ZS_PROJECT_FOREIGN_CAPITAL_USED] = { "foreign-capital-used", ZS_FIELD_INT, N_("Foreign capital actually used (10,000 US dollars)"), ZS_FIELD_NON_NEGATIVE | ZS_FIELD_MONEY | ZS_FIELD_DOLLARS },
};

struct _ZsProject
{
  ZsRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (ZsProject, zs_project, ZS_TYPE_RECORD)

/* Signing, registration, construction start and production follow each other. */
static gboolean
zs_project_validate (ZsRecord  *record,
                     GError   **error)
{
  static const guint ordered[] = {
    ZS_PROJECT_SIGNING_DATE,
    ZS_PROJECT_REGISTRATION_DATE,
    ZS_PROJECT_START_DATE,
    ZS_PROJECT_PRODUCTION_DATE,
  };
  guint previous = G_MAXUINT;

  for (guint i = 0; i < G_N_ELEMENTS (ordered); i++)
    {
      const char *date = zs_record_get_string (record, ordered[i]);

      if (date == NULL)
        continue;

      if (previous != G_MAXUINT &&
          strcmp (zs_record_get_string (record, previous), date) > 0)
        {
          g_set_error (error, ZS_ERROR, ZS_ERROR_INVALID,
                       _("“%s” (%s) must not be earlier than “%s” (%s)"),
                       g_dgettext (GETTEXT_PACKAGE, project_fields[ordered[i]].label), date,
                       g_dgettext (GETTEXT_PACKAGE, project_fields[previous].label),
                       zs_record_get_string (record, previous));
          return FALSE;
        }
      previous = ordered[i];
    }

  return TRUE;
}

static void
zs_project_class_init (ZsProjectClass *klass)
{
  ZsRecordClass *record_class = ZS_RECORD_CLASS (klass);

  zs_record_class_set_fields (record_class, "projects", "project", N_("project"),
                              project_fields, G_N_ELEMENTS (project_fields));
  record_class->validate = zs_project_validate;
}

static void
zs_project_init (ZsProject *self)
{
}

ZsProject *
zs_project_new (void)
{
  return g_object_new (ZS_TYPE_PROJECT, NULL);
}

int
zs_project_get_days_in_stage (ZsProject  *self,
                              const char *today)
{
  const char *since;

  g_return_val_if_fail (ZS_IS_PROJECT (self), 0);

  since = zs_record_get_string (ZS_RECORD (self), ZS_PROJECT_STAGE_SINCE);
  if (!zs_date_is_valid (since) || !zs_date_is_valid (today))
    return 0;
  return MAX (0, zs_date_days_between (since, today));
}

char *
zs_project_get_warning (ZsProject *self)
{
  ZsRecord *r = ZS_RECORD (self);
  gint64 planned, funds;

  g_return_val_if_fail (ZS_IS_PROJECT (self), NULL);

  planned = zs_record_get_int (r, ZS_PROJECT_PLANNED_INVESTMENT);
  funds = zs_record_get_int (r, ZS_PROJECT_FUNDS_IN_PLACE);
  if (planned > 0 && funds > planned)
    return g_strdup (_("Funds in place are more than the planned total investment. "
                       "Check both amounts; if they are right, this is fine."));
  return NULL;
}
