/* zs-setup-assistant.h — the first start of a bureau without the demo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <adwaita.h>

#include "zs-context.h"
#include "zs-staff-editor.h"
#include "zs-targets-editor.h"
#include "zs-units-editor.h"

G_BEGIN_DECLS

#define ZS_SETTING_SETUP_DONE "setup-done"

#define ZS_TYPE_SETUP_ASSISTANT (zs_setup_assistant_get_type ())
G_DECLARE_FINAL_TYPE (ZsSetupAssistant, zs_setup_assistant, ZS, SETUP_ASSISTANT, GtkWidget)

void             zs_setup_assistant_set_context  (ZsSetupAssistant *self,
                                                  ZsContext        *context);
/* Where the database is, shown under the first step. */
void             zs_setup_assistant_set_location (ZsSetupAssistant *self,
                                                  const char       *location);
/* "bureau", "units", "staff", "targets" or "done". */
const char      *zs_setup_assistant_get_step     (ZsSetupAssistant *self);
/* Next (keeping what the step holds) or Skip, as the buttons do. */
void             zs_setup_assistant_next         (ZsSetupAssistant *self);
void             zs_setup_assistant_skip         (ZsSetupAssistant *self);
/* Chooses who the clerk is on the step after the staff, as the row would
 * (NULL: automatic); FALSE if @name is not a person in service. */
gboolean         zs_setup_assistant_choose_person (ZsSetupAssistant *self,
                                                   const char       *name);
void             zs_setup_assistant_set_bureau   (ZsSetupAssistant *self,
                                                  const char       *name);
ZsUnitsEditor   *zs_setup_assistant_get_units    (ZsSetupAssistant *self);
ZsStaffEditor   *zs_setup_assistant_get_staff    (ZsSetupAssistant *self);
ZsTargetsEditor *zs_setup_assistant_get_targets  (ZsSetupAssistant *self);

G_END_DECLS
