/* zs-record-history.h — a record page's 修改记录 section
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <gtk/gtk.h>

#include "zs-core.h"

G_BEGIN_DECLS

#define ZS_TYPE_RECORD_HISTORY (zs_record_history_get_type ())
G_DECLARE_FINAL_TYPE (ZsRecordHistory, zs_record_history, ZS, RECORD_HISTORY, GtkWidget)

/* Lists the changes of @record, newest first, and follows new ones. */
void        zs_record_history_set_record (ZsRecordHistory *self,
                                          ZsStore         *store,
                                          ZsRecord        *record);
/* The list, for tests. */
GListModel *zs_record_history_get_model  (ZsRecordHistory *self);

G_END_DECLS
