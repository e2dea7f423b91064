/* zs-project-list-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <gtk/gtk.h>

#include "zs-core.h"

G_BEGIN_DECLS

#define ZS_TYPE_PROJECT_LIST_PAGE (zs_project_list_page_get_type ())
G_DECLARE_FINAL_TYPE (ZsProjectListPage, zs_project_list_page, ZS, PROJECT_LIST_PAGE, GtkWidget)

void        zs_project_list_page_set_store    (ZsProjectListPage *self,
                                               ZsStore           *store);
void        zs_project_list_page_set_search   (ZsProjectListPage *self,
                                               const char        *text);
void        zs_project_list_page_focus_search (ZsProjectListPage *self);
GListModel *zs_project_list_page_get_model    (ZsProjectListPage *self);

G_END_DECLS
