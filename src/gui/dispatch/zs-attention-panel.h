/* zs-attention-panel.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <gtk/gtk.h>

#include "zs-core.h"

G_BEGIN_DECLS

#define ZS_TYPE_ATTENTION_PANEL (zs_attention_panel_get_type ())
G_DECLARE_FINAL_TYPE (ZsAttentionPanel, zs_attention_panel, ZS, ATTENTION_PANEL, GtkWidget)

/* The attention lists of the dispatch dashboard on @today, one tab each:
 * red and orange projects with their obstacles, stale projects, overdue
 * leads, carriers due their monthly update, quiet partners, overdue 督办
 * items. They say they are counting until zs_attention_panel_set_report()
 * gives them their records. Called again with another day (the same
 * store), the rows describe the records as of it. */
void        zs_attention_panel_set_store  (ZsAttentionPanel *self,
                                           ZsStore          *store,
                                           const char       *today);
/* The lists of a complete @report; one not yet complete changes nothing. */
void        zs_attention_panel_set_report (ZsAttentionPanel *self,
                                           ZsReport         *report);
GListModel *zs_attention_panel_get_list   (ZsAttentionPanel *self,
                                           ZsAttention       list);

G_END_DECLS
