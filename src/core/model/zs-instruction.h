/* zs-instruction.h — a leader's instruction (批示) on a project, lead or carrier
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-record.h"

G_BEGIN_DECLS

typedef enum {
  ZS_INSTRUCTION_PROJECT_ID,
  ZS_INSTRUCTION_LEAD_ID,
  ZS_INSTRUCTION_CARRIER_ID,
  ZS_INSTRUCTION_TEXT,
  ZS_INSTRUCTION_AUTHOR,
  ZS_INSTRUCTION_DATE,
  ZS_INSTRUCTION_N_FIELDS
} ZsInstructionField;

#define ZS_TYPE_INSTRUCTION (zs_instruction_get_type ())
G_DECLARE_FINAL_TYPE (ZsInstruction, zs_instruction, ZS, INSTRUCTION, ZsRecord)

ZsInstruction *zs_instruction_new (void);

/* The owner field (project, lead or carrier) that 批示 and 督办 items share
 * the index of, for a record of @owner_type; -1 for any other type. */
int            zs_instruction_owner_field (GType owner_type);

G_END_DECLS
