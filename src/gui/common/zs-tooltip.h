/* zs-tooltip.h — tooltips a clerk can read
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* For a query-tooltip handler: shows @text (Pango markup when @markup) in
 * lines of up to 40 Latin characters or 20 Han characters, and nothing while
 * a popover of @widget or of one of its ancestors is open. Returns whether
 * to show the tooltip. */
gboolean zs_tooltip_show (GtkWidget  *widget,
                          GtkTooltip *tooltip,
                          const char *text,
                          gboolean    markup);
/* Makes the plain tooltips (tooltip-text in templates) of buttons, menu
 * buttons, drop-downs, check buttons, labels and images behave
 * as zs_tooltip_show(). Called once by the window. */
void     zs_tooltip_init (void);

G_END_DECLS
