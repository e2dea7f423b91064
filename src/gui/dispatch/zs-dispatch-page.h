/* zs-dispatch-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <gtk/gtk.h>

#include "zs-core.h"
#include "zs-period-picker.h"
#include "zs-page.h"
#include "zs-kpi-tile.h"

G_BEGIN_DECLS

/* The period kinds of the picker: ZsPeriodKind, and a range of one's own. */
#define ZS_DISPATCH_PERIOD_CUSTOM ZS_PERIOD_PICKER_CUSTOM

#define ZS_TYPE_DISPATCH_PAGE (zs_dispatch_page_get_type ())
G_DECLARE_FINAL_TYPE (ZsDispatchPage, zs_dispatch_page, ZS, DISPATCH_PAGE, ZsPage)

/* Shows the period of @kind holding today, or with ZS_DISPATCH_PERIOD_CUSTOM
 * the days @first to @last. FALSE, with the message shown on the page, when
 * the custom dates are wrong. */
gboolean    zs_dispatch_page_set_period    (ZsDispatchPage *self,
                                            int             kind,
                                            const char     *first,
                                            const char     *last);
void        zs_dispatch_page_step          (ZsDispatchPage *self,
                                            int             direction);
const char *zs_dispatch_page_get_first     (ZsDispatchPage *self);
const char *zs_dispatch_page_get_last      (ZsDispatchPage *self);
/* The figures on show, or NULL while they are being worked out. */
ZsReport   *zs_dispatch_page_get_report    (ZsDispatchPage *self);
gboolean    zs_dispatch_page_is_busy       (ZsDispatchPage *self);
/* TRUE once the tiles show the period's figures, which come before the
 * rest of the page (zs_report_new_async_with_first()). */
gboolean    zs_dispatch_page_has_figures   (ZsDispatchPage *self);
const char *zs_dispatch_page_get_error     (ZsDispatchPage *self);
ZsKpiTile  *zs_dispatch_page_get_foreign_tile (ZsDispatchPage *self,
                                             ZsForeign       which);
ZsKpiTile  *zs_dispatch_page_get_tile      (ZsDispatchPage *self,
                                            ZsKpi           kpi);
GListModel *zs_dispatch_page_get_attention (ZsDispatchPage *self,
                                            ZsAttention     list);
/* Writes the monthly bulletin of the period on show to @path through the
 * print system, as the "Export PDF" button does. */
gboolean    zs_dispatch_page_export_pdf    (ZsDispatchPage *self,
                                            const char     *path,
                                            GError        **error);

G_END_DECLS
