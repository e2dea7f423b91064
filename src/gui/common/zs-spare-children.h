/* zs-spare-children.h — list item children kept for the factory's next rows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef GtkWidget *(*ZsChildMaker) (gpointer data);

/* Gives @item of @factory a child that an earlier list item of @factory
 * let go of, or else a new one from @make (@data): for a "setup" handler.
 * A list view lets go of its rows beyond the few it shows when a search
 * leaves a few results, and makes them again when it is cleared; making
 * and destroying the children was most of such a search's time. */
void zs_list_item_set_spare_child (GtkListItem        *item,
                                   GtkListItemFactory *factory,
                                   ZsChildMaker        make,
                                   gpointer            data);

G_END_DECLS
