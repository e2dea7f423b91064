/* zs-pg-private.h — shared by the files that make up ZsPgBackend
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <libpq-fe.h>

#include "zs-pg-backend.h"
#include "zs-record-private.h"

G_BEGIN_DECLS

struct _ZsPgBackend
{
  ZsStoreBackend parent_instance;

  PGconn     *conn;
  char       *location;     /* as given, without a password: for messages */
  char       *display;      /* "database on host" for messages */
  guint       busy_timeout_ms;
  GHashTable *statements;   /* SQL text → prepared statement's name */
  guint       n_statements;
  guint       depth;        /* open transaction depth */
  guint64     data_version; /* others' commits seen through NOTIFY */
  gint64      next_reconnect_us;  /* monotonic: when a lost connection is tried again */
  guint       reconnect_delay_s;
  gboolean    resetting;    /* a new connection is being made, polled from data_version() */
  GPtrArray  *mark_queue;   /* import marks not yet merged: table, uuid, updated, … */
  GHashTable *file_index;   /* UUID → its entry, of the file being read */
  ZsStoreHint hint;
  /* zs-pg-batch.c: a bulk transaction's writes sent ahead, unanswered */
  gboolean    pipelined;
  GPtrArray  *sent;         /* what each unanswered statement writes, for a message */
  GHashTable *explicit_ids; /* table → the highest id written as given, for its sequence */
  GHashTable *reserved;     /* table → ids taken from its sequence, not yet given */
  GHashTable *uuid_ids;     /* GType → (UUID → id): the rows, known in a bulk transaction */
  GHashTable *lookups;      /* GType → UUIDs looked up this transaction */
};

#define ZS_PG(backend) ((ZsPgBackend *) (backend))

/* Values for a statement's $1, $2 …, as text; NULL is SQL NULL. */
typedef struct {
  GPtrArray *values;
} ZsPgParams;

ZsPgParams   *zs_pg_params_new          (void);
void          zs_pg_params_free         (ZsPgParams *params);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZsPgParams, zs_pg_params_free)
/* Each returns the new value's number ($n). */
guint         zs_pg_params_add_text     (ZsPgParams *params, const char *text);
guint         zs_pg_params_add_int      (ZsPgParams *params, gint64 value);
guint         zs_pg_params_add_null     (ZsPgParams *params);
/* A field's value; a reference 0 is NULL so foreign keys accept it. */
guint         zs_pg_params_add_value    (ZsPgParams *params, const GValue *value, ZsFieldKind kind);

/* zs-pg-search.c: the search documents (schema/017-search-any-length.sql) */

/* @text in FTS5 unicode61's words: lower case, one space apart. */
char         *zs_pg_search_words        (const char *text);
/* The keys of schema/019's index a term's words need: @all as an array
 * literal of keys every match has, @any of keys it has one of (NULL when
 * none); the last word is a word's start when @prefix. */
void          zs_pg_search_term_keys    (const char  *words,
                                         gboolean     prefix,
                                         char       **all,
                                         char       **any);
/* The `search` column of @record, written with its row; NULL when its
 * type has none. */
char         *zs_pg_search_column       (ZsRecord *record);
/* Writes the stored row's document again (a searched field changed). */
gboolean      zs_pg_search_refresh      (ZsPgBackend *self, GType type, gint64 id, GError **error);
/* Writes every row's document (the upgrade to step 17). */
gboolean      zs_pg_search_fill         (ZsPgBackend *self, GError **error);

/* zs-pg-backend.c */

/* The name of @sql prepared on this connection (prepared now if new);
 * not while statements are sent ahead (zs-pg-batch.c). */
const char   *zs_pg_statement_name      (ZsPgBackend *self, const char *sql, GError **error);

/* Runs @sql (prepared once per connection) with @params (may be NULL);
 * a result of rows or of a command, else NULL with @error set. */
PGresult     *zs_pg_run                 (ZsPgBackend *self, const char *sql, ZsPgParams *params, GError **error);
/* Runs @sql, which may hold several statements and no parameters. */
gboolean      zs_pg_exec                (ZsPgBackend *self, const char *sql, GError **error);
/* Runs @sql, ignoring the rows. */
gboolean      zs_pg_run_done            (ZsPgBackend *self, const char *sql, ZsPgParams *params, GError **error);
/* Sets @error from a failed result (or the connection's state). */
void          zs_pg_set_error           (ZsPgBackend *self, PGresult *result, GError **error);
/* The server's row-level security kept this login from a change
 * (schema: data/postgresql/zs-server-setup.sql). */
void          zs_pg_set_refused_error   (ZsPgBackend *self, GError **error);
gint64        zs_pg_get_int             (PGresult *result, int row, int column);
const char   *zs_pg_get_text            (PGresult *result, int row, int column);
void          zs_pg_clear_result        (PGresult *result);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PGresult, zs_pg_clear_result)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PQconninfoOption, PQconninfoFree)

/* zs-pg-batch.c: an import's or a copy's writes in batches. In a
 * transaction under ZS_STORE_HINT_BULK, a write whose answer is not
 * needed (a new row, a history entry) is sent ahead in libpq's pipeline
 * mode, and the server's answers are read at the next statement that
 * needs one, or at commit: one round trip for many rows. A write that
 * failed fails that statement, naming the record. */
void          zs_pg_batch_init          (ZsPgBackend *self);
void          zs_pg_batch_clear         (ZsPgBackend *self);
gboolean      zs_pg_batch_active        (ZsPgBackend *self);
/* Sends @sql with @params without waiting; @what names what it writes. */
gboolean      zs_pg_batch_send          (ZsPgBackend *self, const char *sql, ZsPgParams *params,
                                         const char *what, GError **error);
/* Reads every answer of what was sent; FALSE with the first failure. */
gboolean      zs_pg_batch_flush         (ZsPgBackend *self, GError **error);
/* The transaction ended (@committed or not): forgets what it knew. */
void          zs_pg_batch_end           (ZsPgBackend *self);
/* A new row's id, from a block taken from the table's sequence at once. */
gint64        zs_pg_batch_take_id       (ZsPgBackend *self, ZsRecordClass *klass, GError **error);
/* A row was written with @id as given: the sequence moves past it. */
void          zs_pg_batch_note_id       (ZsPgBackend *self, ZsRecordClass *klass, gint64 id);
/* TRUE when the bulk transaction's list of rows answers where @uuid is
 * (@id, 0 for none); FALSE: ask the server. */
gboolean      zs_pg_batch_find_uuid     (ZsPgBackend *self, GType type, const char *uuid, gint64 *id);
/* Row @id of @type now has @uuid (written), or the rows changed in a way
 * not followed (@uuid NULL and @id 0: forget every list). */
void          zs_pg_batch_note_uuid     (ZsPgBackend *self, GType type, const char *uuid, gint64 id);

/* zs-pg-records.c */
#define ZS_PG_FIRST_FIELD_COLUMN 5
char         *zs_pg_column_name         (const ZsField *field);
/* "id, uuid, created, updated, version" and a column per field, each
 * after @prefix ("t." or ""). */
char         *zs_pg_column_list         (ZsRecordClass *klass, const char *prefix);
void          zs_pg_read_row            (PGresult *result, int row, ZsRecord *record);
void          zs_pg_records_class_init  (ZsStoreBackendClass *klass);

/* zs-pg-query.c */
void          zs_pg_append_query_sql    (GString *sql, ZsPgParams *params, ZsQuery *query, const char *select);
/* The query's SQL with its order (@ordered) and limit. */
char         *zs_pg_query_sql           (ZsQuery *query, ZsPgParams *params, const char *select, gboolean ordered);
void          zs_pg_query_class_init    (ZsStoreBackendClass *klass);
/* zs-pg-aggregate.c */
void          zs_pg_aggregate_class_init (ZsStoreBackendClass *klass);
/* zs-pg-cursor.c */
/* Makes this connection's scratch tables (temporary, never stored). */
gboolean      zs_pg_make_scratch        (ZsPgBackend *self, GError **error);
void          zs_pg_cursor_class_init   (ZsStoreBackendClass *klass);
/* zs-pg-exchange.c */
void          zs_pg_exchange_class_init (ZsStoreBackendClass *klass);
/* zs-pg-schema.c */
gboolean      zs_pg_read_version        (ZsPgBackend *self, int *version, GError **error);
void          zs_pg_schema_class_init   (ZsStoreBackendClass *klass);
/* zs-pg-trash.c: the trash and the history */
void          zs_pg_trash_class_init    (ZsStoreBackendClass *klass);
void          zs_pg_attachments_class_init (ZsStoreBackendClass *klass);

G_END_DECLS
