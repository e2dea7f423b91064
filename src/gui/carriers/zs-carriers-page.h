/* zs-carriers-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <gtk/gtk.h>

#include "zs-core.h"
#include "zs-page.h"

G_BEGIN_DECLS

/* The columns of the carriers table, for zs_carriers_page_get_cell_text(). */
typedef enum {
  ZS_CARRIERS_COLUMN_NAME,
  ZS_CARRIERS_COLUMN_KIND,
  ZS_CARRIERS_COLUMN_UNIT,
  ZS_CARRIERS_COLUMN_LOCATION,
  ZS_CARRIERS_COLUMN_TOTAL,
  ZS_CARRIERS_COLUMN_AVAILABLE,
  ZS_CARRIERS_COLUMN_PERSON,
  ZS_CARRIERS_COLUMN_UPDATED,
  ZS_CARRIERS_COLUMN_MONTHLY_UPDATE,
  ZS_CARRIERS_COLUMN_PROJECTS,
} ZsCarriersColumn;

#define ZS_TYPE_CARRIERS_PAGE (zs_carriers_page_get_type ())
G_DECLARE_FINAL_TYPE (ZsCarriersPage, zs_carriers_page, ZS, CARRIERS_PAGE, ZsPage)

/* @kind -1 for every kind. */
void        zs_carriers_page_set_filter     (ZsCarriersPage *self,
                                             int             kind,
                                             gboolean        stale_only,
                                             const char     *search);
/* "carriers" or "needs". */
void        zs_carriers_page_show_view      (ZsCarriersPage *self,
                                             const char     *view);
GListModel *zs_carriers_page_get_carriers   (ZsCarriersPage *self);
GListModel *zs_carriers_page_get_needs      (ZsCarriersPage *self);
/* The total area shown for @kind (ZS_CARRIER_N_KINDS: all kinds). */
const char *zs_carriers_page_get_total_text (ZsCarriersPage *self,
                                             guint           kind);
/* What the table shows in @column of the row at @position. */
char       *zs_carriers_page_get_cell_text  (ZsCarriersPage *self,
                                             guint           position,
                                             guint           column);

G_END_DECLS
