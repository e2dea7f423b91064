/* zs-project.h — an investment project from lead to production
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-record.h"

G_BEGIN_DECLS

typedef enum {
  ZS_PROJECT_NAME,
  ZS_PROJECT_INVESTOR,
  ZS_PROJECT_ORIGIN_KIND,
  ZS_PROJECT_ORIGIN_CITY,
  ZS_PROJECT_ORIGIN_PROVINCE,
  ZS_PROJECT_ORIGIN_COUNTRY,
  ZS_PROJECT_CHAIN_ID,
  ZS_PROJECT_SEGMENT_ID,
  ZS_PROJECT_UNIT_ID,
  ZS_PROJECT_PERSON_ID,
  ZS_PROJECT_STAGE,
  ZS_PROJECT_STAGE_SINCE,
  ZS_PROJECT_GRADE,
  ZS_PROJECT_KEY_PROJECT,
  ZS_PROJECT_PLANNED_INVESTMENT,
  ZS_PROJECT_CONTRACT_AMOUNT,
  ZS_PROJECT_FUNDS_IN_PLACE,
  ZS_PROJECT_FIXED_ASSET_INVESTMENT,
  ZS_PROJECT_EXPECTED_JOBS,
  ZS_PROJECT_LAND,
  ZS_PROJECT_CARRIER_ID,
  ZS_PROJECT_ENTERPRISE_ID,
  ZS_PROJECT_PARTNER_ID,
  ZS_PROJECT_LEAD_ID,
  ZS_PROJECT_ACTIVITY_ID,
  ZS_PROJECT_FIRST_CONTACT_DATE,
  ZS_PROJECT_SIGNING_DATE,
  ZS_PROJECT_REGISTRATION_DATE,
  ZS_PROJECT_START_DATE,
  ZS_PROJECT_PRODUCTION_DATE,
  ZS_PROJECT_NOTES,
  /* A foreign-invested project's capital in 0.01 万美元, as the national
   * foreign-investment statistics count it: contracted (合同外资) and
   * actually used (实际使用外资). */
  ZS_PROJECT_CONTRACTED_FOREIGN_CAPITAL,
  ZS_PROJECT_FOREIGN_CAPITAL_USED,
  ZS_PROJECT_N_FIELDS
} ZsProjectField;

#define ZS_TYPE_PROJECT (zs_project_get_type ())
G_DECLARE_FINAL_TYPE (ZsProject, zs_project, ZS, PROJECT, ZsRecord)

ZsProject *zs_project_new                  (void);
/* Whole days in the current stage on @today (ISO); 0 when unknown. */
int        zs_project_get_days_in_stage    (ZsProject  *self,
                                            const char *today);
/* Something worth a second look that does not stop saving (funds in place
 * above the planned investment), or NULL. */
char      *zs_project_get_warning          (ZsProject  *self);

G_END_DECLS
