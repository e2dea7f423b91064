/* zs-funds-entry.h — funds that arrived for a project on one day (资金到位记录)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-record.h"

G_BEGIN_DECLS

typedef enum {
  ZS_FUNDS_ENTRY_PROJECT_ID,
  ZS_FUNDS_ENTRY_DATE,
  ZS_FUNDS_ENTRY_AMOUNT,
  ZS_FUNDS_ENTRY_NOTE,
  ZS_FUNDS_ENTRY_N_FIELDS
} ZsFundsEntryField;

#define ZS_TYPE_FUNDS_ENTRY (zs_funds_entry_get_type ())
G_DECLARE_FINAL_TYPE (ZsFundsEntry, zs_funds_entry, ZS, FUNDS_ENTRY, ZsRecord)

ZsFundsEntry *zs_funds_entry_new (void);

G_END_DECLS
