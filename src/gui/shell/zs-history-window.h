/* zs-history-window.h — the bureau-wide 修改记录
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <adwaita.h>

#include "zs-core.h"

G_BEGIN_DECLS

#define ZS_TYPE_HISTORY_WINDOW (zs_history_window_get_type ())
G_DECLARE_FINAL_TYPE (ZsHistoryWindow, zs_history_window, ZS, HISTORY_WINDOW, AdwWindow)

/* Every change in the database, newest first, filtered by person, record
 * type and period; activating one opens its record in @parent. */
GtkWidget  *zs_history_window_new           (GtkWindow       *parent,
                                             ZsStore         *store);
/* Chooses @name in the person filter as a clerk would; FALSE when the
 * list has no such person. For tests. */
gboolean    zs_history_window_select_person (ZsHistoryWindow *self,
                                             const char      *name);
GListModel *zs_history_window_get_model     (ZsHistoryWindow *self);

G_END_DECLS
