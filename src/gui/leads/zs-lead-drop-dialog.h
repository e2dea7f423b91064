/* zs-lead-drop-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <adwaita.h>

#include "zs-core.h"

G_BEGIN_DECLS

#define ZS_TYPE_LEAD_DROP_DIALOG (zs_lead_drop_dialog_get_type ())
G_DECLARE_FINAL_TYPE (ZsLeadDropDialog, zs_lead_drop_dialog, ZS, LEAD_DROP_DIALOG, AdwMessageDialog)

/* Asks why the lead is given up, and drops it with that reason. */
ZsLeadDropDialog *zs_lead_drop_dialog_new        (GtkWindow        *parent,
                                                  ZsStore          *store,
                                                  ZsLead           *lead);
void              zs_lead_drop_dialog_set_reason (ZsLeadDropDialog *self,
                                                  const char       *reason);

G_END_DECLS
