/* zs-store-sync.c — several programs on one database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Two windows on one file, a script running the command line while the
 * window is open, a colleague on a shared folder: each has its own
 * connection and its own live objects. Two things keep them from
 * overwriting each other. Every row has a version that a save names and
 * raises (the backends' write_row and update_field): a save from an
 * out-of-date copy is refused, and what it was about is kept here as a
 * ZsStoreConflict for the window to ask the clerk. And the window's store
 * looks twice a second whether another connection committed (the engine's
 * data_version, which costs next to nothing); when one did, the live
 * objects whose version moved are read again and ::changed tells every
 * list, so what others saved shows within a second.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "zs-error.h"
#include "zs-record-private.h"
#include "zs-store-private.h"

struct _ZsStoreConflict
{
  ZsRecord *record;   /* the caller's, showing the stored values again */
  ZsRecord *mine;     /* what the clerk saved */
  ZsRecord *stored;   /* the row now; NULL when deleted */
  int       field;
  char     *changed_by;
  char     *changed_at;
};


/* ---- conflicts ----------------------------------------------------------- */

ZsRecord *
zs_store_copy_record (ZsRecord *record)
{
  ZsRecord *copy = g_object_new (G_OBJECT_TYPE (record), NULL);

  zs_record_fill_identity (copy, zs_record_get_id (record), zs_record_get_uuid (record),
                           zs_record_get_created (record), zs_record_get_updated (record));
  zs_record_set_version (copy, zs_record_get_version (record));
  zs_record_copy_fields (copy, record);
  return copy;
}

static gboolean
same_value (ZsRecord *a,
            ZsRecord *b,
            guint     field)
{
  g_autofree char *text_a = NULL;
  g_autofree char *text_b = NULL;

  /* A reference has no text of its own: its id is the value. */
  if (ZS_RECORD_GET_CLASS (a)->fields[field].kind == ZS_FIELD_REF)
    return zs_record_get_int (a, field) == zs_record_get_int (b, field);
  text_a = zs_record_format_field (a, field);
  text_b = zs_record_format_field (b, field);
  return g_strcmp0 (text_a, text_b) == 0;
}

static int
first_difference (ZsRecord *mine,
                  ZsRecord *stored)
{
  guint n_fields = ZS_RECORD_GET_CLASS (mine)->n_fields;

  if (stored == NULL)
    return -1;
  for (guint i = 0; i < n_fields; i++)
    if (!same_value (mine, stored, i))
      return (int) i;
  return -1;
}

void
zs_store_conflict_free (ZsStoreConflict *conflict)
{
  if (conflict == NULL)
    return;
  g_clear_object (&conflict->record);
  g_clear_object (&conflict->mine);
  g_clear_object (&conflict->stored);
  g_free (conflict->changed_by);
  g_free (conflict->changed_at);
  g_free (conflict);
}

/* Who made the change that refused this save, and when, from the change
 * history: the field's last change, else the record's. */
static void
describe_last_change (ZsStore         *self,
                      GType            type,
                      gint64           id,
                      int              field,
                      ZsStoreConflict *conflict)
{
  g_autoptr(GDateTime) when = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (!zs_store_last_change (self, type, id, field, &conflict->changed_by, &when) &&
      (field < 0 || !zs_store_last_change (self, type, id, -1, &conflict->changed_by, &when)))
    return;
  if (when != NULL)
    {
      local = g_date_time_to_local (when);
      conflict->changed_at = g_date_time_format (local, "%Y-%m-%d %H:%M");
    }
}

void
zs_store_note_conflict (ZsStore  *self,
                        ZsRecord *record,
                        ZsRecord *mine,
                        int       field)
{
  ZsStoreConflict *conflict = g_new0 (ZsStoreConflict, 1);
  GType type = G_OBJECT_TYPE (record);
  gint64 id = zs_record_get_id (record);

  conflict->record = g_object_ref (record);
  conflict->mine = g_object_ref (mine);
  /* Inside the refused save's transaction: the row as the other saved it. */
  conflict->stored = zs_store_read_stored (self, type, id, NULL);
  conflict->field = field >= 0 ? field : first_difference (mine, conflict->stored);
  describe_last_change (self, type, id, conflict->field, conflict);

  zs_store_conflict_free (self->conflict);
  self->conflict = conflict;
}

ZsStoreConflict *
zs_store_take_conflict (ZsStore *self)
{
  g_return_val_if_fail (ZS_IS_STORE (self), NULL);

  return g_steal_pointer (&self->conflict);
}

ZsRecord *
zs_store_conflict_get_record (ZsStoreConflict *conflict)
{
  return conflict->record;
}

ZsRecord *
zs_store_conflict_get_mine (ZsStoreConflict *conflict)
{
  return conflict->mine;
}

ZsRecord *
zs_store_conflict_get_stored (ZsStoreConflict *conflict)
{
  return conflict->stored;
}

int
zs_store_conflict_get_field (ZsStoreConflict *conflict)
{
  return conflict->field;
}

void
zs_store_conflict_set_field (ZsStoreConflict *conflict,
                             guint            field)
{
  g_return_if_fail (field < ZS_RECORD_GET_CLASS (conflict->mine)->n_fields);

  conflict->field = (int) field;
}

const char *
zs_store_conflict_get_changed_by (ZsStoreConflict *conflict)
{
  return conflict->changed_by;
}

const char *
zs_store_conflict_get_changed_at (ZsStoreConflict *conflict)
{
  return conflict->changed_at;
}

gboolean
zs_store_resolve_keep_mine (ZsStore          *self,
                            ZsStoreConflict  *conflict,
                            GError          **error)
{
  ZsRecord *record;

  g_return_val_if_fail (ZS_IS_STORE (self), FALSE);
  g_return_val_if_fail (conflict != NULL, FALSE);

  record = conflict->record;
  if (conflict->stored == NULL)
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_NOT_FOUND,
                   _("“%s” was deleted by another user; your change cannot be saved."),
                   zs_record_get_title (conflict->mine));
      return FALSE;
    }

  /* On the version now stored, with only the clerk's field put back. */
  if (!zs_store_reload (self, record, error))
    return FALSE;
  if (conflict->field >= 0)
    zs_record_set_value (record, (guint) conflict->field,
                         zs_record_get_value (conflict->mine, (guint) conflict->field));
  return zs_store_save (self, record, error);
}

void
zs_store_resolve_take_stored (ZsStore         *self,
                              ZsStoreConflict *conflict)
{
  g_return_if_fail (ZS_IS_STORE (self));
  g_return_if_fail (conflict != NULL);

  if (conflict->stored != NULL)
    zs_store_reload (self, conflict->record, NULL);
  zs_store_emit_changed (self, G_OBJECT_TYPE (conflict->record), zs_record_get_id (conflict->record));
}

/* ---- others' commits ----------------------------------------------------- */

void
zs_store_sync_mark_seen (ZsStore *self)
{
  guint64 version;

  if (self->txn_depth == 0 && self->ops->data_version (self->backend, &version))
    {
      self->data_version = version;
      self->data_version_known = TRUE;
    }
}

gboolean
zs_store_check_others (ZsStore *self)
{
  guint64 version;

  g_return_val_if_fail (ZS_IS_STORE (self), FALSE);

  /* Inside a transaction the view is this one's own; look after it. */
  if (self->txn_depth > 0 || !self->ops->data_version (self->backend, &version))
    return FALSE;
  if (self->data_version_known && version == self->data_version)
    return FALSE;

  self->data_version = version;
  self->data_version_known = TRUE;
  self->ops->refresh (self->backend);
  zs_store_live_refresh_changed (self);
  zs_store_emit_changed (self, G_TYPE_NONE, 0);
  return TRUE;
}

static gboolean
on_watch_tick (gpointer data)
{
  zs_store_check_others (ZS_STORE (data));
  return G_SOURCE_CONTINUE;
}

void
zs_store_watch_others (ZsStore *self,
                       guint    interval_ms)
{
  guint64 version;

  g_return_if_fail (ZS_IS_STORE (self));
  g_return_if_fail (interval_ms > 0);

  /* An engine that cannot tell is not watched. */
  if (!self->ops->data_version (self->backend, &version))
    return;
  if (!self->data_version_known)
    zs_store_sync_mark_seen (self);

  if (self->watch != NULL)
    {
      g_source_destroy (self->watch);
      g_clear_pointer (&self->watch, g_source_unref);
    }
  /* The store outlives no tick: dispose destroys the source. */
  self->watch = g_timeout_source_new (interval_ms);
  g_source_set_name (self->watch, "[zhaoshang] others' commits");
  g_source_set_callback (self->watch, on_watch_tick, self, NULL);
  g_source_attach (self->watch, g_main_context_get_thread_default ());
}

void
zs_store_sync_clear (ZsStore *self)
{
  if (self->watch != NULL)
    {
      g_source_destroy (self->watch);
      g_clear_pointer (&self->watch, g_source_unref);
    }
  g_clear_pointer (&self->conflict, zs_store_conflict_free);
}
