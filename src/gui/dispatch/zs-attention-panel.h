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
 * leads, carriers due their monthly update, quiet partners. Called again
 * with another day (the same store), the lists follow. */
void        zs_attention_panel_set_store  (ZsAttentionPanel *self,
                                           ZsStore          *store,
                                           const char       *today);
GListModel *zs_attention_panel_get_list   (ZsAttentionPanel *self,
                                           ZsAttention       list);
/* While frozen (off screen), edits only mark the lists out of date. */
void        zs_attention_panel_set_frozen (ZsAttentionPanel *self,
                                           gboolean          frozen);

G_END_DECLS
