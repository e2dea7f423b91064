/* zs-contact-log.c — one contact with a partner or enterprise
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "zs-enums.h"
#include "zs-enterprise.h"
#include "zs-partner.h"
#include "zs-person.h"
#include "zs-contact-log.h"

static const ZsField contact_log_fields[] = {
  [ZS_CONTACT_LOG_PARTNER_ID] = { "partner-id", ZS_FIELD_REF, N_("Partner"), ZS_FIELD_OWNER, zs_partner_get_type },
  [ZS_CONTACT_LOG_ENTERPRISE_ID] = { "enterprise-id", ZS_FIELD_REF, N_("Enterprise"), ZS_FIELD_OWNER, zs_enterprise_get_type },
  [ZS_CONTACT_LOG_DATE] = { "date", ZS_FIELD_DATE, N_("Date"), ZS_FIELD_REQUIRED },
  [ZS_CONTACT_LOG_CHANNEL] = { "channel", ZS_FIELD_ENUM, N_("Channel"), 0, zs_contact_channel_get_type },
  [ZS_CONTACT_LOG_PERSON_ID] = { "person-id", ZS_FIELD_REF, N_("Contacted by"), 0, zs_person_get_type },
  [ZS_CONTACT_LOG_NOTES] = { "notes", ZS_FIELD_STRING, N_("Notes"), ZS_FIELD_MULTILINE },
  [ZS_CONTACT_LOG_FOLLOW_UP_DATE] = { "follow-up-date", ZS_FIELD_DATE, N_("Follow up on"), 0 },
};

ZS_DEFINE_RECORD_TYPE (ZsContactLog, zs_contact_log, "contact_logs", "contact", N_("contact log entry"), contact_log_fields)
