/* zs-trash.h — 回收站: deleted records kept until restored or removed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-store.h"

G_BEGIN_DECLS

#define ZS_TYPE_TRASH_ENTRY (zs_trash_entry_get_type ())
G_DECLARE_FINAL_TYPE (ZsTrashEntry, zs_trash_entry, ZS, TRASH_ENTRY, GObject)

/* What the trash lists of one delete: made by the backends. */
ZsTrashEntry *zs_trash_entry_new            (gint64        id,
                                             const char   *record_type,
                                             gint64        record_id,
                                             const char   *title,
                                             const char   *deleted_at,
                                             const char   *deleted_by,
                                             guint         n_records);
gint64        zs_trash_entry_get_id         (ZsTrashEntry *self);
/* The type of the record deleted, G_TYPE_INVALID for one this build does
 * not know. */
GType         zs_trash_entry_get_record_type (ZsTrashEntry *self);
/* The type's name as stored, known to this build or not (for copies). */
const char   *zs_trash_entry_get_record_type_name (ZsTrashEntry *self);
gint64        zs_trash_entry_get_record_id  (ZsTrashEntry *self);
const char   *zs_trash_entry_get_title      (ZsTrashEntry *self);
/* UTC, as zs_timestamp_now() writes it. */
const char   *zs_trash_entry_get_deleted_at (ZsTrashEntry *self);
const char   *zs_trash_entry_get_deleted_by (ZsTrashEntry *self);
/* The record and what belonged to it: 1 for a record alone. */
guint         zs_trash_entry_get_n_records  (ZsTrashEntry *self);


/* Deletes @record with everything that belongs to it (as
 * zs_store_delete_for_undo() gathers them, with the same rules and the
 * same refusal while other records use it) and keeps them in the trash, in
 * one transaction. Returns the trash entry's id, 0 on error. */
gint64        zs_store_trash                (ZsStore      *self,
                                             ZsRecord     *record,
                                             GError      **error);
/* Every entry, newest first. */
GPtrArray    *zs_store_list_trash           (ZsStore      *self,
                                             GError      **error);
/* Puts back the records of entry @id with their ids and UUIDs (the rules'
 * after_restore run) and takes the entry out of the trash. Refused, with
 * nothing changed, when a record of the same identity is in the database
 * again or one it refers to is gone. */
gboolean      zs_store_trash_restore        (ZsStore      *self,
                                             gint64        id,
                                             GError      **error);
/* Removes entry @id for good. */
gboolean      zs_store_trash_remove         (ZsStore      *self,
                                             gint64        id,
                                             GError      **error);
/* Removes every entry for good. */
gboolean      zs_store_trash_empty          (ZsStore      *self,
                                             GError      **error);
/* Removes for good what was deleted more than @days days before @now;
 * returns how many entries, -1 on error. */
gint64        zs_store_trash_purge          (ZsStore      *self,
                                             GDateTime    *now,
                                             guint         days,
                                             GError      **error);

G_END_DECLS
