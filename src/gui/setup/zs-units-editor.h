/* zs-units-editor.h — the bureau's units: add, rename, reorder, retire
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <adwaita.h>

#include "zs-store.h"

G_BEGIN_DECLS

#define ZS_TYPE_UNITS_EDITOR (zs_units_editor_get_type ())
G_DECLARE_FINAL_TYPE (ZsUnitsEditor, zs_units_editor, ZS, UNITS_EDITOR, AdwBin)

GtkWidget *zs_units_editor_new       (ZsStore       *store);
/* Types @name into the add row of @kind and presses Enter (tests). */
void       zs_units_editor_enter_new (ZsUnitsEditor *self,
                                      ZsUnitKind     kind,
                                      const char    *name);

G_END_DECLS
