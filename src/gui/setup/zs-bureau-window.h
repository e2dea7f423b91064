/* zs-bureau-window.h — units, staff and targets, after the first start
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <adwaita.h>

#include "zs-context.h"

G_BEGIN_DECLS

#define ZS_TYPE_BUREAU_WINDOW (zs_bureau_window_get_type ())
G_DECLARE_FINAL_TYPE (ZsBureauWindow, zs_bureau_window, ZS, BUREAU_WINDOW, AdwWindow)

/* @page: "units", "staff" or "targets". */
GtkWidget *zs_bureau_window_new      (GtkWindow  *parent,
                                      ZsContext  *context,
                                      const char *page);
void       zs_bureau_window_show_page (ZsBureauWindow *self,
                                       const char     *page);

G_END_DECLS
