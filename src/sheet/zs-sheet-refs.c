/* zs-sheet-refs.c — the records a sheet names by name: units, people, chains …
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include "zs-sheet-refs.h"
#include "zs-sheet-words.h"

typedef struct {
  GHashTable *by_name;   /* normalized name → gint64 * */
  GHashTable *by_id;     /* gint64 * → name as written */
} Names;

struct _ZsSheetRefs {
  ZsStore    *store;
  GHashTable *types;     /* GType → Names * */
};

static void
names_free (gpointer data)
{
  Names *names = data;

  g_hash_table_unref (names->by_name);
  g_hash_table_unref (names->by_id);
  g_free (names);
}

ZsSheetRefs *
zs_sheet_refs_new (ZsStore *store)
{
  ZsSheetRefs *self = g_new0 (ZsSheetRefs, 1);

  self->store = g_object_ref (store);
  self->types = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, names_free);
  return self;
}

void
zs_sheet_refs_free (ZsSheetRefs *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->types);
  g_object_unref (self->store);
  g_free (self);
}

static Names *
names_of (ZsSheetRefs *self,
          GType        type)
{
  Names *names = g_hash_table_lookup (self->types, GSIZE_TO_POINTER (type));

  if (names == NULL)
    {
      names = g_new0 (Names, 1);
      names->by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      names->by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
      g_hash_table_insert (self->types, GSIZE_TO_POINTER (type), names);
    }
  return names;
}

void
zs_sheet_refs_add (ZsSheetRefs *self,
                   GType        type,
                   gint64       id,
                   const char  *name)
{
  Names *names = names_of (self, type);
  char *key = zs_sheet_normalize (name);

  /* Two records of one name: the first keeps it, as the sheet cannot tell them apart. */
  if (!g_hash_table_contains (names->by_name, key))
    g_hash_table_insert (names->by_name, key, g_memdup2 (&id, sizeof id));
  else
    g_free (key);
  g_hash_table_insert (names->by_id, g_memdup2 (&id, sizeof id), g_strdup (name));
}

gboolean
zs_sheet_refs_load (ZsSheetRefs  *self,
                    GType         type,
                    GError      **error)
{
  ZsStoreCursor *cursor;
  g_autoptr(GError) local = NULL;
  ZsRecord *record;

  if (g_hash_table_contains (self->types, GSIZE_TO_POINTER (type)))
    return TRUE;
  names_of (self, type);
  cursor = zs_store_cursor_new (self->store, type, FALSE, error);
  if (cursor == NULL)
    return FALSE;
  while ((record = zs_store_cursor_next (cursor, &local)) != NULL)
    if (zs_record_get_title (record) != NULL)
      zs_sheet_refs_add (self, type, zs_record_get_id (record), zs_record_get_title (record));
  zs_store_cursor_free (cursor);
  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  return TRUE;
}

const char *
zs_sheet_refs_name (ZsSheetRefs *self,
                    GType        type,
                    gint64       id)
{
  Names *names = g_hash_table_lookup (self->types, GSIZE_TO_POINTER (type));

  return names != NULL ? g_hash_table_lookup (names->by_id, &id) : NULL;
}

gint64
zs_sheet_refs_find (ZsSheetRefs *self,
                    GType        type,
                    const char  *name)
{
  Names *names = g_hash_table_lookup (self->types, GSIZE_TO_POINTER (type));
  g_autofree char *key = zs_sheet_normalize (name);
  gint64 *id = names != NULL ? g_hash_table_lookup (names->by_name, key) : NULL;

  return id != NULL ? *id : 0;
}
