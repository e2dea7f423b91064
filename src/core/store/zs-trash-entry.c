/* zs-trash-entry.c — what the trash lists of one delete
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include "zs-trash.h"

struct _ZsTrashEntry
{
  GObject  parent_instance;

  gint64   id;
  char    *record_type;
  gint64   record_id;
  char    *title;
  char    *deleted_at;
  char    *deleted_by;
  guint    n_records;
};

G_DEFINE_FINAL_TYPE (ZsTrashEntry, zs_trash_entry, G_TYPE_OBJECT)

static void
zs_trash_entry_finalize (GObject *object)
{
  ZsTrashEntry *self = ZS_TRASH_ENTRY (object);

  g_free (self->record_type);
  g_free (self->title);
  g_free (self->deleted_at);
  g_free (self->deleted_by);

  G_OBJECT_CLASS (zs_trash_entry_parent_class)->finalize (object);
}

static void
zs_trash_entry_class_init (ZsTrashEntryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = zs_trash_entry_finalize;
}

static void
zs_trash_entry_init (ZsTrashEntry *self)
{
}

ZsTrashEntry *
zs_trash_entry_new (gint64      id,
                    const char *record_type,
                    gint64      record_id,
                    const char *title,
                    const char *deleted_at,
                    const char *deleted_by,
                    guint       n_records)
{
  ZsTrashEntry *self = g_object_new (ZS_TYPE_TRASH_ENTRY, NULL);

  self->id = id;
  self->record_type = g_strdup (record_type);
  self->record_id = record_id;
  self->title = g_strdup (title);
  self->deleted_at = g_strdup (deleted_at);
  self->deleted_by = g_strdup (deleted_by);
  self->n_records = n_records;
  return self;
}

gint64
zs_trash_entry_get_id (ZsTrashEntry *self)
{
  g_return_val_if_fail (ZS_IS_TRASH_ENTRY (self), 0);
  return self->id;
}

GType
zs_trash_entry_get_record_type (ZsTrashEntry *self)
{
  GType type;

  g_return_val_if_fail (ZS_IS_TRASH_ENTRY (self), G_TYPE_INVALID);
  type = self->record_type != NULL ? g_type_from_name (self->record_type) : G_TYPE_INVALID;
  return type != G_TYPE_INVALID && g_type_is_a (type, G_TYPE_OBJECT) ? type : G_TYPE_INVALID;
}

const char *
zs_trash_entry_get_record_type_name (ZsTrashEntry *self)
{
  g_return_val_if_fail (ZS_IS_TRASH_ENTRY (self), NULL);
  return self->record_type;
}

gint64
zs_trash_entry_get_record_id (ZsTrashEntry *self)
{
  g_return_val_if_fail (ZS_IS_TRASH_ENTRY (self), 0);
  return self->record_id;
}

const char *
zs_trash_entry_get_title (ZsTrashEntry *self)
{
  g_return_val_if_fail (ZS_IS_TRASH_ENTRY (self), NULL);
  return self->title;
}

const char *
zs_trash_entry_get_deleted_at (ZsTrashEntry *self)
{
  g_return_val_if_fail (ZS_IS_TRASH_ENTRY (self), NULL);
  return self->deleted_at;
}

const char *
zs_trash_entry_get_deleted_by (ZsTrashEntry *self)
{
  g_return_val_if_fail (ZS_IS_TRASH_ENTRY (self), NULL);
  return self->deleted_by;
}

guint
zs_trash_entry_get_n_records (ZsTrashEntry *self)
{
  g_return_val_if_fail (ZS_IS_TRASH_ENTRY (self), 0);
  return self->n_records;
}
