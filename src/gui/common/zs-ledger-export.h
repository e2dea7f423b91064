/* zs-ledger-export.h — the project ledger as an Excel 台账 or CSV, from the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <gtk/gtk.h>

#include "zs-context.h"

G_BEGIN_DECLS

/* Asks where to save, then writes the projects of @query (the rows the
 * filter shows), in the order of @ids when given (the ledger's sort), as
 * .xlsx (@xlsx) or .csv in a worker thread on a second
 * connection; a toast on @widget says how it went. @done is called on the
 * main thread when it is over, whatever happened. */
void zs_ledger_export (GtkWidget      *widget,
                       ZsContext      *context,
                       ZsQuery        *query,
                       GArray         *ids,
                       const char     *description,
                       gboolean        xlsx,
                       GCallback       done,
                       gpointer        done_data);

/* The same without asking: to @path, .xlsx unless it ends in .csv. */
void zs_ledger_export_to (GtkWidget      *widget,
                          ZsContext      *context,
                          ZsQuery        *query,
                          GArray         *ids,
                          const char     *description,
                          const char     *path,
                          GCallback       done,
                          gpointer        done_data);

/* The rows @ids (gint64, in the order the page shows them) of @table
 * (zs-sheet-table.h) as its 台账: asks where unless @path is given. */
void zs_ledger_export_rows (GtkWidget      *widget,
                            ZsStore        *store,
                            const char     *table,
                            GArray         *ids,
                            gboolean        xlsx,
                            const char     *path,
                            GCallback       done,
                            gpointer        done_data);

G_END_DECLS
