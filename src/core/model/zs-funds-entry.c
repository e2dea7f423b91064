/* zs-funds-entry.c — funds that arrived for a project on one day (资金到位记录)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The amount is signed: a negative entry corrects an earlier one without
 * rewriting history. The project's funds in place is the sum of its
 * entries, kept by the store (zs-store-records.c).
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "zs-funds-entry.h"
#include "zs-project.h"

static const ZsField funds_entry_fields[] = {
  [ZS_FUNDS_ENTRY_PROJECT_ID] = { "project-id", ZS_FIELD_REF, N_("Project"), ZS_FIELD_REQUIRED | ZS_FIELD_OWNER, zs_project_get_type },
  [ZS_FUNDS_ENTRY_DATE] = { "date", ZS_FIELD_DATE, N_("Arrived on"), ZS_FIELD_REQUIRED },
  [ZS_FUNDS_ENTRY_AMOUNT] = { "amount", ZS_FIELD_INT, N_("Amount arrived (10,000 yuan)"), ZS_FIELD_REQUIRED | ZS_FIELD_NON_ZERO | ZS_FIELD_MONEY },
  [ZS_FUNDS_ENTRY_NOTE] = { "note", ZS_FIELD_STRING, N_("Note"), ZS_FIELD_MULTILINE },
};

ZS_DEFINE_RECORD_TYPE (ZsFundsEntry, zs_funds_entry, "funds_entries", "funds-entry", N_("funds entry"), funds_entry_fields)
