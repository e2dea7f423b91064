/* zs-store-history.c — who changed what, written with each change
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Every save, delete and restore writes its entries inside its own
 * transaction, on every engine: a change and its history are committed, or
 * rolled back, together. A save compares the record with the row as it was,
 * which the store reads once for the save and its rules alike.
 */
#include "config.h"

#include "zs-date.h"
#include "zs-error.h"
#include "zs-person.h"
#include "zs-store-private.h"

const char *
zs_store_system_user_name (void)
{
  return g_get_user_name ();
}

static gboolean
is_person (ZsStore    *self,
           const char *name)
{
  g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_PERSON);

  if (name == NULL || *name == '\0')
    return FALSE;
  zs_query_add_string (query, ZS_PERSON_NAME, ZS_QUERY_EQ, name);
  return zs_store_count (self, query, NULL) > 0;
}

/* No one chosen on this PC: the person named as the system account is
 * (its real name, or its user name), else the user name. GLib says
 * "Unknown" when the account has no real name. */
static char *
default_actor_name (ZsStore *self)
{
  const char *real = g_get_real_name ();

  if (g_strcmp0 (real, "Unknown") != 0 && is_person (self, real))
    return g_strdup (real);
  return g_strdup (g_get_user_name ());
}

char *
zs_store_dup_system_actor (ZsStore *self)
{
  g_return_val_if_fail (ZS_IS_STORE (self), NULL);
  return default_actor_name (self);
}

/* The name new connections record, worker threads' among them. */
static GMutex default_actor_lock;
static char *default_actor;

void
zs_store_set_default_actor (const char *name)
{
  g_mutex_lock (&default_actor_lock);
  g_free (default_actor);
  default_actor = (name != NULL && *name != '\0') ? g_strdup (name) : NULL;
  g_mutex_unlock (&default_actor_lock);
}

char *
zs_store_dup_default_actor (void)
{
  char *name;

  g_mutex_lock (&default_actor_lock);
  name = g_strdup (default_actor);
  g_mutex_unlock (&default_actor_lock);
  return name;
}

void
zs_store_set_actor (ZsStore    *self,
                    const char *name)
{
  g_return_if_fail (ZS_IS_STORE (self));

  g_free (self->actor);
  self->actor = (name != NULL && *name != '\0') ? g_strdup (name) : NULL;
}

const char *
zs_store_get_actor (ZsStore *self)
{
  g_return_val_if_fail (ZS_IS_STORE (self), NULL);

  if (self->actor == NULL)
    self->actor = default_actor_name (self);
  return self->actor;
}

static gboolean
add_entry (ZsStore          *self,
           ZsHistoryAction   action,
           ZsRecord         *record,
           const char       *title,
           const char       *field,
           const char       *old_value,
           const char       *new_value,
           GError          **error)
{
  g_autofree char *now = zs_timestamp_now ();
  g_autoptr(ZsHistoryEntry) entry = NULL;
  const char *type = record != NULL ? ZS_RECORD_GET_CLASS (record)->element : NULL;

  entry = zs_history_entry_new (0, now, zs_store_get_actor (self), action, type,
                                record != NULL ? zs_record_get_id (record) : 0,
                                record != NULL ? zs_record_get_uuid (record) : NULL,
                                title, field, old_value, new_value);
  return self->ops->history_add (self->backend, entry, error);
}

/* A reference as the title of the record it names then: the id alone would
 * say nothing once that record is renamed or gone. */
static char *
ref_text (ZsStore       *self,
          const ZsField *f,
          gint64         id)
{
  g_autoptr(ZsRecord) other = NULL;

  if (id == 0)
    return NULL;
  other = g_object_new (f->get_type (), NULL);
  if (!self->ops->read_row (self->backend, id, other, NULL))
    return g_strdup_printf ("%" G_GINT64_FORMAT, id);
  return g_strdup (zs_record_get_title (other));
}

gboolean
zs_store_history_note_save (ZsStore   *self,
                            ZsRecord  *record,
                            ZsRecord  *stored,
                            GError   **error)
{
  ZsRecordClass *klass = ZS_RECORD_GET_CLASS (record);

  if (self->history_paused > 0)
    return TRUE;
  if (stored == NULL)
    return add_entry (self, ZS_HISTORY_CREATE, record, zs_record_get_title (record),
                      NULL, NULL, NULL, error);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      const ZsField *f = &klass->fields[i];
      g_autofree char *old_text = NULL;
      g_autofree char *new_text = NULL;

      if (f->kind == ZS_FIELD_REF)
        {
          gint64 old_id = zs_record_get_int (stored, i), new_id = zs_record_get_int (record, i);

          if (old_id == new_id)
            continue;
          old_text = ref_text (self, f, old_id);
          new_text = ref_text (self, f, new_id);
        }
      else
        {
          old_text = zs_record_format_field (stored, i);
          new_text = zs_record_format_field (record, i);
          if (g_strcmp0 (old_text, new_text) == 0)
            continue;
        }
      if (!add_entry (self, ZS_HISTORY_EDIT, record, zs_record_get_title (record),
                      f->name, old_text, new_text, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
zs_store_history_note_record (ZsStore          *self,
                              ZsHistoryAction   action,
                              ZsRecord         *record,
                              GError          **error)
{
  return add_entry (self, action, record, zs_record_get_title (record), NULL, NULL, NULL, error);
}

void
zs_store_history_pause (ZsStore *self)
{
  g_return_if_fail (ZS_IS_STORE (self));
  self->history_paused++;
}

void
zs_store_history_resume (ZsStore *self)
{
  g_return_if_fail (ZS_IS_STORE (self));
  g_return_if_fail (self->history_paused > 0);
  self->history_paused--;
}

gboolean
zs_store_log_import (ZsStore     *self,
                     const char  *file_name,
                     gint64       added,
                     gint64       updated,
                     gint64       unchanged,
                     GError     **error)
{
  g_autofree char *base = NULL;
  g_autofree char *counts = NULL;

  g_return_val_if_fail (ZS_IS_STORE (self), FALSE);

  /* A file that changed nothing is no change: the database stays as it
   * was, byte for byte. */
  if (self->history_paused > 0 || (added == 0 && updated == 0))
    return TRUE;
  base = file_name != NULL ? g_path_get_basename (file_name) : NULL;
  counts = g_strdup_printf ("added=%" G_GINT64_FORMAT ";updated=%" G_GINT64_FORMAT
                            ";unchanged=%" G_GINT64_FORMAT, added, updated, unchanged);
  return add_entry (self, ZS_HISTORY_IMPORT, NULL, base, NULL, NULL, counts, error);
}

GPtrArray *
zs_store_history (ZsStore               *self,
                  const ZsHistoryFilter *filter,
                  gint64                 before_id,
                  guint                  limit,
                  GError               **error)
{
  static const ZsHistoryFilter all = { 0 };

  g_return_val_if_fail (ZS_IS_STORE (self), NULL);

  return self->ops->history_list (self->backend, filter != NULL ? filter : &all,
                                  before_id, limit, error);
}

gboolean
zs_store_last_change (ZsStore     *self,
                      GType        type,
                      gint64       id,
                      int          field,
                      char       **who,
                      GDateTime  **when)
{
  ZsHistoryFilter filter = { type, id, NULL, NULL, NULL, NULL, FALSE };
  g_autoptr(GPtrArray) entries = NULL;
  ZsHistoryEntry *entry;

  g_return_val_if_fail (ZS_IS_STORE (self), FALSE);
  g_return_val_if_fail (g_type_is_a (type, ZS_TYPE_RECORD), FALSE);

  if (field >= 0)
    {
      ZsRecordClass *klass = zs_store_record_class (type);

      g_return_val_if_fail ((guint) field < klass->n_fields, FALSE);
      filter.field = klass->fields[field].name;
    }
  entries = zs_store_history (self, &filter, 0, 1, NULL);
  if (entries == NULL || entries->len == 0)
    return FALSE;

  entry = g_ptr_array_index (entries, 0);
  if (who != NULL)
    *who = g_strdup (zs_history_entry_get_who (entry));
  if (when != NULL)
    *when = g_date_time_new_from_iso8601 (zs_history_entry_get_at (entry), NULL);
  return TRUE;
}
