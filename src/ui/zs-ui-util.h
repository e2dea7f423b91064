/* zs-ui-util.h — small helpers several widgets share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Scrolls a list or column view back to its first row, when it has rows
 * and is on screen (before that, GTK has nothing to scroll). */
void zs_scroll_to_top (GtkWidget  *scrollable,
                       GListModel *model);

/* Disposes a widget's template and unparents its remaining children: a
 * template's top box has no id, so gtk_widget_dispose_template() keeps it. */
void zs_widget_dispose_template (GtkWidget *widget,
                                 GType      widget_type);
/* Unparents every child: for widgets that parent their children themselves. */
void zs_widget_unparent_children (GtkWidget *widget);

G_END_DECLS
