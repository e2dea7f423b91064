/* zs-partner.c — a partner who brings leads: city partner, chief representative, liaison office, chamber, notable native or enterprise contact
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "zs-enums.h"
#include "zs-person.h"
#include "zs-partner.h"

static const ZsField partner_fields[] = {
  [ZS_PARTNER_NAME] = { "name", ZS_FIELD_STRING, N_("Name"), ZS_FIELD_REQUIRED },
  [ZS_PARTNER_KIND] = { "kind", ZS_FIELD_ENUM, N_("Kind of partner"), 0, zs_partner_kind_get_type },
  [ZS_PARTNER_ORGANISATION] = { "organisation", ZS_FIELD_STRING, N_("Organisation"), 0 },
  [ZS_PARTNER_TITLE] = { "title", ZS_FIELD_STRING, N_("Title"), 0 },
  [ZS_PARTNER_CITY] = { "city", ZS_FIELD_STRING, N_("City"), 0 },
  [ZS_PARTNER_NATIVE_PLACE] = { "native-place", ZS_FIELD_STRING, N_("Native place"), 0 },
  [ZS_PARTNER_PHONE] = { "phone", ZS_FIELD_STRING, N_("Phone"), 0 },
  [ZS_PARTNER_EMAIL] = { "email", ZS_FIELD_STRING, N_("Email"), 0 },
  [ZS_PARTNER_WECHAT] = { "wechat", ZS_FIELD_STRING, N_("WeChat"), 0 },
  [ZS_PARTNER_APPOINTED_DATE] = { "appointed-date", ZS_FIELD_DATE, N_("Appointed on"), 0 },
  [ZS_PARTNER_PERSON_ID] = { "person-id", ZS_FIELD_REF, N_("Contact person in the bureau"), 0, zs_person_get_type },
  [ZS_PARTNER_NOTES] = { "notes", ZS_FIELD_STRING, N_("Notes"), ZS_FIELD_MULTILINE },
};

ZS_DEFINE_RECORD_TYPE (ZsPartner, zs_partner, "partners", "partner", N_("partner"), partner_fields)
