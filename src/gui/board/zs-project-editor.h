/* zs-project-editor.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <gtk/gtk.h>

#include "zs-core.h"
#include "zs-page.h"
#include "zs-record-editor.h"

G_BEGIN_DECLS

#define ZS_TYPE_PROJECT_EDITOR (zs_project_editor_get_type ())
G_DECLARE_FINAL_TYPE (ZsProjectEditor, zs_project_editor, ZS, PROJECT_EDITOR, ZsPage)

/* The page of one project (a new one has id 0). */
GtkWidget      *zs_project_editor_new            (ZsContext       *context,
                                                  ZsProject       *project);
ZsProject      *zs_project_editor_get_project    (ZsProjectEditor *self);
ZsRecordEditor *zs_project_editor_get_fields     (ZsProjectEditor *self);
/* The grade the project's lack of progress suggests, and why. */
ZsGrade         zs_project_editor_get_suggestion (ZsProjectEditor *self,
                                                  const char     **reason);
/* The warning about an investor already in the database, or NULL. */
const char     *zs_project_editor_get_same_investor (ZsProjectEditor *self);
guint           zs_project_editor_get_n_funds     (ZsProjectEditor *self);
/* The total funds in place as shown, e.g. "4200万元". */
const char     *zs_project_editor_get_funds_total (ZsProjectEditor *self);
guint           zs_project_editor_get_n_obstacles (ZsProjectEditor *self);
guint           zs_project_editor_get_n_updates   (ZsProjectEditor *self);
guint           zs_project_editor_get_n_history   (ZsProjectEditor *self);

G_END_DECLS
