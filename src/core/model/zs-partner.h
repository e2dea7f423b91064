/* zs-partner.h — a partner who brings leads: city partner, chief representative, liaison office, chamber, notable native or enterprise contact
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-record.h"

G_BEGIN_DECLS

typedef enum {
  ZS_PARTNER_NAME,
  ZS_PARTNER_KIND,
  ZS_PARTNER_ORGANISATION,
  ZS_PARTNER_TITLE,
  ZS_PARTNER_CITY,
  ZS_PARTNER_NATIVE_PLACE,
  ZS_PARTNER_PHONE,
  ZS_PARTNER_EMAIL,
  ZS_PARTNER_WECHAT,
  ZS_PARTNER_APPOINTED_DATE,
  ZS_PARTNER_PERSON_ID,
  ZS_PARTNER_NOTES,
  ZS_PARTNER_N_FIELDS
} ZsPartnerField;

#define ZS_TYPE_PARTNER (zs_partner_get_type ())
G_DECLARE_FINAL_TYPE (ZsPartner, zs_partner, ZS, PARTNER, ZsRecord)

ZsPartner *zs_partner_new (void);

G_END_DECLS
