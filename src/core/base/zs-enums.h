/* zs-enums.h — the closed vocabularies of the domain
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Values are stored as integers in the database and as nicks in exchange
 * files: append new values, never renumber.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum {
  ZS_STAGE_LEAD,
  ZS_STAGE_NEGOTIATING,
  ZS_STAGE_SIGNED,
  ZS_STAGE_REGISTERED,
  ZS_STAGE_STARTED,
  ZS_STAGE_PRODUCTION,
  ZS_STAGE_TERMINATED,
} ZsStage;
#define ZS_STAGE_N_ACTIVE ZS_STAGE_TERMINATED

typedef enum {
  ZS_GRADE_GREEN,
  ZS_GRADE_YELLOW,
  ZS_GRADE_ORANGE,
  ZS_GRADE_RED,
} ZsGrade;

typedef enum {
  ZS_ORIGIN_LOCAL,
  ZS_ORIGIN_IN_PROVINCE,
  ZS_ORIGIN_OUT_OF_PROVINCE,
  ZS_ORIGIN_FOREIGN,
} ZsOrigin;

typedef enum {
  ZS_GROUP_KIND_CHAIN,
  ZS_GROUP_KIND_TRACK,
} ZsGroupKind;

typedef enum {
  ZS_GAP_NONE,
  ZS_GAP_FILL,
  ZS_GAP_EXTEND,
  ZS_GAP_STRENGTHEN,
} ZsGapKind;

typedef enum {
  ZS_ROLE_LEADER,
  ZS_ROLE_SUPPORTING,
  ZS_ROLE_TARGET,
} ZsEnterpriseRole;

typedef enum {
  ZS_CONTACT_STATUS_NONE,
  ZS_CONTACT_STATUS_CONTACTED,
  ZS_CONTACT_STATUS_NEGOTIATING,
  ZS_CONTACT_STATUS_LANDED,
  ZS_CONTACT_STATUS_ABANDONED,
} ZsContactStatus;

typedef enum {
  ZS_PARTNER_CITY_PARTNER,
  ZS_PARTNER_CHIEF_REPRESENTATIVE,
  ZS_PARTNER_LIAISON_OFFICE,
  ZS_PARTNER_CHAMBER,
  ZS_PARTNER_NOTABLE_NATIVE,
  ZS_PARTNER_ENTERPRISE_CONTACT,
} ZsPartnerKind;

typedef enum {
  ZS_CHANNEL_VISIT,
  ZS_CHANNEL_CALL,
  ZS_CHANNEL_WECHAT,
  ZS_CHANNEL_MEETING,
  ZS_CHANNEL_EVENT,
} ZsContactChannel;

typedef enum {
  ZS_LEAD_NEW,
  ZS_LEAD_ASSESSED,
  ZS_LEAD_FOLLOWING,
  ZS_LEAD_CONVERTED,
  ZS_LEAD_DROPPED,
} ZsLeadStatus;

typedef enum {
  ZS_ACTIVITY_OUTBOUND_TRIP,
  ZS_ACTIVITY_VISIT_RECEIVED,
  ZS_ACTIVITY_FAIR,
  ZS_ACTIVITY_MEETING,
} ZsActivityKind;

typedef enum {
  ZS_CARRIER_PARK,
  ZS_CARRIER_IDLE_FACTORY,
  ZS_CARRIER_BUILDING,
} ZsCarrierKind;

typedef enum {
  ZS_UNIT_DEPARTMENT,
  ZS_UNIT_TOWN,
} ZsUnitKind;

typedef enum {
  ZS_OBSTACLE_OPEN,
  ZS_OBSTACLE_RESOLVED,
} ZsObstacleState;

typedef enum {
  ZS_SUPERVISION_OPEN,
  ZS_SUPERVISION_CLOSED,
} ZsSupervisionState;

#define ZS_TYPE_STAGE (zs_stage_get_type ())
GType zs_stage_get_type (void) G_GNUC_CONST;
#define ZS_TYPE_GRADE (zs_grade_get_type ())
GType zs_grade_get_type (void) G_GNUC_CONST;
#define ZS_TYPE_ORIGIN (zs_origin_get_type ())
GType zs_origin_get_type (void) G_GNUC_CONST;
#define ZS_TYPE_GROUP_KIND (zs_group_kind_get_type ())
GType zs_group_kind_get_type (void) G_GNUC_CONST;
#define ZS_TYPE_GAP_KIND (zs_gap_kind_get_type ())
GType zs_gap_kind_get_type (void) G_GNUC_CONST;
#define ZS_TYPE_ENTERPRISE_ROLE (zs_enterprise_role_get_type ())
GType zs_enterprise_role_get_type (void) G_GNUC_CONST;
#define ZS_TYPE_CONTACT_STATUS (zs_contact_status_get_type ())
GType zs_contact_status_get_type (void) G_GNUC_CONST;
#define ZS_TYPE_PARTNER_KIND (zs_partner_kind_get_type ())
GType zs_partner_kind_get_type (void) G_GNUC_CONST;
#define ZS_TYPE_CONTACT_CHANNEL (zs_contact_channel_get_type ())
GType zs_contact_channel_get_type (void) G_GNUC_CONST;
#define ZS_TYPE_LEAD_STATUS (zs_lead_status_get_type ())
GType zs_lead_status_get_type (void) G_GNUC_CONST;
#define ZS_TYPE_ACTIVITY_KIND (zs_activity_kind_get_type ())
GType zs_activity_kind_get_type (void) G_GNUC_CONST;
#define ZS_TYPE_CARRIER_KIND (zs_carrier_kind_get_type ())
GType zs_carrier_kind_get_type (void) G_GNUC_CONST;
#define ZS_TYPE_UNIT_KIND (zs_unit_kind_get_type ())
GType zs_unit_kind_get_type (void) G_GNUC_CONST;
#define ZS_TYPE_OBSTACLE_STATE (zs_obstacle_state_get_type ())
GType zs_obstacle_state_get_type (void) G_GNUC_CONST;
#define ZS_TYPE_SUPERVISION_STATE (zs_supervision_state_get_type ())
GType zs_supervision_state_get_type (void) G_GNUC_CONST;

/* The translated, human label of one value of any of the enums above. */
const char *zs_enum_get_label (GType enum_type,
                               int   value);
/* The same label untranslated, for documents in both languages. */
const char *zs_enum_get_msgid (GType enum_type,
                               int   value);
guint       zs_enum_get_n_values (GType enum_type);
/* Parse a nick ("signed"); returns FALSE for unknown nicks. */
gboolean    zs_enum_from_nick (GType       enum_type,
                               const char *nick,
                               int        *value);
const char *zs_enum_to_nick (GType enum_type,
                             int   value);

/* Still moving: not yet in production and not terminated. */
gboolean    zs_stage_is_active (ZsStage stage);
/* A move against the pipeline (or out of 终止), which needs a reason. */
gboolean    zs_stage_is_backwards (ZsStage from,
                                   ZsStage to);

static inline const char *
zs_stage_get_label (ZsStage stage)
{
  return zs_enum_get_label (ZS_TYPE_STAGE, stage);
}

static inline const char *
zs_grade_get_label (ZsGrade grade)
{
  return zs_enum_get_label (ZS_TYPE_GRADE, grade);
}

G_END_DECLS
