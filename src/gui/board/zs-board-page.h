/* zs-board-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <gtk/gtk.h>

#include "zs-board-column.h"
#include "zs-core.h"
#include "zs-ledger.h"
#include "zs-page.h"

G_BEGIN_DECLS

#define ZS_TYPE_BOARD_PAGE (zs_board_page_get_type ())
G_DECLARE_FINAL_TYPE (ZsBoardPage, zs_board_page, ZS, BOARD_PAGE, ZsPage)

ZsProjectFilter *zs_board_page_get_filter   (ZsBoardPage *self);
ZsBoardColumn   *zs_board_page_get_column   (ZsBoardPage *self,
                                             ZsStage      stage);
ZsLedger        *zs_board_page_get_ledger   (ZsBoardPage *self);
/* "board" or "ledger"; the filter stays as it is. */
void             zs_board_page_show_view    (ZsBoardPage *self,
                                             const char  *view);
const char      *zs_board_page_get_view     (ZsBoardPage *self);
void             zs_board_page_set_search   (ZsBoardPage *self,
                                             const char  *text);
void             zs_board_page_focus_search (ZsBoardPage *self);
/* Opens the move dialog for @project, to @target (or a chosen stage if < 0). */
GtkWidget       *zs_board_page_move_project (ZsBoardPage *self,
                                             ZsProject   *project,
                                             int          target);
/* Deletes @project with an undo toast. */
void             zs_board_page_delete_project (ZsBoardPage *self,
                                               ZsProject   *project);

/* Under a search or filter, the line that says how many projects match
 * and in which stages ("Found 3 projects: 在谈 2, 签约 1"); else NULL. */
const char      *zs_board_page_get_match_text (ZsBoardPage *self);

G_END_DECLS
