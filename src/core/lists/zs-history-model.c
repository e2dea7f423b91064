/* zs-history-model.c — the change history as a list, a page at a time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * A bureau's history grows by a million rows; the list holds what was
 * shown, and reads the next page from the last entry read (the store pages
 * by an index), so opening and scrolling cost the same at any length.
 */
#include "config.h"

#include "zs-history-model.h"

struct _ZsHistoryModel
{
  GObject          parent_instance;

  ZsStore         *store;
  ZsHistoryFilter  filter;
  char            *field;   /* the filter's strings, owned */
  char            *who;
  char            *since;
  char            *until;
  GPtrArray       *items;
  guint            page_size;
  gboolean         has_more;
  guint            load_id;
  guint            reload_id;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (ZsHistoryModel, zs_history_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_HAS_MORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_has_more (ZsHistoryModel *self,
              gboolean        has_more)
{
  if (self->has_more == has_more)
    return;
  self->has_more = has_more;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_MORE]);
}

/* Appends the next page; returns how many entries came. */
static guint
append_page (ZsHistoryModel *self)
{
  gint64 before = 0;
  g_autoptr(GPtrArray) page = NULL;
  g_autoptr(GError) error = NULL;

  if (self->items->len > 0)
    before = zs_history_entry_get_id (g_ptr_array_index (self->items, self->items->len - 1));
  page = zs_store_history (self->store, &self->filter, before, self->page_size, &error);
  if (page == NULL)
    {
      g_warning ("Cannot read the history: %s", error->message);
      set_has_more (self, FALSE);
      return 0;
    }
  for (guint i = 0; i < page->len; i++)
    g_ptr_array_add (self->items, g_object_ref (g_ptr_array_index (page, i)));
  set_has_more (self, page->len == self->page_size);
  return page->len;
}

void
zs_history_model_reload (ZsHistoryModel *self)
{
  guint removed = self->items->len;

  g_return_if_fail (ZS_IS_HISTORY_MODEL (self));

  g_clear_handle_id (&self->reload_id, g_source_remove);
  g_ptr_array_set_size (self->items, 0);
  append_page (self);
  if (removed > 0 || self->items->len > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, self->items->len);
}

void
zs_history_model_load_more (ZsHistoryModel *self)
{
  guint before;
  guint added;

  g_return_if_fail (ZS_IS_HISTORY_MODEL (self));

  if (!self->has_more)
    return;
  before = self->items->len;
  added = append_page (self);
  if (added > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), before, 0, added);
}

static gboolean
load_more_cb (gpointer data)
{
  ZsHistoryModel *self = data;

  self->load_id = 0;
  zs_history_model_load_more (self);
  return G_SOURCE_REMOVE;
}

static gboolean
reload_cb (gpointer data)
{
  ZsHistoryModel *self = data;

  self->reload_id = 0;
  zs_history_model_reload (self);
  return G_SOURCE_REMOVE;
}

/* Several saves in a row read the list once. */
static void
on_store_changed (ZsHistoryModel *self)
{
  if (self->reload_id == 0)
    self->reload_id = g_idle_add (reload_cb, self);
}

static GType
get_item_type (GListModel *model)
{
  return ZS_TYPE_HISTORY_ENTRY;
}

static guint
get_n_items (GListModel *model)
{
  return ZS_HISTORY_MODEL (model)->items->len;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  ZsHistoryModel *self = ZS_HISTORY_MODEL (model);

  if (position >= self->items->len)
    return NULL;
  /* A view that shows the last quarter of a page wants the next one;
   * never from inside the view's own call. */
  if (self->has_more && self->load_id == 0 && position + self->page_size / 4 >= self->items->len)
    self->load_id = g_idle_add (load_more_cb, self);
  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static void
zs_history_model_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  ZsHistoryModel *self = ZS_HISTORY_MODEL (object);

  switch (prop_id)
    {
    case PROP_HAS_MORE:
      g_value_set_boolean (value, self->has_more);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zs_history_model_dispose (GObject *object)
{
  ZsHistoryModel *self = ZS_HISTORY_MODEL (object);

  g_clear_handle_id (&self->load_id, g_source_remove);
  g_clear_handle_id (&self->reload_id, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (zs_history_model_parent_class)->dispose (object);
}

static void
zs_history_model_finalize (GObject *object)
{
  ZsHistoryModel *self = ZS_HISTORY_MODEL (object);

  g_ptr_array_unref (self->items);
  g_free (self->field);
  g_free (self->who);
  g_free (self->since);
  g_free (self->until);
  G_OBJECT_CLASS (zs_history_model_parent_class)->finalize (object);
}

static void
zs_history_model_class_init (ZsHistoryModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = zs_history_model_get_property;
  object_class->dispose = zs_history_model_dispose;
  object_class->finalize = zs_history_model_finalize;

  properties[PROP_HAS_MORE] =
    g_param_spec_boolean ("has-more", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
zs_history_model_init (ZsHistoryModel *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

static void
copy_filter (ZsHistoryModel        *self,
             const ZsHistoryFilter *filter)
{
  static const ZsHistoryFilter all = { 0 };

  if (filter == NULL)
    filter = &all;
  g_free (self->field);
  g_free (self->who);
  g_free (self->since);
  g_free (self->until);
  self->filter = *filter;
  self->filter.field = self->field = g_strdup (filter->field);
  self->filter.who = self->who = g_strdup (filter->who);
  self->filter.since = self->since = g_strdup (filter->since);
  self->filter.until = self->until = g_strdup (filter->until);
}

ZsHistoryModel *
zs_history_model_new (ZsStore               *store,
                      const ZsHistoryFilter *filter,
                      guint                  page_size)
{
  ZsHistoryModel *self;

  g_return_val_if_fail (ZS_IS_STORE (store), NULL);

  self = g_object_new (ZS_TYPE_HISTORY_MODEL, NULL);
  self->store = g_object_ref (store);
  self->page_size = MAX (page_size, 4);
  copy_filter (self, filter);
  g_signal_connect_swapped (store, "changed", G_CALLBACK (on_store_changed), self);
  append_page (self);
  return self;
}

const ZsHistoryFilter *
zs_history_model_get_filter (ZsHistoryModel *self)
{
  g_return_val_if_fail (ZS_IS_HISTORY_MODEL (self), NULL);
  return &self->filter;
}

void
zs_history_model_set_filter (ZsHistoryModel        *self,
                             const ZsHistoryFilter *filter)
{
  g_return_if_fail (ZS_IS_HISTORY_MODEL (self));

  copy_filter (self, filter);
  zs_history_model_reload (self);
}

gboolean
zs_history_model_has_more (ZsHistoryModel *self)
{
  g_return_val_if_fail (ZS_IS_HISTORY_MODEL (self), FALSE);
  return self->has_more;
}
