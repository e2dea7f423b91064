/* zs-spare-children.c — list item children kept for the factory's next rows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * A child whose list item lets go of it (it loses its parent) waits, with
 * a reference, in its factory's spares for the next "setup". GTK 4.8 takes
 * the child off its list item before "teardown", so losing the parent is
 * the only sign. The spares go with the factory.
 */
#include "config.h"

#include "zs-spare-children.h"

#define SPARES_KEY "zs-spare-children"

static GPtrArray *
spares_of (GtkListItemFactory *factory)
{
  GPtrArray *spares = g_object_get_data (G_OBJECT (factory), SPARES_KEY);

  if (spares == NULL)
    {
      spares = g_ptr_array_new_with_free_func (g_object_unref);
      g_object_set_data_full (G_OBJECT (factory), SPARES_KEY, spares, (GDestroyNotify) g_ptr_array_unref);
    }
  return spares;
}

static void
on_child_parent_changed (GtkWidget          *child,
                         GParamSpec         *pspec,
                         GtkListItemFactory *factory)
{
  if (gtk_widget_get_parent (child) == NULL)
    g_ptr_array_add (spares_of (factory), g_object_ref (child));
}

void
zs_list_item_set_spare_child (GtkListItem        *item,
                              GtkListItemFactory *factory,
                              ZsChildMaker        make,
                              gpointer            data)
{
  GPtrArray *spares;
  g_autoptr(GtkWidget) child = NULL;

  g_return_if_fail (GTK_IS_LIST_ITEM (item));
  g_return_if_fail (GTK_IS_LIST_ITEM_FACTORY (factory));

  spares = spares_of (factory);
  if (spares->len > 0)
    child = g_ptr_array_steal_index_fast (spares, spares->len - 1);
  else
    {
      child = g_object_ref_sink (make (data));
      /* Undone when the factory goes, before its spares do. */
      g_signal_connect_object (child, "notify::parent", G_CALLBACK (on_child_parent_changed), factory, 0);
    }
  gtk_list_item_set_child (item, child);
}
