/* zs-enums.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "zs-enums.h"

G_DEFINE_ENUM_TYPE (ZsStage, zs_stage,
  G_DEFINE_ENUM_VALUE (ZS_STAGE_LEAD, "lead"),
  G_DEFINE_ENUM_VALUE (ZS_STAGE_NEGOTIATING, "negotiating"),
  G_DEFINE_ENUM_VALUE (ZS_STAGE_SIGNED, "signed"),
  G_DEFINE_ENUM_VALUE (ZS_STAGE_REGISTERED, "registered"),
  G_DEFINE_ENUM_VALUE (ZS_STAGE_STARTED, "started"),
  G_DEFINE_ENUM_VALUE (ZS_STAGE_PRODUCTION, "production"),
  G_DEFINE_ENUM_VALUE (ZS_STAGE_TERMINATED, "terminated"))

G_DEFINE_ENUM_TYPE (ZsGrade, zs_grade,
  G_DEFINE_ENUM_VALUE (ZS_GRADE_GREEN, "green"),
  G_DEFINE_ENUM_VALUE (ZS_GRADE_YELLOW, "yellow"),
  G_DEFINE_ENUM_VALUE (ZS_GRADE_ORANGE, "orange"),
  G_DEFINE_ENUM_VALUE (ZS_GRADE_RED, "red"))

G_DEFINE_ENUM_TYPE (ZsOrigin, zs_origin,
  G_DEFINE_ENUM_VALUE (ZS_ORIGIN_LOCAL, "local"),
  G_DEFINE_ENUM_VALUE (ZS_ORIGIN_IN_PROVINCE, "in-province"),
  G_DEFINE_ENUM_VALUE (ZS_ORIGIN_OUT_OF_PROVINCE, "out-of-province"),
  G_DEFINE_ENUM_VALUE (ZS_ORIGIN_FOREIGN, "foreign"))

G_DEFINE_ENUM_TYPE (ZsGroupKind, zs_group_kind,
  G_DEFINE_ENUM_VALUE (ZS_GROUP_KIND_CHAIN, "chain"),
  G_DEFINE_ENUM_VALUE (ZS_GROUP_KIND_TRACK, "track"))

G_DEFINE_ENUM_TYPE (ZsGapKind, zs_gap_kind,
  G_DEFINE_ENUM_VALUE (ZS_GAP_NONE, "none"),
  G_DEFINE_ENUM_VALUE (ZS_GAP_FILL, "fill"),
  G_DEFINE_ENUM_VALUE (ZS_GAP_EXTEND, "extend"),
  G_DEFINE_ENUM_VALUE (ZS_GAP_STRENGTHEN, "strengthen"))

G_DEFINE_ENUM_TYPE (ZsEnterpriseRole, zs_enterprise_role,
  G_DEFINE_ENUM_VALUE (ZS_ROLE_LEADER, "leader"),
  G_DEFINE_ENUM_VALUE (ZS_ROLE_SUPPORTING, "supporting"),
  G_DEFINE_ENUM_VALUE (ZS_ROLE_TARGET, "target"))

G_DEFINE_ENUM_TYPE (ZsContactStatus, zs_contact_status,
  G_DEFINE_ENUM_VALUE (ZS_CONTACT_STATUS_NONE, "not-contacted"),
  G_DEFINE_ENUM_VALUE (ZS_CONTACT_STATUS_CONTACTED, "contacted"),
  G_DEFINE_ENUM_VALUE (ZS_CONTACT_STATUS_NEGOTIATING, "negotiating"),
  G_DEFINE_ENUM_VALUE (ZS_CONTACT_STATUS_LANDED, "landed"),
  G_DEFINE_ENUM_VALUE (ZS_CONTACT_STATUS_ABANDONED, "abandoned"))

G_DEFINE_ENUM_TYPE (ZsPartnerKind, zs_partner_kind,
  G_DEFINE_ENUM_VALUE (ZS_PARTNER_CITY_PARTNER, "city-partner"),
  G_DEFINE_ENUM_VALUE (ZS_PARTNER_CHIEF_REPRESENTATIVE, "chief-representative"),
  G_DEFINE_ENUM_VALUE (ZS_PARTNER_LIAISON_OFFICE, "liaison-office"),
  G_DEFINE_ENUM_VALUE (ZS_PARTNER_CHAMBER, "chamber"),
  G_DEFINE_ENUM_VALUE (ZS_PARTNER_NOTABLE_NATIVE, "notable-native"),
  G_DEFINE_ENUM_VALUE (ZS_PARTNER_ENTERPRISE_CONTACT, "enterprise-contact"))

G_DEFINE_ENUM_TYPE (ZsContactChannel, zs_contact_channel,
  G_DEFINE_ENUM_VALUE (ZS_CHANNEL_VISIT, "visit"),
  G_DEFINE_ENUM_VALUE (ZS_CHANNEL_CALL, "call"),
  G_DEFINE_ENUM_VALUE (ZS_CHANNEL_WECHAT, "wechat"),
  G_DEFINE_ENUM_VALUE (ZS_CHANNEL_MEETING, "meeting"),
  G_DEFINE_ENUM_VALUE (ZS_CHANNEL_EVENT, "event"))

G_DEFINE_ENUM_TYPE (ZsLeadStatus, zs_lead_status,
  G_DEFINE_ENUM_VALUE (ZS_LEAD_NEW, "new"),
  G_DEFINE_ENUM_VALUE (ZS_LEAD_ASSESSED, "assessed"),
  G_DEFINE_ENUM_VALUE (ZS_LEAD_FOLLOWING, "following"),
  G_DEFINE_ENUM_VALUE (ZS_LEAD_CONVERTED, "converted"),
  G_DEFINE_ENUM_VALUE (ZS_LEAD_DROPPED, "dropped"))

G_DEFINE_ENUM_TYPE (ZsActivityKind, zs_activity_kind,
  G_DEFINE_ENUM_VALUE (ZS_ACTIVITY_OUTBOUND_TRIP, "outbound-trip"),
  G_DEFINE_ENUM_VALUE (ZS_ACTIVITY_VISIT_RECEIVED, "visit-received"),
  G_DEFINE_ENUM_VALUE (ZS_ACTIVITY_FAIR, "fair"),
  G_DEFINE_ENUM_VALUE (ZS_ACTIVITY_MEETING, "meeting"))

G_DEFINE_ENUM_TYPE (ZsCarrierKind, zs_carrier_kind,
  G_DEFINE_ENUM_VALUE (ZS_CARRIER_PARK, "park"),
  G_DEFINE_ENUM_VALUE (ZS_CARRIER_IDLE_FACTORY, "idle-factory"),
  G_DEFINE_ENUM_VALUE (ZS_CARRIER_BUILDING, "building"))

G_DEFINE_ENUM_TYPE (ZsUnitKind, zs_unit_kind,
  G_DEFINE_ENUM_VALUE (ZS_UNIT_DEPARTMENT, "department"),
  G_DEFINE_ENUM_VALUE (ZS_UNIT_TOWN, "town"))

G_DEFINE_ENUM_TYPE (ZsObstacleState, zs_obstacle_state,
  G_DEFINE_ENUM_VALUE (ZS_OBSTACLE_OPEN, "open"),
  G_DEFINE_ENUM_VALUE (ZS_OBSTACLE_RESOLVED, "resolved"))

G_DEFINE_ENUM_TYPE (ZsSupervisionState, zs_supervision_state,
  G_DEFINE_ENUM_VALUE (ZS_SUPERVISION_OPEN, "open"),
  G_DEFINE_ENUM_VALUE (ZS_SUPERVISION_CLOSED, "closed"))

/* Labels are indexed by value; keep them in step with the enums above. */
static const char * const stage_labels[] = {
  N_("Lead"), N_("Negotiating"), N_("Signed"), N_("Registered"),
  N_("Started"), N_("In production"), N_("Terminated"),
};
static const char * const grade_labels[] = {
  N_("Green"), N_("Yellow"), N_("Orange"), N_("Red"),
};
static const char * const origin_labels[] = {
  N_("Local"), N_("Elsewhere in the province"), N_("Out of province"), N_("Foreign"),
};
static const char * const group_kind_labels[] = {
  N_("Manufacturing key chains"), N_("New-field new tracks"),
};
static const char * const gap_kind_labels[] = {
  N_("No gap"), N_("Fill the chain"), N_("Extend the chain"), N_("Strengthen the chain"),
};
static const char * const enterprise_role_labels[] = {
  N_("Chain leader"), N_("Supporting"), N_("Target"),
};
static const char * const contact_status_labels[] = {
  N_("Not contacted"), N_("Contacted"), N_("In talks"), N_("Landed"), N_("Given up"),
};
static const char * const partner_kind_labels[] = {
  N_("City partner"), N_("Chief representative"), N_("Liaison office"),
  N_("Chamber of commerce"), N_("Notable native"), N_("Enterprise contact"),
};
static const char * const contact_channel_labels[] = {
  N_("Visit"), N_("Phone call"), N_("WeChat"), N_("Talks"), N_("Event"),
};
static const char * const lead_status_labels[] = {
  N_("New"), N_("Assessed"), N_("Following up"), N_("Converted"), N_("Dropped"),
};
static const char * const activity_kind_labels[] = {
  N_("Outbound trip"), N_("Visit received"), N_("Fair"), N_("Meeting"),
};
static const char * const carrier_kind_labels[] = {
  N_("Park"), N_("Idle factory"), N_("Building"),
};
static const char * const unit_kind_labels[] = {
  N_("Department"), N_("Town or street"),
};
static const char * const obstacle_state_labels[] = {
  N_("Open"), N_("Resolved"),
};
static const char * const supervision_state_labels[] = {
  N_("Being handled"), N_("Closed"),
};

typedef struct {
  GType              (*get_type) (void);
  const char * const  *labels;
  guint                n_labels;
} EnumLabels;

#define LABELS(fn, arr) { fn, arr, G_N_ELEMENTS (arr) }

static const EnumLabels enum_labels[] = {
  LABELS (zs_stage_get_type, stage_labels),
  LABELS (zs_grade_get_type, grade_labels),
  LABELS (zs_origin_get_type, origin_labels),
  LABELS (zs_group_kind_get_type, group_kind_labels),
  LABELS (zs_gap_kind_get_type, gap_kind_labels),
  LABELS (zs_enterprise_role_get_type, enterprise_role_labels),
  LABELS (zs_contact_status_get_type, contact_status_labels),
  LABELS (zs_partner_kind_get_type, partner_kind_labels),
  LABELS (zs_contact_channel_get_type, contact_channel_labels),
  LABELS (zs_lead_status_get_type, lead_status_labels),
  LABELS (zs_activity_kind_get_type, activity_kind_labels),
  LABELS (zs_carrier_kind_get_type, carrier_kind_labels),
  LABELS (zs_unit_kind_get_type, unit_kind_labels),
  LABELS (zs_obstacle_state_get_type, obstacle_state_labels),
  LABELS (zs_supervision_state_get_type, supervision_state_labels),
};

static const EnumLabels *
find_labels (GType enum_type)
{
  for (guint i = 0; i < G_N_ELEMENTS (enum_labels); i++)
    if (enum_labels[i].get_type () == enum_type)
      return &enum_labels[i];
  return NULL;
}

const char *
zs_enum_get_msgid (GType enum_type,
                   int   value)
{
  const EnumLabels *labels = find_labels (enum_type);

  g_return_val_if_fail (labels != NULL, "");

  if (value < 0 || (guint) value >= labels->n_labels)
    return "";

  return labels->labels[value];
}

const char *
zs_enum_get_label (GType enum_type,
                   int   value)
{
  const char *msgid = zs_enum_get_msgid (enum_type, value);

  return *msgid != '\0' ? g_dgettext (GETTEXT_PACKAGE, msgid) : msgid;
}

guint
zs_enum_get_n_values (GType enum_type)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);

  return klass->n_values;
}

gboolean
zs_enum_from_nick (GType       enum_type,
                   const char *nick,
                   int        *value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *ev;

  if (nick == NULL)
    return FALSE;

  ev = g_enum_get_value_by_nick (klass, nick);
  if (ev == NULL)
    return FALSE;

  *value = ev->value;
  return TRUE;
}

const char *
zs_enum_to_nick (GType enum_type,
                 int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *ev = g_enum_get_value (klass, value);

  /* Nicks are static strings owned by the type, valid after unref. */
  return ev != NULL ? ev->value_nick : NULL;
}

gboolean
zs_stage_is_active (ZsStage stage)
{
  return stage < ZS_STAGE_PRODUCTION;
}

gboolean
zs_stage_is_backwards (ZsStage from,
                       ZsStage to)
{
  if (from == ZS_STAGE_TERMINATED)
    return to != ZS_STAGE_TERMINATED;
  return to != ZS_STAGE_TERMINATED && to < from;
}
