/* zs-sqlite-private.h — shared by the files that make up ZsSqliteBackend
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <sqlite3.h>

#include "zs-sqlite-backend.h"

G_BEGIN_DECLS

typedef struct _ZsSqliteFileIndex ZsSqliteFileIndex;

struct _ZsSqliteBackend
{
  ZsStoreBackend parent_instance;

  sqlite3    *db;
  char       *path;
  GHashTable *statements;   /* SQL text → sqlite3_stmt, prepared once */
  GHashTable *row_statements; /* GType → sqlite3_stmt *[ZS_ROW_N_STATEMENTS], from statements */
  GPtrArray  *suspended_triggers;  /* CREATE TRIGGER text, during a bulk write */
  GPtrArray  *suspended_indexes;   /* CREATE INDEX text, during a bulk write */
  guint       mark_queue_len;  /* import marks not yet merged */
  ZsSqliteFileIndex *file_index;  /* zs-sqlite-file-index.c, from the first reset */
  ZsStoreHint hint;            /* the last zs_sqlite_apply_hint() */
  /* Tables whose id → UUID map (zs-sqlite-cursor.c) this transaction made. */
  GHashTable *uuid_maps;
  /* Foreign keys stay off until the upgrade's transaction commits: an
   * upgrade makes tables others refer to again (schema/010). */
  gboolean    foreign_keys_after_upgrade;
};

/* The backend behind a method's @backend, unchecked: the store calls a
 * backend's methods only on that backend, once per row on an import's
 * hot path, where a checked cast would be a type lookup each time. */
#define ZS_SQLITE(backend) ((ZsSqliteBackend *) (backend))

/* zs-sqlite-cursor.c: drops the UUID maps this transaction made, before
 * it commits. */
gboolean      zs_sqlite_cursor_drop_maps (ZsSqliteBackend *self,
                                          GError         **error);

/* zs-sqlite-backend.c */

/* Sets @error from a SQLite result code with a message a clerk can act on. */
void          zs_sqlite_set_error        (ZsSqliteBackend *self,
                                          int              rc,
                                          GError         **error);
/* ZS_ERROR_CORRUPT: the database is damaged, @reason says how (in the
 * clerk's language), and where its automatic backups are, if anywhere. */
void          zs_sqlite_set_damaged_error (ZsSqliteBackend *self,
                                           const char      *reason,
                                           GError         **error);
/* A cached, reset statement; owned by the backend. */
sqlite3_stmt *zs_sqlite_prepare          (ZsSqliteBackend *self,
                                          const char      *sql,
                                          GError         **error);
gboolean      zs_sqlite_exec             (ZsSqliteBackend *self,
                                          const char      *sql,
                                          GError         **error);
/* Steps a statement that returns no rows, then resets it. */
gboolean      zs_sqlite_step_done        (ZsSqliteBackend *self,
                                          sqlite3_stmt    *stmt,
                                          GError         **error);
/* The page cache, memory map and temporary storage of a hint. */
gboolean      zs_sqlite_apply_hint       (ZsSqliteBackend *self,
                                          ZsStoreHint      hint,
                                          GError         **error);

/* zs-sqlite-integrity.c */

/* "sqlite://PATH" is PATH ("sqlite:///home/…" an absolute one); a plain
 * path is itself. */
const char   *zs_sqlite_location_path    (const char      *location);
/* The folder of the automatic copies of the database at @path. */
char         *zs_sqlite_backup_dir_for   (const char      *path);
/* What the lines of an integrity check say is wrong, for a clerk. */
const char   *zs_sqlite_damage_reason    (const char      *problems);
void          zs_sqlite_integrity_class_init (ZsStoreBackendClass *klass);

/* zs-sqlite-records.c */
#define ZS_SQLITE_FIRST_FIELD_COLUMN 5

/* zs-sqlite-search.c: the search documents (zs-search.h) in the `search`
 * column of schema/015: made again for one row after a field of it
 * changed alone, and for every row when the column is new. */
/* A term of a search as an FTS5 phrase over the documents of zs-search.h
 * (zs-sqlite-query.c). */
char    *zs_sqlite_fts_phrase     (const char       *term);
/* The search_ids method of the backend, and the FTS5 function it needs
 * on each connection. */
GArray  *zs_sqlite_search_ids     (ZsStoreBackend   *backend,
                                   GType             type,
                                   const char       *search,
                                   GArray          **first,
                                   GError          **error);
gboolean zs_sqlite_search_register (ZsSqliteBackend *self,
                                    GError         **error);
gboolean zs_sqlite_search_refresh (ZsSqliteBackend  *self,
                                   GType             type,
                                   gint64            id,
                                   GError          **error);
gboolean zs_sqlite_search_fill    (ZsSqliteBackend  *self,
                                   GError          **error);

/* The statements every record type has, made from its field table. */
typedef enum {
  ZS_ROW_SELECT,     /* every column of the row with id ?1 */
  ZS_ROW_SELECT_UUID,/* every column of the row with uuid ?1 */
  ZS_ROW_INSERT,     /* ?1 id (NULL for a new one), ?2 uuid, ?3 created, ?4 updated,
                      * ?5 version, fields */
  ZS_ROW_UPDATE,     /* the same, of the row with id ?1 if it has version ?5 (any when
                      * 0), raising the version; returns the new one */
  ZS_ROW_EXISTS,     /* a row if id ?1 exists */
  ZS_ROW_FIND_UUID,  /* the id of uuid ?1 */
  ZS_ROW_GET_UUID,   /* the uuid of id ?1 */
  ZS_ROW_DELETE,     /* deletes the row with id ?1 */
  ZS_ROW_SELECT_MANY,/* every column of the rows whose ids are in the JSON array ?1 */
  ZS_ROW_N_STATEMENTS
} ZsRowStatement;

/* The cached, reset statement @which of @klass. */
sqlite3_stmt *zs_sqlite_prepare_row      (ZsSqliteBackend *self,
                                          ZsRecordClass   *klass,
                                          ZsRowStatement   which,
                                          GError         **error);
/* The column of a field: its name with '_' for '-'. */
char         *zs_sqlite_column_name      (const ZsField   *field);
/* "id, uuid, created, updated, version" and a column per field. */
char         *zs_sqlite_column_list      (ZsRecordClass   *klass);
void          zs_sqlite_bind_value       (sqlite3_stmt    *stmt,
                                          int              index,
                                          const GValue    *value,
                                          ZsFieldKind      kind);
/* Fills @record, which no one watches, from a row of
 * zs_sqlite_column_list() columns. */
void          zs_sqlite_read_row         (sqlite3_stmt    *stmt,
                                          ZsRecord        *record);
void          zs_sqlite_records_class_init (ZsStoreBackendClass *klass);

/* zs-sqlite-query.c */
/* Appends "SELECT @select FROM table WHERE …" for @query, its values to @binds. */
void          zs_sqlite_append_query_sql (GString         *sql,
                                          GArray          *binds,
                                          ZsQuery         *query,
                                          const char      *select);
/* The prepared statement of zs_sqlite_append_query_sql() with its values
 * bound; with @ordered, in the query's order. */
sqlite3_stmt *zs_sqlite_prepare_query    (ZsSqliteBackend *self,
                                          ZsQuery         *query,
                                          const char      *select,
                                          gboolean         ordered,
                                          GError         **error);
GArray       *zs_sqlite_binds_new        (void);
void          zs_sqlite_bind_all         (sqlite3_stmt    *stmt,
                                          GArray          *binds);
void          zs_sqlite_query_class_init (ZsStoreBackendClass *klass);

/* zs-sqlite-aggregate.c */
void          zs_sqlite_aggregate_class_init (ZsStoreBackendClass *klass);
/* zs-sqlite-cursor.c */
void          zs_sqlite_cursor_class_init (ZsStoreBackendClass *klass);
/* zs-sqlite-exchange.c */
void          zs_sqlite_exchange_class_init (ZsStoreBackendClass *klass);

/* zs-sqlite-file-index.c */
void          zs_sqlite_file_index_class_init (ZsStoreBackendClass *klass);
void          zs_sqlite_file_index_free      (ZsSqliteFileIndex   *index);
/* zs-sqlite-funds.c */
void          zs_sqlite_funds_class_init (ZsStoreBackendClass *klass);
/* zs-sqlite-attachments.c */
void          zs_sqlite_attachments_class_init (ZsStoreBackendClass *klass);
/* zs-sqlite-trash.c */
void          zs_sqlite_trash_class_init (ZsStoreBackendClass *klass);
/* zs-sqlite-history.c */
void          zs_sqlite_history_class_init (ZsStoreBackendClass *klass);
/* zs-sqlite-schema.c */
/* PRAGMA user_version; refuses another program's database. */
gboolean      zs_sqlite_read_version     (ZsSqliteBackend *self,
                                          int             *version,
                                          GError         **error);
void          zs_sqlite_schema_class_init (ZsStoreBackendClass *klass);

G_END_DECLS
