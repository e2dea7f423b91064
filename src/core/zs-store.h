/* zs-store.h — the SQLite database behind every screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <gio/gio.h>

#include "zs-enums.h"
#include "zs-project.h"
#include "zs-query.h"
#include "zs-record.h"

G_BEGIN_DECLS

#define ZS_TYPE_STORE (zs_store_get_type ())
G_DECLARE_FINAL_TYPE (ZsStore, zs_store, ZS, STORE, GObject)

/* The newest schema version this build writes. */
#define ZS_STORE_SCHEMA_VERSION 2

/* Where the GUI keeps its database when no --db is given. */
char        *zs_store_default_path        (void);

ZsStore     *zs_store_open                (const char  *path,
                                           GError     **error);
/* @busy_timeout_ms: how long to wait for another program's lock. */
ZsStore     *zs_store_open_full           (const char  *path,
                                           guint        busy_timeout_ms,
                                           GError     **error);

const char  *zs_store_get_path            (ZsStore     *self);
/* TRUE when opening found an empty file and made the schema. */
gboolean     zs_store_was_created         (ZsStore     *self);
/* The schema version the file had before this open migrated it. */
int          zs_store_get_opened_version  (ZsStore     *self);
const char  *zs_store_get_backup_dir      (ZsStore     *self);

/* Transactions nest; each save outside one is its own transaction. */
gboolean     zs_store_begin               (ZsStore     *self,
                                           GError     **error);
gboolean     zs_store_commit              (ZsStore     *self,
                                           GError     **error);
void         zs_store_rollback            (ZsStore     *self);

typedef enum {
  ZS_SAVE_DEFAULT = 0,
  /* Keep the record's UUID and timestamps as given and write no automatic
   * stage event: the record comes from a file that carries its history. */
  ZS_SAVE_IMPORT  = 1 << 0,
} ZsSaveFlags;

/* Inserts a record with id 0 (giving it an id, a UUID and timestamps) or
 * updates an existing one. Validates first; nothing is written on error. */
gboolean     zs_store_save                (ZsStore     *self,
                                           ZsRecord    *record,
                                           GError     **error);
gboolean     zs_store_save_full           (ZsStore     *self,
                                           ZsRecord    *record,
                                           ZsSaveFlags  flags,
                                           GError     **error);
/* Returns the one live object for (type, id): edits show everywhere. */
gpointer     zs_store_load                (ZsStore     *self,
                                           GType        type,
                                           gint64       id,
                                           GError     **error);
/* Throws away unsaved changes to @record. */
gboolean     zs_store_reload              (ZsStore     *self,
                                           ZsRecord    *record,
                                           GError     **error);
/* Refuses, naming what still refers to it, when other records use @record. */
gboolean     zs_store_delete              (ZsStore     *self,
                                           ZsRecord    *record,
                                           GError     **error);
/* Deletes @record with everything that belongs to it and returns them all,
 * parents first, for zs_store_restore() (the undo of a delete). */
GPtrArray   *zs_store_delete_for_undo     (ZsStore     *self,
                                           ZsRecord    *record,
                                           GError     **error);
/* Writes back records returned by zs_store_delete_for_undo(), same ids and
 * UUIDs, in one transaction. */
gboolean     zs_store_restore             (ZsStore     *self,
                                           GPtrArray   *records,
                                           GError     **error);
gint64       zs_store_find_by_uuid        (ZsStore     *self,
                                           GType        type,
                                           const char  *uuid);
/* The UUID of a row, for files that refer to records across databases. */
char        *zs_store_get_uuid            (ZsStore     *self,
                                           GType        type,
                                           gint64       id);
/* Row ids matching @query, in its order. */
GArray      *zs_store_query               (ZsStore     *self,
                                           ZsQuery     *query,
                                           GError     **error);
gint64       zs_store_count               (ZsStore     *self,
                                           ZsQuery     *query,
                                           GError     **error);
/* The count of the records matching @query and the sums of @n_fields
 * integer fields over them, in one pass over the table. */
gboolean     zs_store_aggregate           (ZsStore      *self,
                                           ZsQuery      *query,
                                           const guint  *fields,
                                           guint         n_fields,
                                           gint64       *count,
                                           gint64       *sums,
                                           GError      **error);

typedef struct {
  gint64 key;     /* the value of the group field */
  gint64 count;
  gint64 sum;
} ZsGroupTotal;

/* Count and sum of @sum_field per value of @group_field (an enum, integer
 * or reference), in one pass: the board's column headers. */
GArray      *zs_store_aggregate_by        (ZsStore      *self,
                                           ZsQuery      *query,
                                           guint         group_field,
                                           guint         sum_field,
                                           GError      **error);
/* Sum of an integer field over the records matching @query. */
gint64       zs_store_sum                 (ZsStore     *self,
                                           ZsQuery     *query,
                                           guint        field,
                                           GError     **error);

/* Moves @project to @to on @date (ISO) and records a stage event with @note.
 * Fills the stage's date field (signing date and so on) when it is empty. */
gboolean     zs_store_change_stage        (ZsStore     *self,
                                           ZsProject   *project,
                                           ZsStage      to,
                                           const char  *date,
                                           const char  *note,
                                           GError     **error);

char        *zs_store_get_setting         (ZsStore     *self,
                                           const char  *key);
gboolean     zs_store_set_setting         (ZsStore     *self,
                                           const char  *key,
                                           const char  *value,
                                           GError     **error);

/* A consistent copy of the whole database at @dest (replaced if present). */
gboolean     zs_store_backup_to           (ZsStore     *self,
                                           const char  *dest,
                                           GError     **error);
/* A dated copy in the backup folder at most once a day; keeps the newest
 * @keep copies. Returns the path written, or NULL when none was due. */
char        *zs_store_auto_backup         (ZsStore     *self,
                                           guint        keep,
                                           GError     **error);

G_END_DECLS
