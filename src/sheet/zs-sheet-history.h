/* zs-sheet-history.h — the history of changes (修改记录) as a 台账
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-core.h"
#include "zs-sheet-grid.h"

G_BEGIN_DECLS

/* Every entry @filter keeps (NULL: all), newest first, read from @store a
 * page at a time, as a new grid: what print and PDF lay out. */
ZsSheetGrid *zs_sheet_history_grid   (ZsStore                *store,
                                      const ZsHistoryFilter  *filter,
                                      GCancellable           *cancellable,
                                      GError                **error);
/* The same entries written to @path as .xlsx or CSV as they are read, so
 * that the memory it takes does not grow with the history; @n_rows gets
 * how many. */
gboolean     zs_sheet_history_write  (ZsStore                *store,
                                      const ZsHistoryFilter  *filter,
                                      const char             *path,
                                      ZsSheetFormat           format,
                                      guint64                *n_rows,
                                      GCancellable           *cancellable,
                                      GError                **error);

G_END_DECLS
