/* zs-record-list.c — a list model over the rows of a query
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The model holds only the row ids the query returned (one indexed query,
 * eight bytes a row) and makes the record objects when a view asks for a
 * position, so a list of 100,000 projects costs what its visible rows cost.
 * When the store changes, the query runs again and only the difference is
 * announced, keeping scroll position and selection in the views.
 *
 * A table's list reads ahead (zs_record_list_set_read_ahead()): the row a
 * view asks for is read with the rows around it and the records they refer
 * to, in one read transaction, and the list holds that window of records
 * only, so a jump through 100,000 rows reads once and memory stays bounded.
 */
#include "config.h"

#include <string.h>

#include "zs-record-list.h"

struct _ZsRecordList
{
  GObject   parent_instance;

  ZsStore  *store;
  ZsQuery  *query;
  GArray   *ids;      /* gint64 */
  gulong    changed_id;
  guint     refresh_id;
  gboolean  frozen;
  gboolean  dirty;
  gboolean  single_change;  /* the consumer is a ZsSlotList, not a GTK view */
  guint     read_ahead;     /* rows read together; 0: one at a time */
  GPtrArray *window;        /* records of rows window_start …, NULL where gone */
  GPtrArray *window_refs;   /* the records they refer to, held with them */
  guint     window_start;
};

static void zs_record_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (ZsRecordList, zs_record_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, zs_record_list_model_init))

enum {
  PROP_0,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GType
zs_record_list_get_item_type (GListModel *model)
{
  ZsRecordList *self = ZS_RECORD_LIST (model);

  return zs_query_get_record_type (self->query);
}

static guint
zs_record_list_get_n_items (GListModel *model)
{
  return ZS_RECORD_LIST (model)->ids->len;
}

/* ---- the window of rows read ahead ------------------------------------------------ */

static void
unref_if_set (gpointer object)
{
  if (object != NULL)
    g_object_unref (object);
}

static void
clear_window (ZsRecordList *self)
{
  g_clear_pointer (&self->window, g_ptr_array_unref);
  g_clear_pointer (&self->window_refs, g_ptr_array_unref);
  self->window_start = 0;
}

/* The records rows @ids refer to, read in the same transaction: a cell that
 * names a row's partner or unit then finds it live instead of reading it. */
static GPtrArray *
load_references (ZsRecordList  *self,
                 GPtrArray     *records,
                 GError       **error)
{
  GType type = zs_query_get_record_type (self->query);
  guint n_fields;
  const ZsField *fields = zs_record_class_get_fields (g_type_class_peek (type), &n_fields);
  g_autoptr(GPtrArray) held = g_ptr_array_new_with_free_func (unref_if_set);

  for (guint f = 0; f < n_fields; f++)
    {
      g_autoptr(GArray) ids = NULL;
      g_autoptr(GPtrArray) referred = NULL;

      if (fields[f].kind != ZS_FIELD_REF)
        continue;
      ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      for (guint i = 0; i < records->len; i++)
        {
          ZsRecord *record = g_ptr_array_index (records, i);
          gint64 id = record != NULL ? zs_record_get_int (record, f) : 0;

          if (id != 0)
            g_array_append_val (ids, id);
        }
      if (ids->len == 0)
        continue;
      referred = zs_store_load_many (self->store, fields[f].get_type (), (const gint64 *) (gpointer) ids->data,
                                     ids->len, error);
      if (referred == NULL)
        return NULL;
      g_ptr_array_extend_and_steal (held, g_steal_pointer (&referred));
    }
  return g_steal_pointer (&held);
}

/* Reads the rows around @position, and what they refer to, in one read
 * transaction, and holds them in place of the window held until now. */
static void
load_window (ZsRecordList *self,
             guint         position)
{
  guint before = self->read_ahead / 8;
  guint start = position > before ? position - before : 0;
  guint end = MIN (self->ids->len, start + self->read_ahead);
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GPtrArray) refs = NULL;
  g_autoptr(GError) error = NULL;

  clear_window (self);
  if (!zs_store_begin_read (self->store, &error))
    {
      g_debug ("Cannot read rows ahead: %s", error->message);
      return;
    }
  records = zs_store_load_many (self->store, zs_query_get_record_type (self->query),
                                &g_array_index (self->ids, gint64, start), end - start, &error);
  if (records != NULL)
    refs = load_references (self, records, &error);
  zs_store_commit (self->store, NULL);
  if (records == NULL || refs == NULL)
    {
      g_debug ("Cannot read rows ahead: %s", error->message);
      return;
    }
  self->window = g_steal_pointer (&records);
  self->window_refs = g_steal_pointer (&refs);
  self->window_start = start;
}

/* The record at @position from the window, reading a new window when it
 * is not there; NULL when the row is gone. */
static gpointer
get_from_window (ZsRecordList *self,
                 guint         position)
{
  gint64 id = g_array_index (self->ids, gint64, position);
  ZsRecord *record;

  if (self->window == NULL || position < self->window_start ||
      position >= self->window_start + self->window->len)
    load_window (self, position);
  if (self->window == NULL || position < self->window_start ||
      position >= self->window_start + self->window->len)
    return NULL;
  record = g_ptr_array_index (self->window, position - self->window_start);
  return record != NULL && zs_record_get_id (record) == id ? g_object_ref (record) : NULL;
}

static gpointer
zs_record_list_get_item (GListModel *model,
                         guint       position)
{
  ZsRecordList *self = ZS_RECORD_LIST (model);
  g_autoptr(GError) error = NULL;
  gpointer item;

  if (position >= self->ids->len)
    return NULL;
  if (self->read_ahead > 0)
    return get_from_window (self, position);

  item = zs_store_load (self->store, zs_query_get_record_type (self->query),
                        g_array_index (self->ids, gint64, position), &error);
  if (item == NULL)
    g_debug ("Row vanished before it was shown: %s", error->message);
  return item;
}

static void
zs_record_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = zs_record_list_get_item_type;
  iface->get_n_items = zs_record_list_get_n_items;
  iface->get_item = zs_record_list_get_item;
}

/* Replaces the ids, announcing the smallest changed window: the common
 * head and tail are kept, so an edit to one row moves only that row. */
static void
replace_ids (ZsRecordList *self,
             GArray       *ids)
{
  g_autoptr(GArray) old_ids = g_array_ref (self->ids);
  const gint64 *old = (const gint64 *) (gpointer) old_ids->data;
  const gint64 *new = (const gint64 *) (gpointer) ids->data;
  guint old_len = old_ids->len;
  guint new_len = ids->len;
  guint head = 0;
  guint tail = 0;

  /* Positions move: the window is read again where a view asks next. */
  clear_window (self);
  while (head < old_len && head < new_len && old[head] == new[head])
    head++;
  while (tail < old_len - head && tail < new_len - head &&
         old[old_len - 1 - tail] == new[new_len - 1 - tail])
    tail++;

  if (old_len == new_len && head == old_len)
    {
      g_array_unref (self->ids);
      self->ids = g_array_ref (ids);
      return;
    }

  /* Removal first, addition second: GTK 4.8 looks for a removed row it
   * tracks (the focus, the scroll anchor) among the rows added by the same
   * change, fetching every one of them, which here would load every project
   * of the new list. Two changes leave it nothing to look through. */
  if (self->single_change)
    {
      g_array_unref (self->ids);
      self->ids = g_array_ref (ids);
      g_list_model_items_changed (G_LIST_MODEL (self), head, old_len - head - tail, new_len - head - tail);
      if (old_len != new_len)
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
      return;
    }

  if (old_len - head - tail > 0)
    {
      g_array_unref (self->ids);
      self->ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), head + tail);
      g_array_append_vals (self->ids, old, head);
      g_array_append_vals (self->ids, old + old_len - tail, tail);
      g_list_model_items_changed (G_LIST_MODEL (self), head, old_len - head - tail, 0);
    }
  g_array_unref (self->ids);
  self->ids = g_array_ref (ids);
  if (new_len - head - tail > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), head, 0, new_len - head - tail);
  if (old_len != new_len)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

static gboolean
refresh_cb (gpointer data)
{
  ZsRecordList *self = data;
  g_autoptr(GError) error = NULL;

  self->refresh_id = 0;
  if (!zs_record_list_refresh (self, &error))
    g_warning ("Cannot refresh a list: %s", error->message);
  return G_SOURCE_REMOVE;
}

static void
on_store_changed (ZsStore      *store,
                  GType         type,
                  gint64        id,
                  ZsRecordList *self)
{
  if (type != G_TYPE_NONE && type != zs_query_get_record_type (self->query))
    return;

  /* A list nobody looks at catches up when it is shown again; the others
   * run their query once after a burst of changes, not once per change. */
  if (self->frozen)
    self->dirty = TRUE;
  else if (self->refresh_id == 0)
    self->refresh_id = g_idle_add_full (G_PRIORITY_DEFAULT, refresh_cb, self, NULL);
}

static void
zs_record_list_dispose (GObject *object)
{
  ZsRecordList *self = ZS_RECORD_LIST (object);

  g_clear_signal_handler (&self->changed_id, self->store);
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (zs_record_list_parent_class)->dispose (object);
}

static void
zs_record_list_finalize (GObject *object)
{
  ZsRecordList *self = ZS_RECORD_LIST (object);

  g_clear_pointer (&self->query, zs_query_unref);
  g_clear_pointer (&self->ids, g_array_unref);
  clear_window (self);

  G_OBJECT_CLASS (zs_record_list_parent_class)->finalize (object);
}

static void
zs_record_list_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  ZsRecordList *self = ZS_RECORD_LIST (object);

  switch (prop_id)
    {
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->ids->len);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zs_record_list_class_init (ZsRecordListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = zs_record_list_dispose;
  object_class->finalize = zs_record_list_finalize;
  object_class->get_property = zs_record_list_get_property;

  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
zs_record_list_init (ZsRecordList *self)
{
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
}

ZsRecordList *
zs_record_list_new (ZsStore *store,
                    ZsQuery *query)
{
  ZsRecordList *self;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (ZS_IS_STORE (store), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  self = g_object_new (ZS_TYPE_RECORD_LIST, NULL);
  self->store = g_object_ref (store);
  self->query = zs_query_ref (query);
  self->changed_id = g_signal_connect (store, "changed", G_CALLBACK (on_store_changed), self);

  if (!zs_record_list_refresh (self, &error))
    g_warning ("Cannot fill a list: %s", error->message);
  return self;
}

ZsRecordList *
zs_record_list_new_frozen (ZsStore *store,
                           ZsQuery *query)
{
  ZsRecordList *self;

  g_return_val_if_fail (ZS_IS_STORE (store), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  self = g_object_new (ZS_TYPE_RECORD_LIST, NULL);
  self->store = g_object_ref (store);
  self->query = zs_query_ref (query);
  self->changed_id = g_signal_connect (store, "changed", G_CALLBACK (on_store_changed), self);
  self->frozen = TRUE;
  self->dirty = TRUE;
  return self;
}

ZsQuery *
zs_record_list_get_query (ZsRecordList *self)
{
  g_return_val_if_fail (ZS_IS_RECORD_LIST (self), NULL);
  return self->query;
}

gboolean
zs_record_list_set_query (ZsRecordList  *self,
                          ZsQuery       *query,
                          GError       **error)
{
  g_return_val_if_fail (ZS_IS_RECORD_LIST (self), FALSE);
  g_return_val_if_fail (zs_query_get_record_type (query) == zs_query_get_record_type (self->query), FALSE);

  zs_query_ref (query);
  zs_query_unref (self->query);
  self->query = query;
  /* A list nobody sees runs its new query when it is shown. */
  if (self->frozen)
    {
      self->dirty = TRUE;
      return TRUE;
    }
  return zs_record_list_refresh (self, error);
}

gboolean
zs_record_list_refresh (ZsRecordList  *self,
                        GError       **error)
{
  g_autoptr(GArray) ids = NULL;

  g_return_val_if_fail (ZS_IS_RECORD_LIST (self), FALSE);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  self->dirty = FALSE;
  ids = zs_store_query (self->store, self->query, error);
  if (ids == NULL)
    return FALSE;

  replace_ids (self, ids);
  return TRUE;
}

gint64
zs_record_list_get_id (ZsRecordList *self,
                       guint         position)
{
  g_return_val_if_fail (ZS_IS_RECORD_LIST (self), 0);
  g_return_val_if_fail (position < self->ids->len, 0);

  return g_array_index (self->ids, gint64, position);
}

int
zs_record_list_find (ZsRecordList *self,
                     gint64        id)
{
  g_return_val_if_fail (ZS_IS_RECORD_LIST (self), -1);

  for (guint i = 0; i < self->ids->len; i++)
    if (g_array_index (self->ids, gint64, i) == id)
      return (int) i;
  return -1;
}

void
zs_record_list_set_frozen (ZsRecordList *self,
                           gboolean      frozen)
{
  g_return_if_fail (ZS_IS_RECORD_LIST (self));

  self->frozen = frozen;
  if (!frozen && self->dirty)
    {
      g_autoptr(GError) error = NULL;

      if (!zs_record_list_refresh (self, &error))
        g_warning ("Cannot refresh a list: %s", error->message);
    }
}

void
zs_record_list_set_read_ahead (ZsRecordList *self,
                               guint         rows)
{
  g_return_if_fail (ZS_IS_RECORD_LIST (self));

  self->read_ahead = rows;
  clear_window (self);
}

void
zs_record_list_set_single_change (ZsRecordList *self,
                                  gboolean      single_change)
{
  g_return_if_fail (ZS_IS_RECORD_LIST (self));
  self->single_change = single_change;
}

ZsRecordList *
zs_record_list_new_manual (ZsStore *store,
                           GType    type)
{
  ZsRecordList *self;

  g_return_val_if_fail (ZS_IS_STORE (store), NULL);

  self = g_object_new (ZS_TYPE_RECORD_LIST, NULL);
  self->store = g_object_ref (store);
  self->query = zs_query_new (type);
  return self;
}

void
zs_record_list_set_ids (ZsRecordList *self,
                        GArray       *ids)
{
  g_return_if_fail (ZS_IS_RECORD_LIST (self));
  g_return_if_fail (ids != NULL);

  replace_ids (self, ids);
}
