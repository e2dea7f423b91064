/* zs-due-row.h — one row of 今日待办: a record and why it is due
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <adwaita.h>

#include "zs-core.h"

G_BEGIN_DECLS

#define ZS_TYPE_DUE_ROW (zs_due_row_get_type ())
G_DECLARE_FINAL_TYPE (ZsDueRow, zs_due_row, ZS, DUE_ROW, AdwActionRow)

/* A row showing @item that runs @action_name with @index when activated. */
GtkWidget *zs_due_row_new (ZsDueItem  *item,
                           const char *action_name,
                           guint       index);

G_END_DECLS
