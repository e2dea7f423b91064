/* zs-store-records.c — reading, writing and finding records
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * What every engine shares: a row read becomes the one live object of its
 * (type, id); a saved record gets its UUID and timestamps here and is
 * validated first; a delete is refused while other records use the row,
 * naming them; an undo puts back a row with everything that belonged to it.
 * The backend only reads and writes rows.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "zs-date.h"
#include "zs-error.h"
#include "zs-record-private.h"
#include "zs-records.h"
#include "zs-store-private.h"
#include "zs-store-rules.h"

/* ---- load ---------------------------------------------------------------- */

/* Puts what @stored holds into @record through its setters, so that views
 * of @record update. */
static void
copy_into_live (ZsRecord *record,
                ZsRecord *stored)
{
  ZsRecordClass *klass = ZS_RECORD_GET_CLASS (record);

  g_object_freeze_notify (G_OBJECT (record));

  zs_record_set_id (record, zs_record_get_id (stored));
  zs_record_set_uuid (record, zs_record_get_uuid (stored));
  zs_record_set_created (record, zs_record_get_created (stored));
  zs_record_set_updated (record, zs_record_get_updated (stored));
  zs_record_set_version (record, zs_record_get_version (stored));
  for (guint i = 0; i < klass->n_fields; i++)
    zs_record_set_value (record, i, zs_record_get_value (stored, i));

  g_object_thaw_notify (G_OBJECT (record));
}

gpointer
zs_store_load (ZsStore  *self,
               GType     type,
               gint64    id,
               GError  **error)
{
  ZsRecord *record;

  g_return_val_if_fail (ZS_IS_STORE (self), NULL);
  g_return_val_if_fail (g_type_is_a (type, ZS_TYPE_RECORD), NULL);

  if ((record = zs_store_live_lookup (self, type, id)) != NULL)
    return g_object_ref (record);

  record = g_object_new (type, NULL);
  if (!self->ops->read_row (self->backend, id, record, error))
    {
      g_object_unref (record);
      return NULL;
    }

  zs_store_live_add (self, record);
  return record;
}

/* ---- several rows at once ------------------------------------------------ */

static void
unref_if_set (gpointer object)
{
  if (object != NULL)
    g_object_unref (object);
}

/* For a backend without read_rows: row by row, in the caller's transaction. */
static gboolean
read_rows_one_by_one (ZsStore       *self,
                      GType          type,
                      const gint64  *ids,
                      guint          n_ids,
                      GPtrArray     *into,
                      GError       **error)
{
  for (guint i = 0; i < n_ids; i++)
    {
      g_autoptr(ZsRecord) record = g_object_new (type, NULL);
      g_autoptr(GError) local_error = NULL;

      if (self->ops->read_row (self->backend, ids[i], record, &local_error))
        g_ptr_array_add (into, g_steal_pointer (&record));
      else if (!g_error_matches (local_error, ZS_ERROR, ZS_ERROR_NOT_FOUND))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
    }
  return TRUE;
}

GPtrArray *
zs_store_load_many (ZsStore       *self,
                    GType          type,
                    const gint64  *ids,
                    guint          n_ids,
                    GError       **error)
{
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GArray) missing = NULL;
  g_autoptr(GPtrArray) read = NULL;
  g_autoptr(GHashTable) by_id = NULL;
  g_autoptr(GArray) read_ids = NULL;
  gboolean own_transaction;
  gboolean ok;

  g_return_val_if_fail (ZS_IS_STORE (self), NULL);
  g_return_val_if_fail (g_type_is_a (type, ZS_TYPE_RECORD), NULL);
  g_return_val_if_fail (ids != NULL || n_ids == 0, NULL);

  records = g_ptr_array_new_full (n_ids, unref_if_set);
  missing = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = 0; i < n_ids; i++)
    {
      ZsRecord *live = zs_store_live_lookup (self, type, ids[i]);

      g_ptr_array_add (records, live != NULL ? g_object_ref (live) : NULL);
      if (live == NULL)
        g_array_append_val (missing, ids[i]);
    }
  if (missing->len == 0)
    return g_steal_pointer (&records);

  /* One read for them all: a screenful of rows is one transaction, not one each. */
  own_transaction = self->txn_depth == 0;
  if (own_transaction && !zs_store_begin_read (self, error))
    return NULL;
  read = g_ptr_array_new_with_free_func (g_object_unref);
  if (self->ops->read_rows != NULL)
    ok = self->ops->read_rows (self->backend, type, (const gint64 *) (gpointer) missing->data, missing->len,
                               read, error);
  else
    ok = read_rows_one_by_one (self, type, (const gint64 *) (gpointer) missing->data, missing->len, read, error);
  if (own_transaction)
    {
      /* A failed read still ends its transaction; its own error comes first. */
      if (ok)
        ok = zs_store_commit (self, error);
      else
        zs_store_commit (self, NULL);
    }
  if (!ok)
    return NULL;

  by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  read_ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), read->len);
  g_array_set_size (read_ids, read->len);
  for (guint i = 0; i < read->len; i++)
    {
      ZsRecord *record = g_ptr_array_index (read, i);
      gint64 *id = &g_array_index (read_ids, gint64, i);

      *id = zs_record_get_id (record);
      g_hash_table_insert (by_id, id, record);
    }
  for (guint i = 0; i < n_ids; i++)
    {
      ZsRecord *record;

      if (g_ptr_array_index (records, i) != NULL)
        continue;
      /* The same id twice: the first made it live. */
      if ((record = zs_store_live_lookup (self, type, ids[i])) == NULL &&
          (record = g_hash_table_lookup (by_id, &ids[i])) != NULL)
        zs_store_live_add (self, record);
      if (record != NULL)
        g_ptr_array_index (records, i) = g_object_ref (record);
    }
  return g_steal_pointer (&records);
}

gpointer
zs_store_read_stored (ZsStore  *self,
                      GType     type,
                      gint64    id,
                      GError  **error)
{
  g_autoptr(ZsRecord) record = NULL;

  g_return_val_if_fail (ZS_IS_STORE (self), NULL);
  g_return_val_if_fail (g_type_is_a (type, ZS_TYPE_RECORD), NULL);

  record = g_object_new (type, NULL);
  if (!self->ops->read_row (self->backend, id, record, error))
    return NULL;
  return g_steal_pointer (&record);
}

gpointer
zs_store_load_by_uuid (ZsStore     *self,
                       GType        type,
                       const char  *uuid,
                       GError     **error)
{
  g_autoptr(ZsRecord) record = NULL;
  ZsRecord *live;

  g_return_val_if_fail (ZS_IS_STORE (self), NULL);
  g_return_val_if_fail (g_type_is_a (type, ZS_TYPE_RECORD), NULL);

  if (uuid == NULL)
    return NULL;

  record = self->ops->read_row_by_uuid (self->backend, type, uuid, error);
  if (record == NULL)
    return NULL;

  if ((live = zs_store_live_lookup (self, type, zs_record_get_id (record))) != NULL)
    return g_object_ref (live);

  zs_store_live_add (self, record);
  return g_steal_pointer (&record);
}

gboolean
zs_store_reload (ZsStore   *self,
                 ZsRecord  *record,
                 GError   **error)
{
  g_autoptr(ZsRecord) stored = NULL;

  g_return_val_if_fail (ZS_IS_STORE (self), FALSE);
  g_return_val_if_fail (ZS_IS_RECORD (record), FALSE);

  stored = g_object_new (G_OBJECT_TYPE (record), NULL);
  if (!self->ops->read_row (self->backend, zs_record_get_id (record), stored, error))
    return FALSE;

  copy_into_live (record, stored);
  return TRUE;
}

gboolean
zs_store_update_field (ZsStore       *self,
                       GType          type,
                       gint64         id,
                       guint          field,
                       const GValue  *value,
                       gint64         version,
                       GError       **error)
{
  ZsRecordClass *klass;
  ZsRecord *live;
  GError *local_error = NULL;
  gint64 new_version = 0;

  g_return_val_if_fail (ZS_IS_STORE (self), FALSE);
  g_return_val_if_fail (g_type_is_a (type, ZS_TYPE_RECORD), FALSE);
  g_return_val_if_fail (G_IS_VALUE (value), FALSE);

  klass = zs_store_record_class (type);
  g_return_val_if_fail (field < klass->n_fields, FALSE);

  live = zs_store_live_lookup (self, type, id);
  zs_store_capture_note (self, type, id);
  if (!self->ops->update_field (self->backend, type, id, field, value, version, &new_version, &local_error))
    {
      if (g_error_matches (local_error, ZS_ERROR, ZS_ERROR_CONFLICT))
        {
          g_autoptr(ZsRecord) stored = zs_store_read_stored (self, type, id, NULL);
          g_autoptr(ZsRecord) mine = stored != NULL ? zs_store_copy_record (stored) : NULL;

          g_clear_error (&local_error);
          if (mine != NULL)
            {
              zs_record_set_version (mine, version);
              zs_record_set_value (mine, field, value);
              zs_store_note_conflict (self, live != NULL ? live : stored, mine, (int) field);
            }
          g_set_error (&local_error, ZS_ERROR, ZS_ERROR_CONFLICT,
                       _("“%s” was changed by another user after you opened it, so your change was not saved."),
                       stored != NULL ? zs_record_get_title (stored) : "?");
        }
      g_propagate_error (error, local_error);
      return FALSE;
    }

  /* A clerk's field saved at the live object's version: the live object
   * is at the new one. A rule's total leaves it as it is (the rule re-reads
   * it after the commit, zs_store_reread_live()). */
  if (live != NULL && version != ZS_STORE_ANY_VERSION && zs_record_get_version (live) == version)
    {
      zs_record_set_version (live, new_version);
      zs_record_set_value (live, field, value);
    }

  zs_store_emit_changed (self, type, id);
  return TRUE;
}

/* Writes @record at the version it was read at (any version for an
 * import, which holds the row's values whole); a row another user saved
 * since is refused, noting the conflict while the clerk's values are
 * still in @record. */
static gboolean
write_row (ZsStore   *self,
           ZsRecord  *record,
           gboolean   insert,
           gboolean   any_version,
           gboolean  *conflict,
           GError   **error)
{
  GError *local_error = NULL;
  g_autoptr(ZsRecord) mine = NULL;

  if (!insert)
    zs_store_capture_note (self, G_OBJECT_TYPE (record), zs_record_get_id (record));
  if (self->ops->write_row (self->backend, record, insert, any_version, &local_error))
    {
      if (insert)
        zs_store_capture_note_new (self, G_OBJECT_TYPE (record), zs_record_get_id (record));
      return TRUE;
    }

  if (g_error_matches (local_error, ZS_ERROR, ZS_ERROR_CONFLICT))
    {
      g_clear_error (&local_error);
      *conflict = TRUE;
      mine = zs_store_copy_record (record);
      zs_store_note_conflict (self, record, mine, -1);
      g_set_error (&local_error, ZS_ERROR, ZS_ERROR_CONFLICT,
                   _("“%s” was changed by another user after you opened it, so your change was not saved."),
                   zs_record_get_title (record));
    }
  g_propagate_error (error, local_error);
  return FALSE;
}

static gboolean
row_exists (ZsStore       *self,
            ZsRecordClass *klass,
            gint64         id)
{
  return self->ops->row_exists (self->backend, G_TYPE_FROM_CLASS (klass), id);
}

/* Reads the stored row of @record for the save's history and rules: NULL
 * with @insert for a record that has none. */
static gboolean
read_before_save (ZsStore    *self,
                  ZsRecord   *record,
                  ZsRecord  **stored,
                  gboolean   *insert,
                  GError    **error)
{
  g_autoptr(ZsRecord) row = NULL;
  g_autoptr(GError) local_error = NULL;

  *stored = NULL;
  *insert = TRUE;
  if (zs_record_get_id (record) == 0)
    return TRUE;

  row = g_object_new (G_OBJECT_TYPE (record), NULL);
  if (!self->ops->read_row (self->backend, zs_record_get_id (record), row, &local_error))
    {
      if (g_error_matches (local_error, ZS_ERROR, ZS_ERROR_NOT_FOUND))
        return TRUE;
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  *stored = g_steal_pointer (&row);
  *insert = FALSE;
  return TRUE;
}

gboolean
zs_store_save_full (ZsStore      *self,
                    ZsRecord     *record,
                    ZsSaveFlags   flags,
                    GError      **error)
{
  ZsRecordClass *klass;
  const ZsRecordRules *rules;
  ZsRuleContext context = { flags, FALSE, { 0, 0 }, NULL };
  g_autoptr(ZsRecord) stored = NULL;
  g_autofree char *now = NULL;
  gboolean importing = (flags & ZS_SAVE_IMPORT) != 0;
  gboolean own_transaction;
  gboolean insert;
  gboolean conflict = FALSE;

  g_return_val_if_fail (ZS_IS_STORE (self), FALSE);
  g_return_val_if_fail (ZS_IS_RECORD (record), FALSE);

  if (!zs_record_validate (record, error))
    return FALSE;

  klass = ZS_RECORD_GET_CLASS (record);
  rules = zs_store_get_rules (G_OBJECT_TYPE (record));

  /* An imported record is one statement, atomic by itself; inside the
   * import's transaction a savepoint per record would only copy pages to a
   * statement journal. */
  own_transaction = !(importing && self->txn_depth > 0);
  if (own_transaction && !zs_store_begin (self, error))
    {
      /* Show what is stored, not an edit that could not be written. */
      if (zs_record_get_id (record) != 0)
        zs_store_reload (self, record, NULL);
      return FALSE;
    }

  /* An import writes no entry per record, and needs only to know whether
   * the row is there; an edit reads the row once, for its history and its
   * rules, inside the transaction that writes it. */
  if (importing)
    insert = zs_record_get_id (record) == 0 || !row_exists (self, klass, zs_record_get_id (record));
  else if (!read_before_save (self, record, &stored, &insert, error))
    goto fail_unchanged;
  context.insert = insert;
  context.stored = stored;

  /* A record read from a row that another user deleted since is not made
   * again behind their back (one this store deleted is, for an undo: its
   * version is 0 then; so are an import's and a restore's). */
  if (insert && !importing && zs_record_get_id (record) != 0 && zs_record_get_version (record) > 0)
    {
      g_autoptr(ZsRecord) mine = zs_store_copy_record (record);

      zs_store_note_conflict (self, record, mine, -1);
      zs_store_live_remove (self, record);
      g_set_error (error, ZS_ERROR, ZS_ERROR_CONFLICT,
                   _("“%s” was deleted by another user; your change cannot be saved."),
                   zs_record_get_title (record));
      goto fail_unchanged;
    }

  /* An imported record keeps its own times. */
  if (!importing || zs_record_get_created (record) == NULL || zs_record_get_updated (record) == NULL)
    now = zs_timestamp_now ();

  g_object_freeze_notify (G_OBJECT (record));
  if (zs_record_get_uuid (record) == NULL)
    {
      g_autofree char *uuid = g_uuid_string_random ();

      zs_record_set_uuid (record, uuid);
    }
  if (zs_record_get_created (record) == NULL || (insert && !importing))
    zs_record_set_created (record, now);
  if (zs_record_get_updated (record) == NULL || !importing)
    zs_record_set_updated (record, now);
  if (rules != NULL && rules->before_save != NULL &&
      !rules->before_save (self, record, &context, error))
    {
      g_object_thaw_notify (G_OBJECT (record));
      goto fail;
    }
  g_object_thaw_notify (G_OBJECT (record));

  if (!write_row (self, record, insert, importing, &conflict, error))
    goto fail;
  if (!importing && !zs_store_history_note_save (self, record, stored, error))
    goto fail;

  if (rules != NULL && rules->after_save != NULL &&
      !rules->after_save (self, record, &context, error))
    goto fail;

  if (own_transaction && !zs_store_commit (self, error))
    goto fail;

  zs_store_live_add (self, record);
  if (own_transaction && rules != NULL && rules->after_commit != NULL)
    rules->after_commit (self, record, &context);
  zs_store_emit_changed (self, G_OBJECT_TYPE (record), zs_record_get_id (record));
  return TRUE;

fail:
  if (insert && !importing)
    zs_record_set_id (record, 0);
fail_unchanged:
  /* Without a savepoint of its own, the caller's rollback undoes it. */
  if (own_transaction)
    zs_store_rollback (self);
  /* A refused save shows what is stored now, live or not. */
  if (conflict)
    zs_store_reload (self, record, NULL);
  return FALSE;
}

gboolean
zs_store_save (ZsStore   *self,
               ZsRecord  *record,
               GError   **error)
{
  return zs_store_save_full (self, record, ZS_SAVE_DEFAULT, error);
}

/* Lists what still refers to @record through references that do not
 * belong to it, e.g. "项目 3、线索 1". */
static char *
describe_users (ZsStore  *self,
                ZsRecord *record)
{
  g_autoptr(GString) users = g_string_new (NULL);
  GType type = G_OBJECT_TYPE (record);
  guint n_types;
  const GType *types = zs_record_types (&n_types);

  for (guint t = 0; t < n_types; t++)
    {
      ZsRecordClass *klass = g_type_class_peek (types[t]);
      gint64 count = 0;

      for (guint i = 0; i < klass->n_fields; i++)
        {
          const ZsField *f = &klass->fields[i];
          g_autoptr(ZsQuery) query = NULL;
          gint64 n = 0;

          if (f->kind != ZS_FIELD_REF || (f->flags & ZS_FIELD_OWNER) != 0 || f->get_type () != type)
            continue;

          query = zs_query_new (types[t]);
          zs_query_add_int (query, i, ZS_QUERY_EQ, zs_record_get_id (record));
          if (self->ops->count (self->backend, query, &n, NULL))
            count += n;
        }

      if (count > 0)
        g_string_append_printf (users, "%s%s %" G_GINT64_FORMAT,
                                users->len ? _(", ") : "",
                                g_dgettext (GETTEXT_PACKAGE, klass->label), count);
    }

  return users->len ? g_string_free (g_steal_pointer (&users), FALSE) : NULL;
}

gboolean
zs_store_delete (ZsStore   *self,
                 ZsRecord  *record,
                 GError   **error)
{
  const ZsRecordRules *rules;
  ZsRuleContext context = { ZS_SAVE_DEFAULT, FALSE, { 0, 0 }, NULL };
  g_autofree char *users = NULL;

  g_return_val_if_fail (ZS_IS_STORE (self), FALSE);
  g_return_val_if_fail (ZS_IS_RECORD (record), FALSE);
  g_return_val_if_fail (zs_record_get_id (record) != 0, FALSE);

  rules = zs_store_get_rules (G_OBJECT_TYPE (record));
  users = describe_users (self, record);
  if (users != NULL)
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_CONSTRAINT,
                   _("“%s” cannot be deleted: it is still used by %s. "
                     "Change or delete those first."),
                   zs_record_get_title (record), users);
      return FALSE;
    }

  if (!zs_store_begin (self, error))
    return FALSE;
  if (self->history_paused == 0 &&
      !zs_store_history_note_record (self, ZS_HISTORY_DELETE, record, error))
    goto fail;
  if (rules != NULL && rules->before_delete != NULL &&
      !rules->before_delete (self, record, &context, error))
    goto fail;
  zs_store_capture_note_delete (self, record);
  if (!self->ops->delete_row (self->backend, G_OBJECT_TYPE (record), zs_record_get_id (record), error))
    goto fail;
  if (rules != NULL && rules->after_delete != NULL &&
      !rules->after_delete (self, record, &context, error))
    goto fail;
  if (!zs_store_commit (self, error))
    goto fail;

  zs_store_live_remove (self, record);
  /* No longer a copy of a stored row: saving it again brings it back
   * (an undo), as a row deleted by another user would not. */
  zs_record_set_version (record, 0);
  if (rules != NULL && rules->after_commit != NULL)
    rules->after_commit (self, record, &context);
  /* Records that belonged to it went with it. */
  zs_store_emit_changed (self, G_TYPE_NONE, 0);
  return TRUE;

fail:
  zs_store_rollback (self);
  return FALSE;
}

gboolean
zs_store_collect_owned (ZsStore    *self,
               ZsRecord   *record,
               GPtrArray  *out,
               GError    **error)
{
  guint n_types;
  const GType *types = zs_record_types (&n_types);

  g_ptr_array_add (out, g_object_ref (record));

  for (guint t = 0; t < n_types; t++)
    {
      ZsRecordClass *klass = g_type_class_peek (types[t]);

      for (guint i = 0; i < klass->n_fields; i++)
        {
          const ZsField *f = &klass->fields[i];
          g_autoptr(ZsQuery) query = NULL;
          g_autoptr(GArray) ids = NULL;

          if (f->kind != ZS_FIELD_REF || (f->flags & ZS_FIELD_OWNER) == 0 ||
              f->get_type () != G_OBJECT_TYPE (record))
            continue;

          query = zs_query_new (types[t]);
          zs_query_add_int (query, i, ZS_QUERY_EQ, zs_record_get_id (record));
          ids = zs_store_query (self, query, error);
          if (ids == NULL)
            return FALSE;

          for (guint j = 0; j < ids->len; j++)
            {
              g_autoptr(ZsRecord) child = zs_store_load (self, types[t], g_array_index (ids, gint64, j), error);

              if (child == NULL || !zs_store_collect_owned (self, child, out, error))
                return FALSE;
            }
        }
    }
  return TRUE;
}

GPtrArray *
zs_store_delete_for_undo (ZsStore   *self,
                          ZsRecord  *record,
                          GError   **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (ZS_IS_STORE (self), NULL);
  g_return_val_if_fail (ZS_IS_RECORD (record), NULL);

  if (!zs_store_collect_owned (self, record, records, error))
    return NULL;
  if (!zs_store_delete (self, record, error))
    return NULL;

  /* The children are gone from the database; keep their objects out of the
   * live table so a later load cannot hand them out. */
  for (guint i = 1; i < records->len; i++)
    {
      zs_store_live_remove (self, g_ptr_array_index (records, i));
      zs_record_set_version (g_ptr_array_index (records, i), 0);
    }

  return g_steal_pointer (&records);
}

gboolean
zs_store_restore (ZsStore    *self,
                  GPtrArray  *records,
                  GError    **error)
{
  g_autofree ZsRuleContext *contexts = NULL;

  g_return_val_if_fail (ZS_IS_STORE (self), FALSE);

  contexts = g_new0 (ZsRuleContext, MAX (records->len, 1));
  if (!zs_store_begin (self, error))
    return FALSE;

  for (guint i = 0; i < records->len; i++)
    if (!zs_store_save_full (self, g_ptr_array_index (records, i), ZS_SAVE_IMPORT, error))
      {
        zs_store_rollback (self);
        return FALSE;
      }

  /* One entry for what the clerk put back: the first record, which the
   * others belonged to. */
  if (records->len > 0 && self->history_paused == 0 &&
      !zs_store_history_note_record (self, ZS_HISTORY_RESTORE, g_ptr_array_index (records, 0), error))
    {
      zs_store_rollback (self);
      return FALSE;
    }

  /* The rules see the whole restored set, not half of it. */
  for (guint i = 0; i < records->len; i++)
    {
      ZsRecord *record = g_ptr_array_index (records, i);
      const ZsRecordRules *rules = zs_store_get_rules (G_OBJECT_TYPE (record));

      contexts[i].flags = ZS_SAVE_IMPORT;
      contexts[i].insert = TRUE;
      if (rules != NULL && rules->after_restore != NULL &&
          !rules->after_restore (self, record, &contexts[i], error))
        {
          zs_store_rollback (self);
          return FALSE;
        }
    }

  if (!zs_store_commit (self, error))
    return FALSE;
  for (guint i = 0; i < records->len; i++)
    {
      ZsRecord *record = g_ptr_array_index (records, i);
      const ZsRecordRules *rules = zs_store_get_rules (G_OBJECT_TYPE (record));

      if (rules != NULL && rules->after_commit != NULL)
        rules->after_commit (self, record, &contexts[i]);
    }
  return TRUE;
}

gint64
zs_store_find_by_uuid (ZsStore    *self,
                       GType       type,
                       const char *uuid)
{
  g_return_val_if_fail (ZS_IS_STORE (self), 0);
  g_return_val_if_fail (g_type_is_a (type, ZS_TYPE_RECORD), 0);

  if (uuid == NULL)
    return 0;

  return self->ops->find_by_uuid (self->backend, type, uuid, NULL);
}

gint64
zs_store_lookup_uuid (ZsStore     *self,
                      GType        type,
                      const char  *uuid,
                      GError     **error)
{
  g_return_val_if_fail (ZS_IS_STORE (self), 0);
  g_return_val_if_fail (g_type_is_a (type, ZS_TYPE_RECORD), 0);

  if (uuid == NULL)
    return 0;

  return self->ops->find_by_uuid (self->backend, type, uuid, error);
}

char *
zs_store_get_uuid (ZsStore    *self,
                   GType       type,
                   gint64      id)
{
  g_return_val_if_fail (ZS_IS_STORE (self), NULL);
  g_return_val_if_fail (g_type_is_a (type, ZS_TYPE_RECORD), NULL);

  return self->ops->get_uuid (self->backend, type, id);
}
