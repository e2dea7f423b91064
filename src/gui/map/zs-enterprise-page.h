/* zs-enterprise-page.h — one enterprise of the industry map, and what came of it
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

#define ZS_TYPE_ENTERPRISE_PAGE (zs_enterprise_page_get_type ())
G_DECLARE_FINAL_TYPE (ZsEnterprisePage, zs_enterprise_page, ZS, ENTERPRISE_PAGE, ZsPage)

GtkWidget           *zs_enterprise_page_new               (ZsContext          *context,
                                                           ZsEnterprise     *enterprise);
ZsEnterprise        *zs_enterprise_page_get_enterprise    (ZsEnterprisePage *self);
ZsRecordEditor      *zs_enterprise_page_get_fields        (ZsEnterprisePage *self);
guint                zs_enterprise_page_get_n_leads       (ZsEnterprisePage *self);
guint                zs_enterprise_page_get_n_projects    (ZsEnterprisePage *self);
/* The fields of an enterprise as every editor shows them. */
const ZsEditorGroup *zs_enterprise_page_get_editor_groups (guint            *n_groups);

G_END_DECLS
