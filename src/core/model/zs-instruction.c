/* zs-instruction.c — a leader's instruction (批示) on a project, lead or carrier
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "zs-carrier.h"
#include "zs-error.h"
#include "zs-instruction.h"
#include "zs-lead.h"
#include "zs-project.h"

static const ZsField instruction_fields[] = {
  [ZS_INSTRUCTION_PROJECT_ID] = { "project-id", ZS_FIELD_REF, N_("Project"), ZS_FIELD_OWNER, zs_project_get_type },
  [ZS_INSTRUCTION_LEAD_ID] = { "lead-id", ZS_FIELD_REF, N_("Lead"), ZS_FIELD_OWNER, zs_lead_get_type },
  [ZS_INSTRUCTION_CARRIER_ID] = { "carrier-id", ZS_FIELD_REF, N_("Carrier"), ZS_FIELD_OWNER, zs_carrier_get_type },
  [ZS_INSTRUCTION_TEXT] = { "text", ZS_FIELD_STRING, N_("Instruction"), ZS_FIELD_REQUIRED | ZS_FIELD_MULTILINE },
  [ZS_INSTRUCTION_AUTHOR] = { "author", ZS_FIELD_STRING, N_("Leader"), ZS_FIELD_REQUIRED },
  [ZS_INSTRUCTION_DATE] = { "date", ZS_FIELD_DATE, N_("Date of the instruction"), ZS_FIELD_REQUIRED },
};

struct _ZsInstruction
{
  ZsRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (ZsInstruction, zs_instruction, ZS_TYPE_RECORD)

/* An instruction on nothing would be seen nowhere. */
static gboolean
zs_instruction_validate (ZsRecord  *record,
                         GError   **error)
{
  if (zs_record_get_int (record, ZS_INSTRUCTION_PROJECT_ID) != 0 ||
      zs_record_get_int (record, ZS_INSTRUCTION_LEAD_ID) != 0 ||
      zs_record_get_int (record, ZS_INSTRUCTION_CARRIER_ID) != 0)
    return TRUE;

  g_set_error (error, ZS_ERROR, ZS_ERROR_INVALID,
               _("Choose the project, lead or carrier the instruction is about."));
  return FALSE;
}

static void
zs_instruction_class_init (ZsInstructionClass *klass)
{
  ZsRecordClass *record_class = ZS_RECORD_CLASS (klass);

  zs_record_class_set_fields (record_class, "instructions", "instruction", N_("instruction"),
                              instruction_fields, G_N_ELEMENTS (instruction_fields));
  record_class->validate = zs_instruction_validate;
}

static void
zs_instruction_init (ZsInstruction *self)
{
}

ZsInstruction *
zs_instruction_new (void)
{
  return g_object_new (ZS_TYPE_INSTRUCTION, NULL);
}

int
zs_instruction_owner_field (GType owner_type)
{
  for (guint i = 0; i <= ZS_INSTRUCTION_CARRIER_ID; i++)
    if (instruction_fields[i].get_type () == owner_type)
      return (int) i;
  return -1;
}
