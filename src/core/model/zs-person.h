/* zs-person.h — a member of staff who can be responsible for work
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-record.h"

G_BEGIN_DECLS

typedef enum {
  ZS_PERSON_NAME,
  ZS_PERSON_UNIT_ID,
  ZS_PERSON_TITLE,
  ZS_PERSON_PHONE,
  ZS_PERSON_ACTIVE,
  ZS_PERSON_N_FIELDS
} ZsPersonField;

#define ZS_TYPE_PERSON (zs_person_get_type ())
G_DECLARE_FINAL_TYPE (ZsPerson, zs_person, ZS, PERSON, ZsRecord)

ZsPerson *zs_person_new (void);

G_END_DECLS
