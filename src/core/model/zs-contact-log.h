/* zs-contact-log.h — one contact with a partner or enterprise
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-record.h"

G_BEGIN_DECLS

typedef enum {
  ZS_CONTACT_LOG_PARTNER_ID,
  ZS_CONTACT_LOG_ENTERPRISE_ID,
  ZS_CONTACT_LOG_DATE,
  ZS_CONTACT_LOG_CHANNEL,
  ZS_CONTACT_LOG_PERSON_ID,
  ZS_CONTACT_LOG_NOTES,
  ZS_CONTACT_LOG_FOLLOW_UP_DATE,
  ZS_CONTACT_LOG_N_FIELDS
} ZsContactLogField;

#define ZS_TYPE_CONTACT_LOG (zs_contact_log_get_type ())
G_DECLARE_FINAL_TYPE (ZsContactLog, zs_contact_log, ZS, CONTACT_LOG, ZsRecord)

ZsContactLog *zs_contact_log_new (void);

G_END_DECLS
