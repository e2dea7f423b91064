/* zs-supervision-table.h — the dispatch page's 督办 items by unit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <gtk/gtk.h>

#include "zs-core.h"

G_BEGIN_DECLS

#define ZS_TYPE_SUPERVISION_TABLE (zs_supervision_table_get_type ())
G_DECLARE_FINAL_TYPE (ZsSupervisionTable, zs_supervision_table, ZS, SUPERVISION_TABLE, GtkWidget)

/* Shows @report's 督办 counts (zs_report_get_supervision()); NULL empties it. */
void zs_supervision_table_set_report (ZsSupervisionTable *self,
                                      ZsReport           *report);

G_END_DECLS
