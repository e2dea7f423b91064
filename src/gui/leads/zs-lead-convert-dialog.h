/* zs-lead-convert-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <adwaita.h>

#include "zs-core.h"

G_BEGIN_DECLS

#define ZS_TYPE_LEAD_CONVERT_DIALOG (zs_lead_convert_dialog_get_type ())
G_DECLARE_FINAL_TYPE (ZsLeadConvertDialog, zs_lead_convert_dialog, ZS, LEAD_CONVERT_DIALOG, AdwMessageDialog)

/* Asks for the project's stage (线索 or 在谈) and date; emits "converted"
 * with the new project. */
ZsLeadConvertDialog *zs_lead_convert_dialog_new         (GtkWindow           *parent,
                                                         ZsStore             *store,
                                                         ZsLead              *lead,
                                                         const char          *today);
void                 zs_lead_convert_dialog_set_date    (ZsLeadConvertDialog *self,
                                                         const char          *date);
void                 zs_lead_convert_dialog_set_stage   (ZsLeadConvertDialog *self,
                                                         ZsStage              stage);
/* The message under the inputs when they cannot be used, or NULL. */
const char          *zs_lead_convert_dialog_get_problem (ZsLeadConvertDialog *self);

G_END_DECLS
