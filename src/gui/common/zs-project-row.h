/* zs-project-row.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <gtk/gtk.h>

#include "zs-core.h"

G_BEGIN_DECLS

#define ZS_TYPE_PROJECT_ROW (zs_project_row_get_type ())
G_DECLARE_FINAL_TYPE (ZsProjectRow, zs_project_row, ZS, PROJECT_ROW, GtkWidget)

ZsProjectRow *zs_project_row_new         (ZsStore      *store);
ZsProject    *zs_project_row_get_project (ZsProjectRow *self);
void          zs_project_row_set_project (ZsProjectRow *self,
                                          ZsProject    *project);

/* The CSS class naming a grade's colour: "grade-red" and so on. */
const char   *zs_grade_css_class         (ZsGrade       grade);

G_END_DECLS
