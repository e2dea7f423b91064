/* zs-store-live.c — the record objects in use, one per row
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * While a record object is alive, loading its row again gives the same
 * object, so that every view of a project shows one set of values and an
 * edit in one is seen by all. The store holds them weakly: a record no one
 * uses any more leaves the table by itself.
 */
#include "config.h"

#include "zs-store-private.h"

static GHashTable *
live_table (ZsStore  *self,
            GType     type,
            gboolean  create)
{
  GHashTable *table = g_hash_table_lookup (self->live, GSIZE_TO_POINTER (type));

  if (table == NULL && create)
    {
      table = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
      g_hash_table_insert (self->live, GSIZE_TO_POINTER (type), table);
    }
  return table;
}

static void
on_live_record_disposed (gpointer  data,
                         GObject  *where_the_object_was)
{
  ZsStore *self = data;
  GHashTable *table = live_table (self, G_OBJECT_TYPE (where_the_object_was), FALSE);
  gint64 id = zs_record_get_id (ZS_RECORD (where_the_object_was));

  if (table != NULL && g_hash_table_lookup (table, &id) == where_the_object_was)
    g_hash_table_remove (table, &id);
}

void
zs_store_live_add (ZsStore  *self,
                   ZsRecord *record)
{
  GHashTable *table = live_table (self, G_OBJECT_TYPE (record), TRUE);
  gint64 id = zs_record_get_id (record);

  if (g_hash_table_lookup (table, &id) == record)
    return;

  g_hash_table_insert (table, g_memdup2 (&id, sizeof id), record);
  g_object_weak_ref (G_OBJECT (record), on_live_record_disposed, self);
}

ZsRecord *
zs_store_live_lookup (ZsStore *self,
                      GType    type,
                      gint64   id)
{
  GHashTable *table = live_table (self, type, FALSE);

  return table != NULL ? g_hash_table_lookup (table, &id) : NULL;
}

void
zs_store_live_remove (ZsStore  *self,
                      ZsRecord *record)
{
  GHashTable *table = live_table (self, G_OBJECT_TYPE (record), FALSE);
  gint64 id = zs_record_get_id (record);

  if (table != NULL && g_hash_table_lookup (table, &id) == record)
    {
      g_hash_table_remove (table, &id);
      g_object_weak_unref (G_OBJECT (record), on_live_record_disposed, self);
    }
}

static GPtrArray *
live_records (ZsStore *self)
{
  GPtrArray *records = g_ptr_array_new_with_free_func (g_object_unref);
  GHashTableIter iter;
  GHashTable *table;

  g_hash_table_iter_init (&iter, self->live);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &table))
    {
      GHashTableIter inner;
      ZsRecord *record;

      g_hash_table_iter_init (&inner, table);
      while (g_hash_table_iter_next (&inner, NULL, (gpointer *) &record))
        g_ptr_array_add (records, g_object_ref (record));
    }
  return records;
}

void
zs_store_live_clear (ZsStore *self)
{
  g_autoptr(GPtrArray) records = live_records (self);

  for (guint i = 0; i < records->len; i++)
    zs_store_live_remove (self, g_ptr_array_index (records, i));
}

void
zs_store_live_refresh (ZsStore *self)
{
  g_autoptr(GPtrArray) records = live_records (self);

  for (guint i = 0; i < records->len; i++)
    {
      ZsRecord *record = g_ptr_array_index (records, i);
      g_autoptr(GError) error = NULL;

      if (!zs_store_reload (self, record, &error))
        zs_store_live_remove (self, record);
    }
}

void
zs_store_live_refresh_changed (ZsStore *self)
{
  g_autoptr(GPtrArray) records = live_records (self);

  for (guint i = 0; i < records->len; i++)
    {
      ZsRecord *record = g_ptr_array_index (records, i);
      g_autoptr(ZsRecord) stored = NULL;

      stored = zs_store_read_stored (self, G_OBJECT_TYPE (record), zs_record_get_id (record), NULL);
      if (stored == NULL)
        zs_store_live_remove (self, record);
      else if (zs_record_get_version (stored) != zs_record_get_version (record))
        zs_store_reload (self, record, NULL);
    }
}

void
zs_store_reread_live (ZsStore *self,
                      GType    type,
                      gint64   id)
{
  ZsRecord *record;

  g_return_if_fail (ZS_IS_STORE (self));

  record = zs_store_live_lookup (self, type, id);
  if (record != NULL)
    zs_store_reload (self, record, NULL);
}
