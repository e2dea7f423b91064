/* zs-history-row.h — one entry of the change history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <gtk/gtk.h>

#include "zs-core.h"

G_BEGIN_DECLS

#define ZS_TYPE_HISTORY_ROW (zs_history_row_get_type ())
G_DECLARE_FINAL_TYPE (ZsHistoryRow, zs_history_row, ZS, HISTORY_ROW, GtkWidget)

GtkWidget      *zs_history_row_new       (void);
ZsHistoryEntry *zs_history_row_get_entry (ZsHistoryRow   *self);
void            zs_history_row_set_entry (ZsHistoryRow   *self,
                                          ZsHistoryEntry *entry);
/* Also name the record (type and title): in the bureau-wide list. */
void            zs_history_row_set_show_record (ZsHistoryRow *self,
                                                gboolean      show_record);

G_END_DECLS
