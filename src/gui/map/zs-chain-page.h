/* zs-chain-page.h — one industrial chain: its leader facts, segments, enterprises and projects
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <gtk/gtk.h>

#include "zs-core.h"
#include "zs-page.h"

G_BEGIN_DECLS

#define ZS_TYPE_CHAIN_PAGE (zs_chain_page_get_type ())
G_DECLARE_FINAL_TYPE (ZsChainPage, zs_chain_page, ZS, CHAIN_PAGE, ZsPage)

GtkWidget *zs_chain_page_new                (ZsContext     *context,
                                             ZsChain     *chain);
ZsChain   *zs_chain_page_get_chain          (ZsChainPage *self);
/* The segment groups shown, in order. */
guint      zs_chain_page_get_n_segments     (ZsChainPage *self);
/* The title of the segment group at @position: "1. 上游". */
const char *zs_chain_page_get_segment_title (ZsChainPage *self,
                                             guint        position);
/* Opens the rename dialog; returns it. */
GtkWidget *zs_chain_page_rename             (ZsChainPage *self);

G_END_DECLS
