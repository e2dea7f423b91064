/* zs-store.h — the database behind every screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <gio/gio.h>

#include "zs-enums.h"
#include "zs-history.h"
#include "zs-query.h"
#include "zs-record.h"

G_BEGIN_DECLS

#define ZS_TYPE_STORE (zs_store_get_type ())
G_DECLARE_FINAL_TYPE (ZsStore, zs_store, ZS, STORE, GObject)

/* The newest schema version this build writes. */
#define ZS_STORE_SCHEMA_VERSION 25

/* Where the GUI keeps its database when no --db is given. */
char        *zs_store_default_path        (void);

/* Opens the database at @path, making it when there is none and bringing
 * its schema up to date. @path is a file's path (or a file:// URI), or a
 * URI whose scheme names the kind of database ("sqlite:///home/…/a.db");
 * a scheme this build has no engine for is refused with ZS_ERROR_FAILED,
 * and nothing is made. */
ZsStore     *zs_store_open                (const char  *path,
                                           GError     **error);
/* @busy_timeout_ms: how long to wait for another program's lock. */
ZsStore     *zs_store_open_full           (const char  *path,
                                           guint        busy_timeout_ms,
                                           GError     **error);

/* A second connection, for a worker thread, to a database this process has
 * already opened (and so checked and migrated) with zs_store_open(): it
 * skips the integrity check, which takes a noticeable time on a large
 * database, and refuses one of another schema version. */
ZsStore     *zs_store_open_secondary      (const char  *path,
                                           GError     **error);
/* As zs_store_open(), without the quick check that reads every page of
 * the file: for the window, which runs the full check after its first
 * frame (zs_store_check_integrity_async()). */
ZsStore     *zs_store_open_check_later    (const char  *path,
                                           GError     **error);

/* The location as it was opened: open it again with the same string. */
const char  *zs_store_get_path            (ZsStore     *self);
/* TRUE when opening found an empty database and made the schema. */
gboolean     zs_store_was_created         (ZsStore     *self);
/* The schema version the database had before this open migrated it. */
int          zs_store_get_opened_version  (ZsStore     *self);
const char  *zs_store_get_backup_dir      (ZsStore     *self);

/* Transactions nest; each save outside one is its own transaction. */
gboolean     zs_store_begin               (ZsStore     *self,
                                           GError     **error);
gboolean     zs_store_commit              (ZsStore     *self,
                                           GError     **error);
void         zs_store_rollback            (ZsStore     *self);
/* A transaction that only reads the database (it may fill the scratch
 * sets below): a consistent view without taking the write lock, so the window's
 * own connection can go on saving meanwhile. End it with zs_store_commit(). */
gboolean     zs_store_begin_read          (ZsStore     *self,
                                           GError     **error);
/* Inside a transaction that writes many rows: the search index is made
 * once at zs_store_bulk_end() instead of row by row. A rollback before
 * zs_store_bulk_end() puts everything back as it was. */
gboolean     zs_store_bulk_begin          (ZsStore     *self,
                                           GError     **error);
/* Inside a transaction that adds most of the rows of @type: the table's
 * indexes other than the UUID's are made again at zs_store_bulk_end(),
 * in one sort each, instead of row by row (with or without
 * zs_store_bulk_begin()). Reading the table by anything but id and UUID is
 * slow meanwhile. */
gboolean     zs_store_bulk_defer_indexes  (ZsStore     *self,
                                           GType        type,
                                           GError     **error);
gboolean     zs_store_bulk_end            (ZsStore     *self,
                                           GError     **error);
/* How a connection is about to be used, so that the engine can trade
 * memory for speed where it pays. */
typedef enum {
  /* The window's: many small reads and writes, answered fast, the totals
   * over a whole table among them; memory may grow with the database. */
  ZS_STORE_HINT_INTERACTIVE,
  /* One pass reading many rows (an export): memory stays bounded whatever
   * the number of rows. */
  ZS_STORE_HINT_STREAM,
  /* One pass reading and writing many rows (an import, with
   * zs_store_bulk_begin()): memory stays bounded as well. */
  ZS_STORE_HINT_BULK,
  /* A worker thread's read on a connection opened for it and closed
   * after (a report, a list counted off the window's thread): each row
   * read once or twice, so a small cache, whose memory is new at each
   * opening. */
  ZS_STORE_HINT_WORKER,
} ZsStoreHint;

/* Tells the store how this connection will be used; a connection starts
 * INTERACTIVE. Give it outside a transaction and before filling a scratch
 * set (the selection, the file index, the mark queue): a change may empty
 * them. Returns the hint it had, which a job that takes a hint for its
 * own length (an export, an import, a copy) gives back after. */
ZsStoreHint  zs_store_set_hint            (ZsStore       *self,
                                           ZsStoreHint    hint);
ZsStoreHint  zs_store_get_hint            (ZsStore       *self);
/* Another connection changed the data: re-read the live objects and tell
 * every listener that anything may have changed. */
void         zs_store_refresh             (ZsStore     *self);

/* ---- several programs on one database (zs-store-sync.c) ------------------ */

/* How often the window looks for what other programs saved. */
#define ZS_STORE_WATCH_INTERVAL_MS 500

/* Looks every @interval_ms, from the thread-default main context, for
 * changes other programs (or other connections) committed; when there are
 * some, re-reads the live objects that changed and emits ::changed, so
 * every open list and page shows them. Looking costs next to nothing when
 * nothing changed. A second call changes the interval. Stops with the
 * store. */
void         zs_store_watch_others        (ZsStore     *self,
                                           guint        interval_ms);
/* Looks once, now (what the watch does at each tick): TRUE when another
 * connection had committed something, which is now shown. */
gboolean     zs_store_check_others        (ZsStore     *self);

/* A save refused because another user saved the record after it was read
 * (ZS_ERROR_CONFLICT): what the clerk had, what is stored now, who changed
 * it. The refused record shows the stored values again, at the stored
 * version. */
typedef struct _ZsStoreConflict ZsStoreConflict;

/* The conflict of the last refused save of this store, or NULL; the
 * caller owns it. */
ZsStoreConflict *zs_store_take_conflict        (ZsStore         *self);
void             zs_store_conflict_free        (ZsStoreConflict *conflict);
/* The record whose save was refused, as the caller gave it. */
ZsRecord        *zs_store_conflict_get_record  (ZsStoreConflict *conflict);
/* A copy of it with the values the clerk saved. */
ZsRecord        *zs_store_conflict_get_mine    (ZsStoreConflict *conflict);
/* A copy of the stored row now; NULL when another user deleted it. */
ZsRecord        *zs_store_conflict_get_stored  (ZsStoreConflict *conflict);
/* The field the conflict is about: the one a page saved when it said so
 * (zs_store_conflict_set_field()), else the first whose value the clerk's
 * copy and the stored row differ in; -1 when none. */
int              zs_store_conflict_get_field   (ZsStoreConflict *conflict);
void             zs_store_conflict_set_field   (ZsStoreConflict *conflict,
                                                guint            field);
/* Who saved the stored row, and when (ISO timestamp); NULL when the store
 * does not know (the window then says "another user"). */
const char      *zs_store_conflict_get_changed_by (ZsStoreConflict *conflict);
const char      *zs_store_conflict_get_changed_at (ZsStoreConflict *conflict);
/* Keeps the clerk's value of the conflict's field: saves it on the stored
 * row's current version (which may be refused again, with a new
 * conflict). */
gboolean         zs_store_resolve_keep_mine    (ZsStore         *self,
                                                ZsStoreConflict *conflict,
                                                GError         **error);
/* Keeps what is stored: the record shows the stored values. */
void             zs_store_resolve_take_stored  (ZsStore         *self,
                                                ZsStoreConflict *conflict);

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
/* The one live object with @uuid, or NULL (without @error) when there is
 * none. */
gpointer     zs_store_load_by_uuid        (ZsStore     *self,
                                           GType        type,
                                           const char  *uuid,
                                           GError     **error);
/* The live objects of rows @ids of @type, in that order, NULL in the place
 * of a row that no longer exists: the rows not live yet are read together,
 * in one read transaction (the caller's, when one is open) and, where the
 * engine can, by one statement. A table reads a screenful so. */
GPtrArray   *zs_store_load_many           (ZsStore       *self,
                                           GType          type,
                                           const gint64  *ids,
                                           guint          n_ids,
                                           GError       **error);
/* A new object with the stored values of (type, id), apart from the live
 * one and from any unsaved edit of it: what a rule compares an edit with.
 * NULL (ZS_ERROR_NOT_FOUND) when there is no such row. */
gpointer     zs_store_read_stored         (ZsStore     *self,
                                           GType        type,
                                           gint64       id,
                                           GError     **error);
/* A version that matches every row: for zs_store_update_field() of a
 * total the rules keep, computed inside the same transaction. */
#define ZS_STORE_ANY_VERSION 0

/* Writes one field of a stored row, of the field's type, leaving its
 * timestamps and the rest of the row as they are: for totals the rules
 * keep (@version ZS_STORE_ANY_VERSION) and for one field a clerk changed
 * (@version the one the record was read at: a row saved by another user
 * since is left as it is, ZS_ERROR_CONFLICT). Writes nothing when the row
 * holds @value already. A live object at @version follows; with
 * ZS_STORE_ANY_VERSION it is left as it is (zs_store_reread_live()). */
gboolean     zs_store_update_field        (ZsStore       *self,
                                           GType          type,
                                           gint64         id,
                                           guint          field,
                                           const GValue  *value,
                                           gint64         version,
                                           GError       **error);
/* When a live object of (type, id) is out, it shows the stored values
 * again: after a rule changed its row with zs_store_update_field(). */
void         zs_store_reread_live         (ZsStore     *self,
                                           GType        type,
                                           gint64       id);
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
/* As zs_store_find_by_uuid(), but a database that could not be asked (a
 * lost connection) is an error, not "no such record". */
gint64       zs_store_lookup_uuid         (ZsStore     *self,
                                           GType        type,
                                           const char  *uuid,
                                           GError     **error);
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
/* At most this many group fields and sums in one zs_store_aggregate_grouped(). */
#define ZS_AGGREGATE_MAX_KEYS 2
#define ZS_AGGREGATE_MAX_SUMS 4

typedef struct {
  gint64 keys[ZS_AGGREGATE_MAX_KEYS];  /* the group fields' values; 0 for unset */
  gint64 count;
  gint64 sums[ZS_AGGREGATE_MAX_SUMS];
} ZsAggregateRow;

/* The count and the sums of the integer @sum_fields per combination of the
 * values of @group_fields (enums, integers or references), in one pass:
 * the industry map's figures for every chain and stage at once. Returns
 * ZsAggregateRow, one per combination that occurs. */
GArray      *zs_store_aggregate_grouped   (ZsStore      *self,
                                           ZsQuery      *query,
                                           const guint  *group_fields,
                                           guint         n_group_fields,
                                           const guint  *sum_fields,
                                           guint         n_sum_fields,
                                           GError      **error);
/* The row ids matching @query split by the value of @partition_field (an
 * enum or small integer, 0 … @n_partitions - 1), each part in the query's
 * order, with the sum of the integer @sum_field per part in @sums (when
 * @sum_field is not -1): one pass for the seven columns of the board. */
GPtrArray   *zs_store_query_partitioned   (ZsStore      *self,
                                           ZsQuery      *query,
                                           guint         partition_field,
                                           guint         n_partitions,
                                           int           sum_field,
                                           gint64       *sums,
                                           GError      **error);
/* The greatest value of the text or date @field per value of the
 * reference or integer @group_field, over the records matching @query that
 * have both set: "the latest contact with each partner", in one pass.
 * Keys are gint64 (g_int64_hash), values strings. */
/* As zs_store_query_partitioned(), with each row's integer @value_field
 * in @values (a GArray of gint64 per part, beside its ids): what a view
 * needs to filter the parts again without the engine. */
GPtrArray   *zs_store_query_partitioned_values (ZsStore    *self,
                                                ZsQuery    *query,
                                                guint       partition_field,
                                                guint       n_partitions,
                                                guint       value_field,
                                                GPtrArray **values,
                                                GError    **error);
/* The ids of the records of @type that @search names, as a ZsQuery's
 * search does (in no order), and in @first those whose title, or its
 * pinyin or initials, starts with the search's first word, which a query
 * ranks first (a few may not contain the search: @first is meant to be
 * looked up in the result). From the engine's search index alone, so
 * the answer takes what the index takes, not what reading the rows does.
 * NULL without an error when the engine cannot answer so (a search with
 * no letter or digit, an engine without such an index): run a ZsQuery. */
GArray      *zs_store_search_ids          (ZsStore      *self,
                                           GType         type,
                                           const char   *search,
                                           GArray      **first,
                                           GError      **error);
GHashTable  *zs_store_latest_by           (ZsStore      *self,
                                           ZsQuery      *query,
                                           guint         group_field,
                                           guint         field,
                                           GError      **error);
/* Sum of an integer field over the records matching @query. */
gint64       zs_store_sum                 (ZsStore     *self,
                                           ZsQuery     *query,
                                           guint        field,
                                           GError     **error);

/* ---- who changed what (zs-store-history.c) ------------------------------ */

/* The name the history records for this connection's changes: the
 * current user, a person (包靠人员) of the bureau. NULL goes back to the
 * default: the person whose name is the system account's real name or
 * user name, else the user name. */
void         zs_store_set_actor           (ZsStore     *self,
                                           const char  *name);
const char  *zs_store_get_actor           (ZsStore     *self);
/* The actor every connection opened after this call starts with (the
 * window's worker threads open their own): the app sets it once from the
 * PC's setting, and again when the clerk chooses another person. */
void         zs_store_set_default_actor   (const char  *name);
char        *zs_store_dup_default_actor   (void);
/* Whom the history names when no person is chosen on this PC: the
 * person named as the system account, else its user name. */
char        *zs_store_dup_system_actor    (ZsStore     *self);
/* The system account's user name, recorded when no person matches. */
const char  *zs_store_system_user_name    (void);
/* At most @limit entries matching @filter (NULL: all), newest first, with
 * ids below @before_id (0: from the newest); pass the last id of a page to
 * get the next. Returns ZsHistoryEntry objects. */
GPtrArray   *zs_store_history             (ZsStore               *self,
                                           const ZsHistoryFilter *filter,
                                           gint64                 before_id,
                                           guint                  limit,
                                           GError               **error);
/* Who changed @field (-1: any field, or created, deleted or restored) of
 * the record (@type, @id) last, and when (UTC); FALSE when the history
 * has nothing on it. @who and @when may be NULL. */
gboolean     zs_store_last_change         (ZsStore     *self,
                                           GType        type,
                                           gint64       id,
                                           int          field,
                                           char       **who,
                                           GDateTime  **when);
/* An import writes one entry, not one per record: pause the entries
 * around its saves (calls nest), resume, and write the import's own with
 * zs_store_log_import() inside its transaction. An exchange import
 * (ZS_SAVE_IMPORT) writes none per record anyway. The first-run data is
 * brought in paused: it is no one's change. */
void         zs_store_history_pause       (ZsStore     *self);
void         zs_store_history_resume      (ZsStore     *self);
/* The entry of an import of the file @file_name (its base name is kept)
 * with what it did; none while paused, nor when it added and updated
 * nothing. */
gboolean     zs_store_log_import          (ZsStore     *self,
                                           const char  *file_name,
                                           gint64       added,
                                           gint64       updated,
                                           gint64       unchanged,
                                           GError     **error);

/* ---- streaming and selections (zs-store-scratch.c) ---------------------- */

typedef struct _ZsStoreCursor ZsStoreCursor;

/* Steps through the rows of @type in creation order without making live
 * objects, in constant memory; with @selected_only, only the rows in the
 * selection below. Wrap several cursors in zs_store_begin_read() to see
 * one state of the database through all of them. */
ZsStoreCursor *zs_store_cursor_new          (ZsStore        *self,
                                             GType           type,
                                             gboolean        selected_only,
                                             GError        **error);
/* The next row, or NULL at the end and on error. The record belongs to the
 * cursor and is refilled by the next call. */
ZsRecord      *zs_store_cursor_next         (ZsStoreCursor  *cursor,
                                             GError        **error);
/* The UUID that reference @field of the current row points to, or NULL. */
const char    *zs_store_cursor_get_ref_uuid (ZsStoreCursor  *cursor,
                                             guint           field);
void           zs_store_cursor_free         (ZsStoreCursor  *cursor);

/* The selection: a set of rows of any types, kept for this connection
 * only (it never changes what is stored). */
gboolean     zs_store_selection_clear     (ZsStore     *self,
                                           GError     **error);
gboolean     zs_store_selection_add_query (ZsStore     *self,
                                           ZsQuery     *query,
                                           GError     **error);
/* Adds the records whose required owner reference points to a selected
 * record of @owner_type (a project's stage events, obstacles, updates). */
gboolean     zs_store_selection_add_owned (ZsStore     *self,
                                           GType        owner_type,
                                           GError     **error);
/* Adds every record a selected record refers to, and so on, so that the
 * selection can stand on its own in another database. */
gboolean     zs_store_selection_add_referenced (ZsStore  *self,
                                                GError  **error);
gint64       zs_store_selection_count     (ZsStore     *self,
                                           GType        type,
                                           GError     **error);
/* Rows of @type in the whole database, counted by the engine alone. */
gint64       zs_store_count_all           (ZsStore     *self,
                                           GType        type,
                                           GError     **error);

/* ---- memory of exchange files (zs-store-scratch.c) ---------------------- */

/* The `updated` time @uuid had in the last exchange file it came from, or
 * NULL when it never came from one. */
char        *zs_store_get_import_mark     (ZsStore     *self,
                                           GType        type,
                                           const char  *uuid);
/* The marks an import sets are queued, for this connection only, and
 * merged in the order of their key inside the import's
 * transaction: a batch at a time as the queue fills, the rest by
 * zs_store_mark_queue_write(). Only a changed mark is written. */
gboolean     zs_store_mark_queue_reset    (ZsStore     *self,
                                           GError     **error);
gboolean     zs_store_mark_queue_add      (ZsStore     *self,
                                           GType        type,
                                           const char  *uuid,
                                           const char  *updated,
                                           GError     **error);
gboolean     zs_store_mark_queue_write    (ZsStore     *self,
                                           GError     **error);

/* Which records one exchange file holds, noted while reading it, for this
 * connection only. */
gboolean     zs_store_file_index_reset    (ZsStore     *self,
                                           GError     **error);
/* Notes @uuid at @line; FALSE (with @first_line) when the file had it
 * before, as a record of any type: a UUID names one record. */
gboolean     zs_store_file_index_add      (ZsStore     *self,
                                           GType        type,
                                           const char  *uuid,
                                           int          line,
                                           gboolean     refused,
                                           int         *first_line,
                                           GError     **error);
/* TRUE when the file holds @uuid; @refused and @line say about it. */
gboolean     zs_store_file_index_lookup   (ZsStore     *self,
                                           GType        type,
                                           const char  *uuid,
                                           gboolean    *refused,
                                           int         *line);

/* ---- funds in place by date (zs-store-funds.c) --------------------------- */

/* A project's unit and chain (0 for none) and the amounts the dispatch
 * report sums: zs_store_project_figures() gives every project's, in id
 * order, so that the report joins events and funds to them in memory. */
typedef struct {
  gint64 id;
  gint64 unit_id;
  gint64 chain_id;
  gint64 planned_investment;
  gint64 contracted_foreign_capital;
  gint64 foreign_capital_used;
} ZsProjectFigures;

/* A dated row of a project: an event entering @stage, or a funds entry of
 * @amount; @day is the date as the number yyyymmdd (zs_date_number()). */
typedef struct {
  gint64 project_id;
  gint64 amount;
  gint32 day;
  gint32 stage;
} ZsDatedRow;

GArray      *zs_store_project_figures     (ZsStore     *self,
                                           GError     **error);
/* The stage events entering @first_stage … @last_stage dated @first …
 * @last (ISO, inclusive): ZsDatedRow ordered by stage, then day. */
GArray      *zs_store_stage_events_between (ZsStore    *self,
                                            int         first_stage,
                                            int         last_stage,
                                            const char *first,
                                            const char *last,
                                            GError    **error);
/* The funds entries dated @first … @last: ZsDatedRow ordered by day. */
GArray      *zs_store_funds_between       (ZsStore     *self,
                                           const char  *first,
                                           const char  *last,
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
 * @keep copies. Returns the path written, or NULL when none was due or
 * the database is a server's (its administrator backs it up). */
char        *zs_store_auto_backup         (ZsStore     *self,
                                           guint        keep,
                                           GError     **error);
/* The same copy without noting it as today's: for a change that may yet
 * be refused and leave the database as it was. Note it with
 * zs_store_note_auto_backup() once the change is kept. */
char        *zs_store_auto_backup_copy    (ZsStore     *self,
                                           guint        keep,
                                           GError     **error);
gboolean     zs_store_note_auto_backup    (ZsStore     *self,
                                           GError     **error);

/* ---- damage and restoring (zs-store-integrity.c) ---- */

/* The engine's full check of every page, row and index of the database,
 * on this connection: slow on a large database (opening runs only a quick
 * check, which misses a broken index). ZS_ERROR_CORRUPT says, in the
 * clerk's language, what is wrong. */
gboolean     zs_store_check_integrity     (ZsStore       *self,
                                           GCancellable  *cancellable,
                                           GError       **error);
/* The same on a second connection in a worker thread: the window asks
 * once its first frame is up. */
void         zs_store_check_integrity_async  (ZsStore             *self,
                                              GCancellable        *cancellable,
                                              GAsyncReadyCallback  callback,
                                              gpointer             user_data);
gboolean     zs_store_check_integrity_finish (ZsStore             *self,
                                              GAsyncResult        *result,
                                              GError             **error);

/* One finished copy in a database's backup folder. */
typedef struct {
  char      *path;
  GDateTime *time;   /* when it was made, local time */
  goffset    size;   /* bytes */
} ZsStoreBackup;

void         zs_store_backup_free         (ZsStoreBackup *backup);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZsStoreBackup, zs_store_backup_free)

/* The copies of the database at @location that the store made (daily and
 * before upgrades), newest first, without opening it: it may be damaged.
 * Torn copies are left out. An empty array when there are none. */
GPtrArray   *zs_store_list_backups        (const char    *location);
/* While nothing has @location open: keeps the database there as a safety
 * copy beside it, under a name with the time, then puts a copy of @backup
 * in its place. Returns the safety copy's path. */
char        *zs_store_restore_backup      (const char    *location,
                                           const char    *backup,
                                           GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZsStoreCursor, zs_store_cursor_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZsStoreConflict, zs_store_conflict_free)

G_END_DECLS
