/* zs-slot-list.h — a list model whose rows stay put while their contents change
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define ZS_TYPE_SLOT (zs_slot_get_type ())
G_DECLARE_FINAL_TYPE (ZsSlot, zs_slot, ZS, SLOT, GObject)

/* What the row at this slot's position shows now; "notify::item" when that changes. */
gpointer     zs_slot_get_item      (ZsSlot      *self);
/* The slot's position in its list. */
guint        zs_slot_get_position  (ZsSlot      *self);

#define ZS_TYPE_SLOT_LIST (zs_slot_list_get_type ())
G_DECLARE_FINAL_TYPE (ZsSlotList, zs_slot_list, ZS, SLOT_LIST, GObject)

/* Presents @source as ZsSlots. When @source changes, the slots already
 * handed out keep their identity and get new items; only a change in length
 * is announced, at the end. A view over it then rebinds its visible rows
 * instead of making new row widgets. */
ZsSlotList  *zs_slot_list_new       (GListModel  *source);
GListModel  *zs_slot_list_get_source (ZsSlotList *self);
/* Tells every slot a view holds that its item changed, though it is the
 * same object: for rows that show what other records say about it (the
 * leads an activity produced), after those changed. */
void         zs_slot_list_renotify   (ZsSlotList *self);
/* With @lazy, a slot fetches its item from the source when first asked,
 * not when the source changes: a view that shows only some of the rows it
 * holds (a board column's off-screen cards) fetches only those. Every
 * change then notifies "item", as the new item is not known yet. */
void         zs_slot_list_set_lazy   (ZsSlotList *self,
                                      gboolean    lazy);
/* Shows at most the source's first @limit rows (G_MAXUINT: all of them):
 * a view makes a row widget for each row it may show, and a first frame
 * needs only those on screen. Raising it adds the rest at the end. */
void         zs_slot_list_set_limit  (ZsSlotList *self,
                                      guint       limit);

G_END_DECLS
