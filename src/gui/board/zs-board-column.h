/* zs-board-column.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <gtk/gtk.h>

#include "zs-context.h"
#include "zs-core.h"

G_BEGIN_DECLS

#define ZS_TYPE_BOARD_COLUMN (zs_board_column_get_type ())
G_DECLARE_FINAL_TYPE (ZsBoardColumn, zs_board_column, ZS, BOARD_COLUMN, GtkWidget)

ZsBoardColumn *zs_board_column_new          (ZsContext       *context,
                                             ZsStage          stage,
                                             int              stale_days,
                                             ZsOpenObstacles *obstacles);
ZsStage        zs_board_column_get_stage    (ZsBoardColumn *self);
/* Shows these projects, in this order; @from_top scrolls back up. */
void           zs_board_column_set_ids      (ZsBoardColumn *self,
                                             GArray        *ids,
                                             gboolean       from_top);
/* The header's planned investment, which the board computes for all columns at once. */
void           zs_board_column_set_total    (ZsBoardColumn *self,
                                             gint64         total);
GListModel    *zs_board_column_get_model    (ZsBoardColumn *self);
gint64         zs_board_column_get_count    (ZsBoardColumn *self);
gint64         zs_board_column_get_total    (ZsBoardColumn *self);
void           zs_board_column_set_folded   (ZsBoardColumn *self,
                                             gboolean       folded);
gboolean       zs_board_column_get_folded   (ZsBoardColumn *self);

/* Whether a search or filter is on: an empty column then says that
 * nothing matches, not that the stage is empty. */
void           zs_board_column_set_filtered   (ZsBoardColumn *self,
                                               gboolean       filtered);
/* What the column says when it shows no card. */
const char    *zs_board_column_get_empty_text (ZsBoardColumn *self);

G_END_DECLS
