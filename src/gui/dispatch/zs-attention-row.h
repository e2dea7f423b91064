/* zs-attention-row.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <gtk/gtk.h>

#include "zs-core.h"

G_BEGIN_DECLS

#define ZS_TYPE_ATTENTION_ROW (zs_attention_row_get_type ())
G_DECLARE_FINAL_TYPE (ZsAttentionRow, zs_attention_row, ZS, ATTENTION_ROW, GtkWidget)

/* One entry of an attention list of the dispatch dashboard: a project, a
 * lead, a carrier or a partner, with why it needs attention, as of @today. */
ZsAttentionRow *zs_attention_row_new        (ZsStore        *store,
                                             ZsAttention     list,
                                             const char     *today);
void            zs_attention_row_set_record (ZsAttentionRow *self,
                                             ZsRecord       *record);
/* The day the reasons are judged on (days without progress and so on). */
void            zs_attention_row_set_today  (ZsAttentionRow *self,
                                             const char     *today);
ZsRecord       *zs_attention_row_get_record (ZsAttentionRow *self);
const char     *zs_attention_row_get_detail (ZsAttentionRow *self);

G_END_DECLS
