/* zs-slot-list.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * GTK 4.8's list and grid views make a new row widget for every row a model
 * says was added, and a board or ledger whose filter changes has all its
 * rows "added". Rows here are positions that keep their ZsSlot while the
 * source's item at that position changes, so a filter change costs a
 * rebind of the few rows on screen rather than building them again.
 */
#include "zs-slot-list.h"

struct _ZsSlot
{
  GObject     parent_instance;

  ZsSlotList *list;      /* weak: the list outlives the slots it tracks */
  guint       position;
  GObject    *item;
  gboolean    stale;     /* lazy: item is fetched when asked for */
};

G_DEFINE_FINAL_TYPE (ZsSlot, zs_slot, G_TYPE_OBJECT)

enum {
  SLOT_PROP_0,
  SLOT_PROP_ITEM,
  SLOT_N_PROPS
};

static GParamSpec *slot_properties[SLOT_N_PROPS];

struct _ZsSlotList
{
  GObject     parent_instance;

  GListModel *source;
  guint       n_items;
  GHashTable *slots;     /* position → ZsSlot, the ones a view holds */
  gboolean    lazy;
  guint       limit;     /* rows shown at most: the source's first ones */
};

static void zs_slot_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (ZsSlotList, zs_slot_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, zs_slot_list_model_init))

static void
slot_set_item (ZsSlot  *self,
               GObject *item)
{
  if (self->item == item)
    return;
  g_set_object (&self->item, item);
  g_object_notify_by_pspec (G_OBJECT (self), slot_properties[SLOT_PROP_ITEM]);
}

static void
zs_slot_dispose (GObject *object)
{
  ZsSlot *self = ZS_SLOT (object);

  /* The view let go of this row: stop tracking it. */
  if (self->list != NULL &&
      g_hash_table_lookup (self->list->slots, GUINT_TO_POINTER (self->position)) == self)
    g_hash_table_remove (self->list->slots, GUINT_TO_POINTER (self->position));
  self->list = NULL;
  g_clear_object (&self->item);

  G_OBJECT_CLASS (zs_slot_parent_class)->dispose (object);
}

static void
zs_slot_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  switch (prop_id)
    {
    case SLOT_PROP_ITEM:
      g_value_set_object (value, zs_slot_get_item (ZS_SLOT (object)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zs_slot_class_init (ZsSlotClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = zs_slot_dispose;
  object_class->get_property = zs_slot_get_property;

  slot_properties[SLOT_PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL, G_TYPE_OBJECT,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, SLOT_N_PROPS, slot_properties);
}

static void
zs_slot_init (ZsSlot *self)
{
}

gpointer
zs_slot_get_item (ZsSlot *self)
{
  g_return_val_if_fail (ZS_IS_SLOT (self), NULL);

  if (self->stale)
    {
      self->stale = FALSE;
      g_clear_object (&self->item);
      if (self->list != NULL && self->position < self->list->n_items)
        self->item = g_list_model_get_item (self->list->source, self->position);
    }
  return self->item;
}

guint
zs_slot_get_position (ZsSlot *self)
{
  g_return_val_if_fail (ZS_IS_SLOT (self), 0);
  return self->position;
}

/* ---- the list ---------------------------------------------------------------- */

static GType
zs_slot_list_get_item_type (GListModel *model)
{
  return ZS_TYPE_SLOT;
}

static guint
zs_slot_list_get_n_items (GListModel *model)
{
  return ZS_SLOT_LIST (model)->n_items;
}

static gpointer
zs_slot_list_get_item (GListModel *model,
                       guint       position)
{
  ZsSlotList *self = ZS_SLOT_LIST (model);
  ZsSlot *slot;
  g_autoptr(GObject) item = NULL;

  if (position >= self->n_items)
    return NULL;

  slot = g_hash_table_lookup (self->slots, GUINT_TO_POINTER (position));
  if (slot != NULL)
    return g_object_ref (slot);

  slot = g_object_new (ZS_TYPE_SLOT, NULL);
  slot->list = self;
  slot->position = position;
  if (self->lazy)
    slot->stale = TRUE;
  else
    {
      item = g_list_model_get_item (self->source, position);
      slot->item = g_steal_pointer (&item);
    }
  g_hash_table_insert (self->slots, GUINT_TO_POINTER (position), slot);
  return slot;
}

static void
zs_slot_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = zs_slot_list_get_item_type;
  iface->get_n_items = zs_slot_list_get_n_items;
  iface->get_item = zs_slot_list_get_item;
}

static void
on_source_items_changed (GListModel *source,
                         guint       position,
                         guint       removed,
                         guint       added,
                         ZsSlotList *self)
{
  guint old_n = self->n_items;
  guint new_n = MIN (g_list_model_get_n_items (source), self->limit);
  GHashTableIter iter;
  gpointer key, value;
  g_autoptr(GPtrArray) moved = g_ptr_array_new_with_free_func (g_object_unref);

  /* Refill the slots from the first changed position on, in place. */
  g_hash_table_iter_init (&iter, self->slots);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (GPOINTER_TO_UINT (key) >= position)
      g_ptr_array_add (moved, g_object_ref (value));

  self->n_items = new_n;
  for (guint i = 0; i < moved->len; i++)
    {
      ZsSlot *slot = g_ptr_array_index (moved, i);
      g_autoptr(GObject) item = NULL;

      if (self->lazy)
        {
          slot->stale = TRUE;
          g_object_notify_by_pspec (G_OBJECT (slot), slot_properties[SLOT_PROP_ITEM]);
          continue;
        }
      if (slot->position < new_n)
        item = g_list_model_get_item (source, slot->position);
      slot_set_item (slot, item);
    }

  if (new_n < old_n)
    g_list_model_items_changed (G_LIST_MODEL (self), new_n, old_n - new_n, 0);
  else if (new_n > old_n)
    g_list_model_items_changed (G_LIST_MODEL (self), old_n, 0, new_n - old_n);
}

static void
zs_slot_list_dispose (GObject *object)
{
  ZsSlotList *self = ZS_SLOT_LIST (object);
  GHashTableIter iter;
  gpointer value;

  if (self->slots != NULL)
    {
      g_hash_table_iter_init (&iter, self->slots);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        ZS_SLOT (value)->list = NULL;
      g_clear_pointer (&self->slots, g_hash_table_unref);
    }
  if (self->source != NULL)
    g_signal_handlers_disconnect_by_data (self->source, self);
  g_clear_object (&self->source);

  G_OBJECT_CLASS (zs_slot_list_parent_class)->dispose (object);
}

static void
zs_slot_list_class_init (ZsSlotListClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = zs_slot_list_dispose;
}

static void
zs_slot_list_init (ZsSlotList *self)
{
  self->slots = g_hash_table_new (NULL, NULL);
  self->limit = G_MAXUINT;
}

ZsSlotList *
zs_slot_list_new (GListModel *source)
{
  ZsSlotList *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (source), NULL);

  self = g_object_new (ZS_TYPE_SLOT_LIST, NULL);
  self->source = g_object_ref (source);
  self->n_items = MIN (g_list_model_get_n_items (source), self->limit);
  g_signal_connect (source, "items-changed", G_CALLBACK (on_source_items_changed), self);
  return self;
}

GListModel *
zs_slot_list_get_source (ZsSlotList *self)
{
  g_return_val_if_fail (ZS_IS_SLOT_LIST (self), NULL);
  return self->source;
}

void
zs_slot_list_set_lazy (ZsSlotList *self,
                       gboolean    lazy)
{
  g_return_if_fail (ZS_IS_SLOT_LIST (self));
  self->lazy = lazy;
}

void
zs_slot_list_set_limit (ZsSlotList *self,
                        guint       limit)
{
  guint old_n, new_n;

  g_return_if_fail (ZS_IS_SLOT_LIST (self));

  old_n = self->n_items;
  self->limit = limit;
  new_n = MIN (g_list_model_get_n_items (self->source), limit);
  self->n_items = new_n;
  /* The rows kept are the same rows: only the end moves. */
  if (new_n < old_n)
    g_list_model_items_changed (G_LIST_MODEL (self), new_n, old_n - new_n, 0);
  else if (new_n > old_n)
    g_list_model_items_changed (G_LIST_MODEL (self), old_n, 0, new_n - old_n);
}

void
zs_slot_list_renotify (ZsSlotList *self)
{
  g_autoptr(GPtrArray) slots = g_ptr_array_new_with_free_func (g_object_unref);
  GHashTableIter iter;
  gpointer value;

  g_return_if_fail (ZS_IS_SLOT_LIST (self));

  g_hash_table_iter_init (&iter, self->slots);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_add (slots, g_object_ref (value));
  for (guint i = 0; i < slots->len; i++)
    g_object_notify_by_pspec (g_ptr_array_index (slots, i), slot_properties[SLOT_PROP_ITEM]);
}
