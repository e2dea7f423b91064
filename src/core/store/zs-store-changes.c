/* zs-store-changes.c — what a transaction changed, to undo and redo it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * While recording, each outermost transaction keeps what every row it
 * writes held before and holds after: a field edit, a stage move with the
 * event its rule writes, a placement with the need it meets. Undo writes
 * the rows back as they were, all of them or none, so the stage and its
 * history never disagree; it refuses when a row has changed since (another
 * window, a later edit that was not undone). The rules do not run again:
 * what is written back is a state they made. Works on every engine: only
 * the backend's row methods are used.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "zs-error.h"
#include "zs-store-private.h"
#include "zs-trash.h"

/* A transaction that writes more rows than this is an import or a bulk
 * change, not an edit to undo (and noting its rows would slow it). */
#define MAX_ROWS 200

typedef struct {
  GType     type;
  gint64    id;
  ZsRecord *before;   /* NULL: the row did not exist */
  ZsRecord *after;    /* NULL: the row is gone */
} ChangeRow;

typedef struct _ZsChangeCapture {
  GHashTable *noted;  /* "type:id" → ChangeRow, owned by rows */
  GPtrArray  *rows;
  gboolean    too_big;
} ZsChangeCapture;

struct _ZsChange
{
  gatomicrefcount ref;
  ZsChangeKind    kind;
  char           *title;
  GPtrArray      *rows;       /* ChangeRow, EDIT */
  GType           type;       /* TRASH: the record deleted */
  gint64          record_id;
  gint64          trash_id;
};

G_DEFINE_BOXED_TYPE (ZsChange, zs_change, zs_change_ref, zs_change_unref)

static void
change_row_free (gpointer data)
{
  ChangeRow *row = data;

  g_clear_object (&row->before);
  g_clear_object (&row->after);
  g_free (row);
}

static void
capture_free (ZsChangeCapture *capture)
{
  g_hash_table_unref (capture->noted);
  g_ptr_array_unref (capture->rows);
  g_free (capture);
}

static ZsRecord *
read_or_null (ZsStore *self,
              GType    type,
              gint64   id)
{
  g_autoptr(ZsRecord) record = g_object_new (type, NULL);

  if (!self->ops->read_row (self->backend, id, record, NULL))
    return NULL;
  return g_steal_pointer (&record);
}

/* Same row content: both absent, or the same UUID and fields (a save
 * that changed only the times is no change). */
static gboolean
same_row (ZsRecord *a,
          ZsRecord *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return g_strcmp0 (zs_record_get_uuid (a), zs_record_get_uuid (b)) == 0 &&
         zs_record_equal_fields (a, b);
}

static ChangeRow *
note (ZsStore *self,
      GType    type,
      gint64   id,
      gboolean is_new)
{
  ZsChangeCapture *capture = self->capture;
  g_autofree char *key = NULL;
  ChangeRow *row;

  if (capture == NULL || capture->too_big || id == 0)
    return NULL;

  key = g_strdup_printf ("%s:%" G_GINT64_FORMAT, g_type_name (type), id);
  if ((row = g_hash_table_lookup (capture->noted, key)) != NULL)
    return row;
  if (capture->rows->len >= MAX_ROWS)
    {
      capture->too_big = TRUE;
      return NULL;
    }

  row = g_new0 (ChangeRow, 1);
  row->type = type;
  row->id = id;
  row->before = is_new ? NULL : read_or_null (self, type, id);
  g_ptr_array_add (capture->rows, row);
  g_hash_table_insert (capture->noted, g_steal_pointer (&key), row);
  return row;
}

void
zs_store_capture_begin (ZsStore *self)
{
  if (!self->recording || self->recording_suspended > 0 || self->hint != ZS_STORE_HINT_INTERACTIVE)
    return;

  g_clear_pointer (&self->capture, capture_free);
  self->capture = g_new0 (ZsChangeCapture, 1);
  self->capture->noted = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->capture->rows = g_ptr_array_new_with_free_func (change_row_free);
}

void
zs_store_capture_note (ZsStore *self,
                       GType    type,
                       gint64   id)
{
  note (self, type, id, FALSE);
}

void
zs_store_capture_note_new (ZsStore *self,
                           GType    type,
                           gint64   id)
{
  note (self, type, id, TRUE);
}

void
zs_store_capture_note_delete (ZsStore  *self,
                              ZsRecord *record)
{
  g_autoptr(GPtrArray) owned = NULL;

  if (self->capture == NULL || self->capture->too_big)
    return;

  owned = g_ptr_array_new_with_free_func (g_object_unref);
  if (!zs_store_collect_owned (self, record, owned, NULL))
    {
      self->capture->too_big = TRUE;
      return;
    }
  for (guint i = 0; i < owned->len; i++)
    {
      ZsRecord *r = g_ptr_array_index (owned, i);

      note (self, G_OBJECT_TYPE (r), zs_record_get_id (r), FALSE);
    }
}

void
zs_store_capture_seal (ZsStore *self)
{
  ZsChangeCapture *capture = self->capture;

  if (capture == NULL || capture->too_big)
    return;
  for (guint i = 0; i < capture->rows->len; i++)
    {
      ChangeRow *row = g_ptr_array_index (capture->rows, i);

      g_clear_object (&row->after);
      row->after = read_or_null (self, row->type, row->id);
    }
}

void
zs_store_capture_end (ZsStore  *self,
                      gboolean  committed)
{
  ZsChangeCapture *capture = g_steal_pointer (&self->capture);
  g_autoptr(ZsChange) change = NULL;

  if (capture == NULL)
    return;
  if (!committed || capture->too_big)
    {
      capture_free (capture);
      return;
    }

  change = g_new0 (ZsChange, 1);
  g_atomic_ref_count_init (&change->ref);
  change->kind = ZS_CHANGE_EDIT;
  change->rows = g_ptr_array_new_with_free_func (change_row_free);
  for (guint i = 0; i < capture->rows->len; i++)
    {
      ChangeRow *row = g_ptr_array_index (capture->rows, i);

      if (same_row (row->before, row->after))
        continue;
      if (change->title == NULL)
        change->title = g_strdup (zs_record_get_title (row->after ? row->after : row->before));
      g_ptr_array_add (change->rows, g_ptr_array_steal_index (capture->rows, i--));
    }
  capture_free (capture);

  if (change->rows->len > 0)
    zs_store_emit_change_committed (self, change);
}

/* A TRASH or RESTORE change: the trash keeps its rows, not the change. */
ZsChange *
zs_change_new_trash (ZsChangeKind kind,
                     GType       type,
                     gint64      record_id,
                     const char *title,
                     gint64      trash_id)
{
  ZsChange *change = g_new0 (ZsChange, 1);

  g_atomic_ref_count_init (&change->ref);
  change->kind = kind;
  change->title = g_strdup (title);
  change->type = type;
  change->record_id = record_id;
  change->trash_id = trash_id;
  return change;
}

ZsChange *
zs_change_ref (ZsChange *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_ref_count_inc (&self->ref);
  return self;
}

void
zs_change_unref (ZsChange *self)
{
  g_return_if_fail (self != NULL);
  if (!g_atomic_ref_count_dec (&self->ref))
    return;
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_free (self->title);
  g_free (self);
}

ZsChangeKind
zs_change_get_kind (ZsChange *self)
{
  g_return_val_if_fail (self != NULL, ZS_CHANGE_EDIT);
  return self->kind;
}

const char *
zs_change_get_title (ZsChange *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->title ? self->title : "";
}

void
zs_store_set_recording (ZsStore  *self,
                        gboolean  recording)
{
  g_return_if_fail (ZS_IS_STORE (self));
  self->recording = recording;
}

/* Writes every row of @change as @target (before or after) holds it, when
 * each holds what @expect says. */
static gboolean
apply_rows (ZsStore   *self,
            ZsChange  *change,
            gboolean   undo,
            GError   **error)
{
  GPtrArray *rows = change->rows;

  if (!zs_store_begin (self, error))
    return FALSE;

  for (guint i = 0; i < rows->len; i++)
    {
      ChangeRow *row = g_ptr_array_index (rows, i);
      g_autoptr(ZsRecord) current = read_or_null (self, row->type, row->id);

      if (!same_row (current, undo ? row->after : row->before))
        {
          g_set_error (error, ZS_ERROR, ZS_ERROR_CONSTRAINT,
                       undo ? _("“%s” has been changed since, so this edit can no longer be undone.")
                            : _("“%s” has been changed since, so this edit can no longer be redone."),
                       zs_change_get_title (change));
          goto fail;
        }
    }

  /* Rows the target lacks go first, children before their parents; then
   * the others, parents first. */
  for (guint i = rows->len; i-- > 0;)
    {
      ChangeRow *row = g_ptr_array_index (rows, i);

      if ((undo ? row->before : row->after) == NULL &&
          self->ops->row_exists (self->backend, row->type, row->id) &&
          !self->ops->delete_row (self->backend, row->type, row->id, error))
        goto fail;
    }
  for (guint i = 0; i < rows->len; i++)
    {
      ChangeRow *row = g_ptr_array_index (rows, i);
      ZsRecord *target = undo ? row->before : row->after;

      if (target != NULL &&
          /* Any version: same_row() above has checked the row is as the
           * step left it, and the write raises its version for others. */
          !self->ops->write_row (self->backend, target,
                                 !self->ops->row_exists (self->backend, row->type, row->id),
                                 TRUE, error))
        goto fail;
    }

  if (!zs_store_commit (self, error))
    goto fail;

  for (guint i = 0; i < rows->len; i++)
    {
      ChangeRow *row = g_ptr_array_index (rows, i);
      ZsRecord *live = zs_store_live_lookup (self, row->type, row->id);

      if ((undo ? row->before : row->after) == NULL)
        {
          if (live != NULL)
            zs_store_live_remove (self, live);
        }
      else
        zs_store_reread_live (self, row->type, row->id);
    }
  zs_store_emit_changed (self, G_TYPE_NONE, 0);
  return TRUE;

fail:
  zs_store_rollback (self);
  return FALSE;
}

static gboolean
redo_trash (ZsStore   *self,
            ZsChange  *change,
            GError   **error)
{
  g_autoptr(ZsRecord) record = zs_store_load (self, change->type, change->record_id, error);
  gint64 trash_id;

  if (record == NULL)
    return FALSE;
  trash_id = zs_store_trash (self, record, error);
  if (trash_id == 0)
    return FALSE;
  change->trash_id = trash_id;
  return TRUE;
}

static gboolean
apply_change (ZsStore   *self,
              ZsChange  *change,
              gboolean   undo,
              GError   **error)
{
  gboolean ok;

  g_return_val_if_fail (ZS_IS_STORE (self), FALSE);
  g_return_val_if_fail (change != NULL, FALSE);
  g_return_val_if_fail (self->txn_depth == 0, FALSE);

  self->recording_suspended++;
  if (change->kind == ZS_CHANGE_TRASH)
    ok = undo ? zs_store_trash_restore (self, change->trash_id, error) : redo_trash (self, change, error);
  else if (change->kind == ZS_CHANGE_RESTORE)
    ok = undo ? redo_trash (self, change, error) : zs_store_trash_restore (self, change->trash_id, error);
  else
    ok = apply_rows (self, change, undo, error);
  self->recording_suspended--;
  return ok;
}

gboolean
zs_store_undo_change (ZsStore   *self,
                      ZsChange  *change,
                      GError   **error)
{
  return apply_change (self, change, TRUE, error);
}

gboolean
zs_store_redo_change (ZsStore   *self,
                      ZsChange  *change,
                      GError   **error)
{
  return apply_change (self, change, FALSE, error);
}
