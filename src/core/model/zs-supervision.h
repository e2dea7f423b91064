/* zs-supervision.h — a 督办 item: what a unit must do about a project, lead
 * or carrier, by when, open until it is closed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-record.h"

G_BEGIN_DECLS

/* The owner fields come first and in the order of ZsInstruction's, so
 * zs_instruction_owner_field() names them for both. */
typedef enum {
  ZS_SUPERVISION_PROJECT_ID,
  ZS_SUPERVISION_LEAD_ID,
  ZS_SUPERVISION_CARRIER_ID,
  ZS_SUPERVISION_TASK,
  ZS_SUPERVISION_UNIT_ID,
  ZS_SUPERVISION_PERSON_ID,
  ZS_SUPERVISION_DEADLINE,
  ZS_SUPERVISION_STATE,
  ZS_SUPERVISION_CLOSED_DATE,
  ZS_SUPERVISION_N_FIELDS
} ZsSupervisionField;

#define ZS_TYPE_SUPERVISION (zs_supervision_get_type ())
G_DECLARE_FINAL_TYPE (ZsSupervision, zs_supervision, ZS, SUPERVISION, ZsRecord)

ZsSupervision *zs_supervision_new        (void);
gboolean       zs_supervision_is_closed  (ZsRecord *self);
/* Closed on or before its deadline. */
gboolean       zs_supervision_on_time    (ZsRecord *self);
/* Open past its deadline on @today ("YYYY-MM-DD"), or closed after it. */
gboolean       zs_supervision_is_overdue (ZsRecord   *self,
                                          const char *today);

G_END_DECLS
