/* zs-person.c — a member of staff who can be responsible for work
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "zs-enums.h"
#include "zs-unit.h"
#include "zs-person.h"

static const ZsField person_fields[] = {
  [ZS_PERSON_NAME] = { "name", ZS_FIELD_STRING, N_("Full name"), ZS_FIELD_REQUIRED },
  [ZS_PERSON_UNIT_ID] = { "unit-id", ZS_FIELD_REF, N_("Unit"), 0, zs_unit_get_type },
  [ZS_PERSON_TITLE] = { "title", ZS_FIELD_STRING, N_("Position"), 0 },
  [ZS_PERSON_PHONE] = { "phone", ZS_FIELD_STRING, N_("Phone"), 0 },
  [ZS_PERSON_ACTIVE] = { "active", ZS_FIELD_BOOLEAN, N_("Active"), 0 },
};

ZS_DEFINE_RECORD_TYPE (ZsPerson, zs_person, "people", "person", N_("person"), person_fields)
