/* zs-today-page.h — 今日待办: what falls due today or is overdue
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-page.h"

G_BEGIN_DECLS

#define ZS_TYPE_TODAY_PAGE (zs_today_page_get_type ())
G_DECLARE_FINAL_TYPE (ZsTodayPage, zs_today_page, ZS, TODAY_PAGE, ZsPage)

/* Rows shown per kind of work: at 100,000 projects thousands fall due,
 * and a list box of thousands of rows takes minutes to build. The rest
 * are counted in the group's heading and a last row. */
#define ZS_TODAY_MAX_ROWS 100

/* What the page lists now (ZsDueItem, row for row in list order). */
GPtrArray *zs_today_page_get_items  (ZsTodayPage *self);
/* TRUE while a list is being worked out in a worker thread (the page
 * shows the last one meanwhile). */
gboolean   zs_today_page_is_loading (ZsTodayPage *self);

G_END_DECLS
