/* zs-project-details.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <gtk/gtk.h>

#include "zs-core.h"

G_BEGIN_DECLS

#define ZS_TYPE_PROJECT_DETAILS (zs_project_details_get_type ())
G_DECLARE_FINAL_TYPE (ZsProjectDetails, zs_project_details, ZS, PROJECT_DETAILS, GtkWidget)

GtkWidget *zs_project_details_new         (ZsStore          *store,
                                           ZsProject        *project);
ZsProject *zs_project_details_get_project (ZsProjectDetails *self);

G_END_DECLS
