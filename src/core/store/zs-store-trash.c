/* zs-store-trash.c — 回收站: a delete keeps what it removed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * A delete from the window moves the record and everything that belongs
 * to it into the trash: the rows go (so no query, list or total sees
 * them), and a snapshot of them, serialized by the field tables
 * (zs-record-variant.h), is kept with who deleted what and when. Restoring
 * writes them back with their ids and UUIDs, as the undo of a delete did.
 * The backend keeps the entries as bytes; this file is the same for every
 * engine.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "zs-attachments.h"
#include "zs-date.h"
#include "zs-error.h"
#include "zs-record-variant.h"
#include "zs-store-private.h"
#include "zs-trash.h"

/* The version of the snapshot's layout, then the records, parents first. */
#define TRASH_DATA_TYPE ((const GVariantType *) "(ua(sxsssa{sv}))")
#define TRASH_DATA_VERSION 1

static GBytes *
serialize (GPtrArray *records)
{
  GVariantBuilder builder;
  g_autoptr(GVariant) data = NULL;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a(sxsssa{sv})"));
  for (guint i = 0; i < records->len; i++)
    g_variant_builder_add_value (&builder, zs_record_to_variant (g_ptr_array_index (records, i)));
  data = g_variant_ref_sink (g_variant_new ("(ua(sxsssa{sv}))", TRASH_DATA_VERSION, &builder));
  return g_variant_get_data_as_bytes (data);
}

static GPtrArray *
deserialize (GBytes  *bytes,
             GError **error)
{
  g_autoptr(GVariant) data = g_variant_ref_sink (g_variant_new_from_bytes (TRASH_DATA_TYPE, bytes, FALSE));
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GVariant) list = NULL;
  guint32 version;

  g_variant_get_child (data, 0, "u", &version);
  if (version != TRASH_DATA_VERSION)
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_TOO_NEW,
                   _("This entry of the trash was written by a newer version of the application."));
      return NULL;
    }
  list = g_variant_get_child_value (data, 1);
  for (gsize i = 0; i < g_variant_n_children (list); i++)
    {
      g_autoptr(GVariant) child = g_variant_get_child_value (list, i);
      ZsRecord *record = zs_record_from_variant (child, error);

      if (record == NULL)
        return NULL;
      g_ptr_array_add (records, record);
    }
  if (records->len == 0)
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_CORRUPT, _("This entry of the trash is empty or damaged."));
      return NULL;
    }
  return g_steal_pointer (&records);
}

/* The bytes of attachments removed for good go too; failing that, they
 * wait for the next time, and nothing the clerk sees is wrong. */
static void
forget_bytes (ZsStore *self)
{
  g_autoptr(GError) error = NULL;

  if (zs_store_attachments_forget_unused (self, &error) < 0)
    g_warning ("Could not remove the bytes of deleted attachments: %s", error->message);
}

GHashTable *
zs_store_trash_attachment_uuids (ZsStore  *self,
                                 GError  **error)
{
  g_autoptr(GHashTable) uuids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) entries = self->ops->trash_list (self->backend, error);

  if (entries == NULL)
    return NULL;
  for (guint i = 0; i < entries->len; i++)
    {
      gint64 id = zs_trash_entry_get_id (g_ptr_array_index (entries, i));
      g_autoptr(GBytes) data = self->ops->trash_read (self->backend, id, error);
      g_autoptr(GPtrArray) records = NULL;

      if (data == NULL)
        return NULL;
      /* An entry this version cannot read keeps nothing alive it knows of. */
      records = deserialize (data, NULL);
      for (guint j = 0; records != NULL && j < records->len; j++)
        if (ZS_IS_ATTACHMENT (g_ptr_array_index (records, j)))
          g_hash_table_add (uuids, g_strdup (zs_record_get_uuid (g_ptr_array_index (records, j))));
    }
  return g_steal_pointer (&uuids);
}

gint64
zs_store_trash (ZsStore   *self,
                ZsRecord  *record,
                GError   **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GBytes) data = NULL;
  g_autofree char *now = zs_timestamp_now ();
  const char *who = zs_store_get_actor (self);
  g_autofree char *title = NULL;
  GType type;
  gint64 record_id, trash_id = 0;
  gboolean record_change;

  g_return_val_if_fail (ZS_IS_STORE (self), 0);
  g_return_val_if_fail (ZS_IS_RECORD (record), 0);
  g_return_val_if_fail (zs_record_get_id (record) != 0, 0);

  type = G_OBJECT_TYPE (record);
  record_id = zs_record_get_id (record);
  title = g_strdup (zs_record_get_title (record));
  /* The trash is the undo of this change, not its rows. */
  record_change = self->recording && self->recording_suspended == 0 && self->txn_depth == 0 &&
                  self->hint == ZS_STORE_HINT_INTERACTIVE;
  self->recording_suspended++;

  if (!zs_store_begin (self, error))
    goto out;
  /* What is kept is what is stored, not an unsaved edit of a live object. */
  if (!zs_store_collect_owned (self, record, records, error))
    goto fail;
  for (guint i = 0; i < records->len; i++)
    {
      ZsRecord *r = g_ptr_array_index (records, i);
      ZsRecord *stored = zs_store_read_stored (self, G_OBJECT_TYPE (r), zs_record_get_id (r), error);

      if (stored == NULL)
        goto fail;
      g_ptr_array_index (records, i) = stored;
      g_object_unref (r);
    }
  data = serialize (records);
  if (!zs_store_delete (self, record, error))
    goto fail;
  trash_id = self->ops->trash_add (self->backend, G_OBJECT_TYPE_NAME (record), record_id, title, now, who,
                                   records->len, data, error);
  if (trash_id == 0 || !zs_store_commit (self, error))
    {
      trash_id = 0;
      goto fail;
    }

  /* The children are gone; keep their objects from being handed out. */
  for (guint i = 1; i < records->len; i++)
    {
      ZsRecord *r = g_ptr_array_index (records, i);
      ZsRecord *live = zs_store_live_lookup (self, G_OBJECT_TYPE (r), zs_record_get_id (r));

      if (live != NULL)
        zs_store_live_remove (self, live);
    }
  goto out;

fail:
  zs_store_rollback (self);
out:
  self->recording_suspended--;
  if (trash_id != 0 && record_change)
    {
      g_autoptr(ZsChange) change = zs_change_new_trash (ZS_CHANGE_TRASH, type, record_id, title, trash_id);

      zs_store_emit_change_committed (self, change);
    }
  return trash_id;
}

GPtrArray *
zs_store_list_trash (ZsStore  *self,
                     GError  **error)
{
  g_return_val_if_fail (ZS_IS_STORE (self), NULL);
  return self->ops->trash_list (self->backend, error);
}

/* Refuses, naming the record, when one of @records is stored again. */
static gboolean
check_identities_free (ZsStore   *self,
                       GPtrArray *records,
                       GError   **error)
{
  for (guint i = 0; i < records->len; i++)
    {
      ZsRecord *r = g_ptr_array_index (records, i);
      GType type = G_OBJECT_TYPE (r);

      if (self->ops->row_exists (self->backend, type, zs_record_get_id (r)) ||
          (zs_record_get_uuid (r) != NULL && self->ops->find_by_uuid (self->backend, type, zs_record_get_uuid (r), NULL) != 0))
        {
          ZsRecord *first = g_ptr_array_index (records, 0);

          g_set_error (error, ZS_ERROR, ZS_ERROR_CONSTRAINT,
                       _("“%s” cannot be restored: the database holds the same record again "
                         "(perhaps imported from a file). Remove this entry from the trash instead."),
                       zs_record_get_title (first));
          return FALSE;
        }
    }
  return TRUE;
}

gboolean
zs_store_trash_restore (ZsStore   *self,
                        gint64     id,
                        GError   **error)
{
  g_autoptr(GBytes) data = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GError) local_error = NULL;
  gboolean record_change;
  ZsRecord *first;

  g_return_val_if_fail (ZS_IS_STORE (self), FALSE);

  data = self->ops->trash_read (self->backend, id, error);
  if (data == NULL)
    return FALSE;
  records = deserialize (data, error);
  if (records == NULL)
    return FALSE;

  first = g_ptr_array_index (records, 0);
  /* Not an edit to undo by deleting the rows again, which would bypass
   * the trash: its undo puts the record back there. */
  record_change = self->recording && self->recording_suspended == 0 && self->txn_depth == 0 &&
                  self->hint == ZS_STORE_HINT_INTERACTIVE;
  self->recording_suspended++;
  if (!zs_store_begin (self, error))
    {
      self->recording_suspended--;
      return FALSE;
    }
  if (!check_identities_free (self, records, error))
    goto fail;
  if (!zs_store_restore (self, records, &local_error))
    {
      /* A record it referred to may be gone meanwhile. */
      g_set_error (error, ZS_ERROR, ZS_ERROR_CONSTRAINT, _("“%s” cannot be restored: %s"),
                   zs_record_get_title (first), local_error->message);
      goto fail;
    }
  if (!self->ops->trash_remove (self->backend, id, error) || !zs_store_commit (self, error))
    goto fail;

  self->recording_suspended--;
  zs_store_emit_changed (self, G_TYPE_NONE, 0);
  if (record_change)
    {
      g_autoptr(ZsChange) change = zs_change_new_trash (ZS_CHANGE_RESTORE, G_OBJECT_TYPE (first),
                                                        zs_record_get_id (first),
                                                        zs_record_get_title (first), id);

      zs_store_emit_change_committed (self, change);
    }
  return TRUE;

fail:
  zs_store_rollback (self);
  self->recording_suspended--;
  return FALSE;
}

gboolean
zs_store_trash_remove (ZsStore   *self,
                       gint64     id,
                       GError   **error)
{
  g_return_val_if_fail (ZS_IS_STORE (self), FALSE);

  if (!self->ops->trash_remove (self->backend, id, error))
    return FALSE;
  forget_bytes (self);
  zs_store_emit_changed (self, G_TYPE_NONE, 0);
  return TRUE;
}

gboolean
zs_store_trash_empty (ZsStore   *self,
                      GError   **error)
{
  g_return_val_if_fail (ZS_IS_STORE (self), FALSE);

  if (self->ops->trash_remove_before (self->backend, NULL, error) < 0)
    return FALSE;
  forget_bytes (self);
  zs_store_emit_changed (self, G_TYPE_NONE, 0);
  return TRUE;
}

gint64
zs_store_trash_purge (ZsStore    *self,
                      GDateTime  *now,
                      guint       days,
                      GError    **error)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) cutoff = NULL;
  g_autofree char *text = NULL;
  gint64 removed;

  g_return_val_if_fail (ZS_IS_STORE (self), -1);
  g_return_val_if_fail (now != NULL, -1);

  utc = g_date_time_to_utc (now);
  cutoff = g_date_time_add_days (utc, -(int) days);
  text = g_date_time_format (cutoff, "%Y-%m-%dT%H:%M:%SZ");
  removed = self->ops->trash_remove_before (self->backend, text, error);
  /* Also what an undone add left behind in the last session. */
  if (removed >= 0)
    forget_bytes (self);
  if (removed > 0)
    zs_store_emit_changed (self, G_TYPE_NONE, 0);
  return removed;
}
