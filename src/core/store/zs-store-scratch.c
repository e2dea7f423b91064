/* zs-store-scratch.c — streaming over rows, selections of rows, and what
 * an import notes as it goes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * An export of 100,000 projects must not hold 100,000 objects: a cursor
 * refills one record per row, and the UUIDs its references point to come
 * with the row, so the writer never asks the store again per row. A
 * filtered export first gathers its rows in the selection. An import
 * notes which records its file holds (the file index) and which version of
 * each it brought (import marks). All of it is the backend's to keep, for
 * this connection only.
 */
#include "config.h"

#include "zs-store-private.h"

struct _ZsStoreCursor
{
  ZsStore              *store;
  ZsStoreBackendCursor *impl;
  ZsRecord             *record;
  ZsRecordClass        *klass;
};

ZsStoreCursor *
zs_store_cursor_new (ZsStore   *self,
                     GType      type,
                     gboolean   selected_only,
                     GError   **error)
{
  ZsStoreBackendCursor *impl;
  ZsStoreCursor *cursor;

  g_return_val_if_fail (ZS_IS_STORE (self), NULL);
  g_return_val_if_fail (g_type_is_a (type, ZS_TYPE_RECORD), NULL);

  impl = self->ops->cursor_new (self->backend, type, selected_only, error);
  if (impl == NULL)
    return NULL;

  cursor = g_new0 (ZsStoreCursor, 1);
  cursor->store = g_object_ref (self);
  cursor->impl = impl;
  cursor->record = g_object_new (type, NULL);
  cursor->klass = zs_store_record_class (type);
  return cursor;
}

ZsRecord *
zs_store_cursor_next (ZsStoreCursor  *cursor,
                      GError        **error)
{
  ZsStore *store;

  g_return_val_if_fail (cursor != NULL, NULL);

  store = cursor->store;
  if (!store->ops->cursor_next (store->backend, cursor->impl, cursor->record, error))
    return NULL;
  return cursor->record;
}

const char *
zs_store_cursor_get_ref_uuid (ZsStoreCursor *cursor,
                              guint          field)
{
  ZsStore *store;

  g_return_val_if_fail (cursor != NULL, NULL);
  g_return_val_if_fail (field < cursor->klass->n_fields, NULL);
  g_return_val_if_fail (cursor->klass->fields[field].kind == ZS_FIELD_REF, NULL);

  store = cursor->store;
  return store->ops->cursor_get_ref_uuid (store->backend, cursor->impl, field);
}

void
zs_store_cursor_free (ZsStoreCursor *cursor)
{
  if (cursor == NULL)
    return;

  cursor->store->ops->cursor_free (cursor->store->backend, cursor->impl);
  g_clear_object (&cursor->record);
  g_clear_object (&cursor->store);
  g_free (cursor);
}

/* ---- selections ------------------------------------------------------------ */

gboolean
zs_store_selection_clear (ZsStore  *self,
                          GError  **error)
{
  g_return_val_if_fail (ZS_IS_STORE (self), FALSE);

  return self->ops->selection_clear (self->backend, error);
}

gboolean
zs_store_selection_add_query (ZsStore  *self,
                              ZsQuery  *query,
                              GError  **error)
{
  g_return_val_if_fail (ZS_IS_STORE (self), FALSE);
  g_return_val_if_fail (query != NULL, FALSE);

  return self->ops->selection_add_query (self->backend, query, error);
}

gboolean
zs_store_selection_add_owned (ZsStore  *self,
                              GType     owner_type,
                              GError  **error)
{
  g_return_val_if_fail (ZS_IS_STORE (self), FALSE);
  g_return_val_if_fail (g_type_is_a (owner_type, ZS_TYPE_RECORD), FALSE);

  return self->ops->selection_add_owned (self->backend, owner_type, error);
}

gboolean
zs_store_selection_add_referenced (ZsStore  *self,
                                   GError  **error)
{
  g_return_val_if_fail (ZS_IS_STORE (self), FALSE);

  return self->ops->selection_add_referenced (self->backend, error);
}

gint64
zs_store_selection_count (ZsStore  *self,
                          GType     type,
                          GError  **error)
{
  g_return_val_if_fail (ZS_IS_STORE (self), -1);
  g_return_val_if_fail (g_type_is_a (type, ZS_TYPE_RECORD), -1);

  return self->ops->selection_count (self->backend, type, error);
}

/* ---- import marks and the file index ------------------------------------------- */

char *
zs_store_get_import_mark (ZsStore    *self,
                          GType       type,
                          const char *uuid)
{
  g_return_val_if_fail (ZS_IS_STORE (self), NULL);

  return self->ops->get_import_mark (self->backend, type, uuid);
}

gboolean
zs_store_mark_queue_reset (ZsStore  *self,
                           GError  **error)
{
  g_return_val_if_fail (ZS_IS_STORE (self), FALSE);

  return self->ops->mark_queue_reset (self->backend, error);
}

gboolean
zs_store_mark_queue_add (ZsStore     *self,
                         GType        type,
                         const char  *uuid,
                         const char  *updated,
                         GError     **error)
{
  g_return_val_if_fail (ZS_IS_STORE (self), FALSE);

  return self->ops->mark_queue_add (self->backend, type, uuid, updated, error);
}

gboolean
zs_store_mark_queue_write (ZsStore  *self,
                           GError  **error)
{
  g_return_val_if_fail (ZS_IS_STORE (self), FALSE);

  return self->ops->mark_queue_write (self->backend, error);
}

gboolean
zs_store_file_index_reset (ZsStore  *self,
                           GError  **error)
{
  g_return_val_if_fail (ZS_IS_STORE (self), FALSE);

  return self->ops->file_index_reset (self->backend, error);
}

gboolean
zs_store_file_index_add (ZsStore     *self,
                         GType        type,
                         const char  *uuid,
                         int          line,
                         gboolean     refused,
                         int         *first_line,
                         GError     **error)
{
  g_return_val_if_fail (ZS_IS_STORE (self), FALSE);

  return self->ops->file_index_add (self->backend, type, uuid, line, refused, first_line, error);
}

gboolean
zs_store_file_index_lookup (ZsStore    *self,
                            GType       type,
                            const char *uuid,
                            gboolean   *refused,
                            int        *line)
{
  g_return_val_if_fail (ZS_IS_STORE (self), FALSE);

  return self->ops->file_index_lookup (self->backend, type, uuid, refused, line);
}
