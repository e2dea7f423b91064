/* zs-staff-editor.h — the bureau's people (包靠人员): add, retire, hand over
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <adwaita.h>

#include "zs-context.h"

G_BEGIN_DECLS

#define ZS_TYPE_STAFF_EDITOR (zs_staff_editor_get_type ())
G_DECLARE_FINAL_TYPE (ZsStaffEditor, zs_staff_editor, ZS, STAFF_EDITOR, AdwBin)

GtkWidget *zs_staff_editor_new    (ZsContext     *context);
/* Fills the form and presses Add (tests); @unit_index in the units in use. */
void       zs_staff_editor_add    (ZsStaffEditor *self,
                                   const char    *name,
                                   guint          unit_index,
                                   const char    *title,
                                   const char    *phone);
/* Units and people may have changed elsewhere (the units step). */
void       zs_staff_editor_reload (ZsStaffEditor *self);

G_END_DECLS
