/* zs-store-private.h — shared by the files that make up ZsStore
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <sqlite3.h>

#include "zs-store.h"

G_BEGIN_DECLS

struct _ZsStore
{
  GObject     parent_instance;

  sqlite3    *db;
  char       *path;
  char       *backup_dir;
  guint       busy_timeout;
  GHashTable *statements;   /* SQL text → sqlite3_stmt, prepared once */
  GHashTable *row_statements; /* GType → sqlite3_stmt *[ZS_ROW_N_STATEMENTS], from statements */
  GHashTable *live;         /* GType → (gint64 id → ZsRecord, weak) */
  guint       txn_depth;
  gboolean    txn_dirty;    /* something changed inside the open transaction */
  gboolean    created;
  int         opened_version;
  GPtrArray  *suspended_triggers;  /* CREATE TRIGGER text, during a bulk write */
  GPtrArray  *suspended_indexes;   /* CREATE INDEX text, during a bulk write */
  gboolean    secondary;    /* a worker's connection: checked and migrated by another */
  ZsStoreTuning tuning;
  guint       mark_queue_len;  /* import marks not yet merged */
};

/* Sets @error from a SQLite result code with a message a clerk can act on. */
void          zs_store_set_error        (ZsStore      *self,
                                         int           rc,
                                         GError      **error);
/* A cached, reset statement; owned by the store. */
sqlite3_stmt *zs_store_prepare          (ZsStore      *self,
                                         const char   *sql,
                                         GError      **error);
gboolean      zs_store_exec             (ZsStore      *self,
                                         const char   *sql,
                                         GError      **error);
/* Steps a statement that returns no rows, then resets it. */
gboolean      zs_store_step_done        (ZsStore      *self,
                                         sqlite3_stmt *stmt,
                                         GError      **error);
void          zs_store_emit_changed     (ZsStore      *self,
                                         GType         type,
                                         gint64        id);

/* zs-store-schema.c */
gboolean      zs_store_migrate          (ZsStore      *self,
                                         GError      **error);

/* zs-store-records.c */
#define ZS_STORE_FIRST_FIELD_COLUMN 4

/* The statements every record type has, made from its field table. */
typedef enum {
  ZS_ROW_SELECT,     /* every column of the row with id ?1 */
  ZS_ROW_SELECT_UUID,/* every column of the row with uuid ?1 */
  ZS_ROW_INSERT,     /* ?1 id (NULL for a new one), ?2 uuid, ?3 created, ?4 updated, fields */
  ZS_ROW_UPDATE,     /* the same, of the row with id ?1 */
  ZS_ROW_EXISTS,     /* a row if id ?1 exists */
  ZS_ROW_FIND_UUID,  /* the id of uuid ?1 */
  ZS_ROW_GET_UUID,   /* the uuid of id ?1 */
  ZS_ROW_N_STATEMENTS
} ZsRowStatement;

/* The class of a record type, made if it was not yet. */
ZsRecordClass *zs_store_record_class    (GType          type);
/* The cached, reset statement @which of @klass. */
sqlite3_stmt *zs_store_prepare_row      (ZsStore       *self,
                                         ZsRecordClass *klass,
                                         ZsRowStatement which,
                                         GError       **error);
/* The column of a field: its name with '_' for '-'. */
char         *zs_store_column_name      (const ZsField *field);
/* "id, uuid, created, updated" and a column per field. */
char         *zs_store_column_list      (ZsRecordClass *klass);
void          zs_store_bind_value       (sqlite3_stmt  *stmt,
                                         int            index,
                                         const GValue  *value,
                                         ZsFieldKind    kind);
/* Fills @record from a row of zs_store_column_list() columns; @notify for
 * a record others may be watching. */
void          zs_store_read_row         (sqlite3_stmt  *stmt,
                                         ZsRecord      *record,
                                         gboolean       notify);
/* Appends "SELECT @select FROM table WHERE …" for @query, its values to @binds. */
void          zs_store_append_query_sql (GString       *sql,
                                         GArray        *binds,
                                         ZsQuery       *query,
                                         const char    *select);
/* The prepared statement of zs_store_append_query_sql() with its values
 * bound; with @ordered, in the query's order. */
sqlite3_stmt *zs_store_prepare_query    (ZsStore       *self,
                                         ZsQuery       *query,
                                         const char    *select,
                                         gboolean       ordered,
                                         GError       **error);
GArray       *zs_store_binds_new        (void);
void          zs_store_bind_all         (sqlite3_stmt  *stmt,
                                         GArray        *binds);
/* zs-store-live.c */
void          zs_store_live_add         (ZsStore      *self,
                                         ZsRecord     *record);
/* Forgets @record: after it was deleted, or when its row went away. */
void          zs_store_live_remove      (ZsStore      *self,
                                         ZsRecord     *record);
void          zs_store_live_clear       (ZsStore      *self);
/* After a rollback: re-read live objects, detach the ones no longer stored. */
void          zs_store_live_refresh     (ZsStore      *self);
/* The live object of @type and @id (not a new reference), or NULL. */
ZsRecord     *zs_store_live_lookup      (ZsStore      *self,
                                         GType         type,
                                         gint64        id);

G_END_DECLS
