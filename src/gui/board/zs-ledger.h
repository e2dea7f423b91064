/* zs-ledger.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <gtk/gtk.h>

#include "zs-context.h"
#include "zs-core.h"

G_BEGIN_DECLS

#define ZS_TYPE_LEDGER (zs_ledger_get_type ())
G_DECLARE_FINAL_TYPE (ZsLedger, zs_ledger, ZS, LEDGER, GtkWidget)

/* The projects @filter lets through, as a table; "days in stage" and the
 * stale filter count to the context's today, and follow the day. */
ZsLedger   *zs_ledger_new         (ZsContext       *context,
                                   ZsProjectFilter *filter,
                                   int              stale_days);
GListModel *zs_ledger_get_model   (ZsLedger        *self);
/* Sorts by the column showing @field (-1: days in stage), as a header click does. */
void        zs_ledger_sort_by     (ZsLedger        *self,
                                   int              field,
                                   gboolean         descending);
const char *zs_ledger_get_totals  (ZsLedger        *self);
void        zs_ledger_set_frozen  (ZsLedger        *self,
                                   gboolean         frozen);
/* Writes the projects the filter shows (in the order they were made) to @path
 * (.xlsx unless it ends in .csv) in a worker thread, as the Export menu
 * does after asking where; a toast says how it went. */
void        zs_ledger_export_to_file (ZsLedger     *self,
                                      const char   *path);

G_END_DECLS
