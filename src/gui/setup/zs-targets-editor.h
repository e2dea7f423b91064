/* zs-targets-editor.h — annual targets: units × indicators for a year
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <adwaita.h>

#include "zs-context.h"

G_BEGIN_DECLS

#define ZS_TYPE_TARGETS_EDITOR (zs_targets_editor_get_type ())
G_DECLARE_FINAL_TYPE (ZsTargetsEditor, zs_targets_editor, ZS, TARGETS_EDITOR, AdwBin)

GtkWidget *zs_targets_editor_new        (ZsContext       *context);
int        zs_targets_editor_get_year   (ZsTargetsEditor *self);
void       zs_targets_editor_set_year   (ZsTargetsEditor *self,
                                         int              year);
/* Units may have changed elsewhere (the units step). */
void       zs_targets_editor_reload     (ZsTargetsEditor *self);
/* Types @text into the cell of unit @unit_index, indicator @column and
 * presses Enter (tests). */
void       zs_targets_editor_enter      (ZsTargetsEditor *self,
                                         guint            unit_index,
                                         guint            column,
                                         const char      *text);
/* What the total of @column shows. */
const char *zs_targets_editor_get_total (ZsTargetsEditor *self,
                                         guint            column);
void       zs_targets_editor_copy_last_year (ZsTargetsEditor *self);

G_END_DECLS
