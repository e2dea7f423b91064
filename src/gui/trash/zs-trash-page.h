/* zs-trash-page.h — 回收站: deleted records, to restore or remove for good
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-page.h"

G_BEGIN_DECLS

#define ZS_TYPE_TRASH_PAGE (zs_trash_page_get_type ())
G_DECLARE_FINAL_TYPE (ZsTrashPage, zs_trash_page, ZS, TRASH_PAGE, ZsPage)

/* The rows on show, one AdwActionRow per entry, newest first (for tests). */
GtkListBox *zs_trash_page_get_list    (ZsTrashPage *self);
/* The entry @row shows. */
ZsTrashEntry *zs_trash_page_get_entry (ZsTrashPage *self,
                                       GtkWidget   *row);

G_END_DECLS
