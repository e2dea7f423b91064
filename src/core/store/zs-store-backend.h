/* zs-store-backend.h — what a database engine does for ZsStore
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * ZsStore keeps what every engine shares: live objects, change
 * notification, nested transactions, UUIDs and timestamps, the rules of
 * saving, deleting and undoing. A ZsStoreBackend does the rest, in the
 * engine's own language: it opens a location and upgrades its schema,
 * reads and writes the rows the field tables describe, answers ZsQuery
 * queries and totals, streams rows, keeps scratch sets for an export's
 * selection and an import's bookkeeping, settings and backups.
 *
 * A backend is a subclass that fills in every method of the class (only
 * set_hint, refresh, data_version and list_settings have defaults) and registers itself for a URI
 * scheme with zs_store_backend_register(). The store calls the methods
 * only in the states their comments give, so a backend checks nothing the
 * store checks already. Only the store and the backends (src/backend/…)
 * include this header; tests/test-store-conformance.c is what a backend
 * must pass.
 */
#pragma once

#include <gio/gio.h>

#include "zs-query.h"
#include "zs-record.h"
#include "zs-history.h"
#include "zs-store.h"

G_BEGIN_DECLS

#define ZS_TYPE_STORE_BACKEND (zs_store_backend_get_type ())
G_DECLARE_DERIVABLE_TYPE (ZsStoreBackend, zs_store_backend, ZS, STORE_BACKEND, GObject)

typedef enum {
  ZS_STORE_OPEN_DEFAULT   = 0,
  /* A worker's second connection to a location this process opened
   * already, and so checked and upgraded: skip anything slow that the
   * first connection did. */
  ZS_STORE_OPEN_SECONDARY = 1 << 0,
  /* The caller runs the full check (zs_store_check_integrity_async())
   * soon after: the quick check on opening, which reads every page, is
   * skipped. The schema is still read and upgraded. */
  ZS_STORE_OPEN_CHECK_LATER = 1 << 1,
} ZsStoreOpenFlags;

/* A backend's own cursor state. */
typedef struct _ZsStoreBackendCursor ZsStoreBackendCursor;

struct _ZsStoreBackendClass
{
  GObjectClass parent_class;

  /* ---- opening and the schema -------------------------------------------- */

  /* Connects to @location, the string given to zs_store_open() (a path, or
   * a URI of the backend's scheme), making an empty database when there is
   * none; refuses a damaged one (unless SECONDARY). Waits up to
   * @busy_timeout_ms for another program's lock. Sets the backup folder
   * (zs_store_backend_set_backup_dir()). */
  gboolean    (*open)                (ZsStoreBackend  *self,
                                      const char      *location,
                                      guint            busy_timeout_ms,
                                      ZsStoreOpenFlags flags,
                                      GError         **error);
  /* The schema version the database has, 0 for an empty one; refuses a
   * database that another program made. */
  gboolean    (*read_version)        (ZsStoreBackend  *self,
                                      int             *version,
                                      GError         **error);
  /* Inside a transaction: makes the schema from version @from (0: none)
   * into ZS_STORE_SCHEMA_VERSION and notes that version. */
  gboolean    (*upgrade)             (ZsStoreBackend  *self,
                                      int              from,
                                      GError         **error);

  /* ---- transactions ------------------------------------------------------------ */

  /* @depth is that of the transaction begun, committed or rolled back:
   * 1 for the outermost, which begin() starts with the write lock taken
   * (a locked database fails here, not at commit); deeper ones nest inside
   * it (savepoints). begin_read() starts an outermost transaction that only
   * reads: one consistent view, without the write lock. A rollback of the
   * outermost puts back whatever bulk_begin() and bulk_defer_indexes()
   * took out. */
  gboolean    (*begin)               (ZsStoreBackend  *self,
                                      guint            depth,
                                      GError         **error);
  gboolean    (*begin_read)          (ZsStoreBackend  *self,
                                      GError         **error);
  gboolean    (*commit)              (ZsStoreBackend  *self,
                                      guint            depth,
                                      GError         **error);
  void        (*rollback)            (ZsStoreBackend  *self,
                                      guint            depth);

  /* How this connection will be used (zs_store_set_hint()); outside a
   * transaction. The default does nothing. Under ZS_STORE_HINT_BULK a
   * backend may send a write whose caller needs no answer ahead (a new
   * row, given its id at once; a history entry) and report its failure
   * at a later method of the same transaction or at commit(), which then
   * fails: the caller rolls the whole transaction back, as an import and
   * a copy do (PostgreSQL: zs-pg-batch.c). */
  void        (*set_hint)            (ZsStoreBackend  *self,
                                      ZsStoreHint      hint);
  /* Another connection changed the data: forget what was read. The default
   * does nothing. */
  void        (*refresh)             (ZsStoreBackend  *self);
  /* A number that changes when another connection commits a change to
   * the database (not this one's own commits), outside a transaction; it
   * must cost next to nothing (it is asked twice a second). FALSE when
   * the engine cannot tell: the store then does not watch. The default
   * returns FALSE. */
  gboolean    (*data_version)        (ZsStoreBackend  *self,
                                      guint64         *version);

  /* ---- rows, described by the field tables --------------------------------------------- */

  /* Fills @into, a record of the row's type that no one watches (without
   * notifications), from row @id; ZS_ERROR_NOT_FOUND when there is none. */
  gboolean    (*read_row)            (ZsStoreBackend  *self,
                                      gint64           id,
                                      ZsRecord        *into,
                                      GError         **error);
  /* A new record of @type that no one watches, filled from the row with
   * @uuid; NULL without @error when there is none (an import asks for
   * every record it reads, most of them new: nothing is made for those). */
  ZsRecord   *(*read_row_by_uuid)    (ZsStoreBackend  *self,
                                      GType            type,
                                      const char      *uuid,
                                      GError         **error);
  /* A new record that no one watches for each row of @type among @ids
   * that exists, added to @into in any order: one statement for them all
   * (zs_store_load_many()). May be NULL: the store then reads row by row,
   * in one transaction. */
  gboolean    (*read_rows)           (ZsStoreBackend  *self,
                                      GType            type,
                                      const gint64    *ids,
                                      guint            n_ids,
                                      GPtrArray       *into,
                                      GError         **error);
  gboolean    (*row_exists)          (ZsStoreBackend  *self,
                                      GType            type,
                                      gint64           id);
  /* Writes id, UUID, timestamps and every field of @record: a new row
   * with @insert (given the id it has, or a new one that is set on
   * @record when it has id 0) at version 1, else the row with its id,
   * only while the row has the version of @record (any version with
   * @any_version), raising it by one. Sets the row's new version on
   * @record. A row with another version is left as it is, with
   * ZS_ERROR_CONFLICT. */
  gboolean    (*write_row)           (ZsStoreBackend  *self,
                                      ZsRecord        *record,
                                      gboolean         insert,
                                      gboolean         any_version,
                                      GError         **error);
  /* Sets one field of row @id to @value, of the field's type, leaving
   * its timestamps, while the row has @version (any when 0; else
   * ZS_ERROR_CONFLICT), raising the version; writes nothing when it holds
   * that value already. @new_version: the row's version after. */
  gboolean    (*update_field)        (ZsStoreBackend  *self,
                                      GType            type,
                                      gint64           id,
                                      guint            field,
                                      const GValue    *value,
                                      gint64           version,
                                      gint64          *new_version,
                                      GError         **error);
  /* Deletes row @id, and the rows that belong to it through ZS_FIELD_OWNER
   * references, and so on. */
  gboolean    (*delete_row)          (ZsStoreBackend  *self,
                                      GType            type,
                                      gint64           id,
                                      GError         **error);
  /* 0 / NULL when there is none; 0 with @error set when the database
   * could not be asked. */
  gint64      (*find_by_uuid)        (ZsStoreBackend  *self,
                                      GType            type,
                                      const char      *uuid,
                                      GError         **error);
  char       *(*get_uuid)            (ZsStoreBackend  *self,
                                      GType            type,
                                      gint64           id);

  /* ---- queries: as the zs_store_ functions of the same names -------------------------- */

  GArray     *(*query)               (ZsStoreBackend  *self,
                                      ZsQuery         *query,
                                      GError         **error);
  gboolean    (*count)               (ZsStoreBackend  *self,
                                      ZsQuery         *query,
                                      gint64          *count,
                                      GError         **error);
  gboolean    (*aggregate)           (ZsStoreBackend  *self,
                                      ZsQuery         *query,
                                      const guint     *fields,
                                      guint            n_fields,
                                      gint64          *count,
                                      gint64          *sums,
                                      GError         **error);
  GArray     *(*aggregate_grouped)   (ZsStoreBackend  *self,
                                      ZsQuery         *query,
                                      const guint     *group_fields,
                                      guint            n_group_fields,
                                      const guint     *sum_fields,
                                      guint            n_sum_fields,
                                      GError         **error);
  GPtrArray  *(*query_partitioned)   (ZsStoreBackend  *self,
                                      ZsQuery         *query,
                                      guint            partition_field,
                                      guint            n_partitions,
                                      int              sum_field,
                                      gint64          *sums,
                                      GPtrArray       *row_sums,
                                      GError         **error);
  /* The ids @search names and those it names first, from the engine's
   * search index alone (zs_store_search_ids()); NULL without an error
   * when the index cannot say it. May be NULL. */
  GArray     *(*search_ids)          (ZsStoreBackend  *self,
                                      GType            type,
                                      const char      *search,
                                      GArray         **first,
                                      GError         **error);
  GHashTable *(*latest_by)           (ZsStoreBackend  *self,
                                      ZsQuery         *query,
                                      guint            group_field,
                                      guint            field,
                                      GError         **error);
  /* -1 on error. */
  gint64      (*count_all)           (ZsStoreBackend  *self,
                                      GType            type,
                                      GError         **error);
  /* The report's narrow rows (zs_store_project_figures(),
   * zs_store_stage_events_between(), zs_store_funds_between()). */
  GArray     *(*project_figures)     (ZsStoreBackend  *self,
                                      GError         **error);
  GArray     *(*stage_events_between) (ZsStoreBackend *self,
                                       int             first_stage,
                                       int             last_stage,
                                       const char     *first,
                                       const char     *last,
                                       GError        **error);
  GArray     *(*funds_between)       (ZsStoreBackend  *self,
                                      const char      *first,
                                      const char      *last,
                                      GError         **error);

  /* ---- streaming --------------------------------------------------------------------- */

  /* The rows of @type in id order, or those of the selection; each row
   * fills the record the store gives cursor_next(), which returns FALSE at
   * the end and on error. The referred UUIDs are those of the current row. */
  ZsStoreBackendCursor *(*cursor_new)   (ZsStoreBackend       *self,
                                         GType                 type,
                                         gboolean              selected_only,
                                         GError              **error);
  gboolean    (*cursor_next)         (ZsStoreBackend       *self,
                                      ZsStoreBackendCursor *cursor,
                                      ZsRecord             *into,
                                      GError              **error);
  const char *(*cursor_get_ref_uuid) (ZsStoreBackend       *self,
                                      ZsStoreBackendCursor *cursor,
                                      guint                 field);
  void        (*cursor_free)         (ZsStoreBackend       *self,
                                      ZsStoreBackendCursor *cursor);

  /* ---- scratch sets of this connection, never stored -------------------------------- */

  gboolean    (*selection_clear)     (ZsStoreBackend  *self,
                                      GError         **error);
  gboolean    (*selection_add_query) (ZsStoreBackend  *self,
                                      ZsQuery         *query,
                                      GError         **error);
  gboolean    (*selection_add_owned) (ZsStoreBackend  *self,
                                      GType            owner_type,
                                      GError         **error);
  gboolean    (*selection_add_referenced) (ZsStoreBackend *self,
                                           GError        **error);
  gint64      (*selection_count)     (ZsStoreBackend  *self,
                                      GType            type,
                                      GError         **error);

  /* Import marks are stored; their queue is scratch. */
  char       *(*get_import_mark)     (ZsStoreBackend  *self,
                                      GType            type,
                                      const char      *uuid);
  gboolean    (*mark_queue_reset)    (ZsStoreBackend  *self,
                                      GError         **error);
  gboolean    (*mark_queue_add)      (ZsStoreBackend  *self,
                                      GType            type,
                                      const char      *uuid,
                                      const char      *updated,
                                      GError         **error);
  gboolean    (*mark_queue_write)    (ZsStoreBackend  *self,
                                      GError         **error);
  gboolean    (*file_index_reset)    (ZsStoreBackend  *self,
                                      GError         **error);
  gboolean    (*file_index_add)      (ZsStoreBackend  *self,
                                      GType            type,
                                      const char      *uuid,
                                      int              line,
                                      gboolean         refused,
                                      int             *first_line,
                                      GError         **error);
  gboolean    (*file_index_lookup)   (ZsStoreBackend  *self,
                                      GType            type,
                                      const char      *uuid,
                                      gboolean        *refused,
                                      int             *line);

  /* ---- bulk writes, inside a transaction --------------------------------------------- */

  gboolean    (*bulk_begin)          (ZsStoreBackend  *self,
                                      GError         **error);
  gboolean    (*bulk_defer_indexes)  (ZsStoreBackend  *self,
                                      GType            type,
                                      GError         **error);
  gboolean    (*bulk_end)            (ZsStoreBackend  *self,
                                      GError         **error);

  /* ---- settings and copies ----------------------------------------------------------- */

  char       *(*get_setting)         (ZsStoreBackend  *self,
                                      const char      *key);
  /* @value NULL removes the setting. */
  gboolean    (*set_setting)         (ZsStoreBackend  *self,
                                      const char      *key,
                                      const char      *value,
                                      GError         **error);
  /* Every setting, key → value (both strings), for copying a database to
   * another engine (zs-store-copy.h). The default refuses: an engine that
   * cannot list its settings cannot be the source of a copy. */
  GHashTable *(*list_settings)       (ZsStoreBackend  *self,
                                      GError         **error);
  /* Outside a transaction: a consistent copy of the whole database, as a
   * file at @dest (replaced if present) that zs_store_open() opens. */
  gboolean    (*backup_to)           (ZsStoreBackend  *self,
                                      const char      *dest,
                                      GError         **error);
  /* TRUE for a server database, which its administrator backs up
   * (pg_dump, docs/server-setup.md): zs_store_auto_backup() does not copy
   * it on every PC that opens it; backup_to() stays for a manual copy. */
  gboolean      backed_up_by_server;

  /* ---- damage and restoring ------------------------------------------------------ */

  /* The engine's full check of every page, row and index, which may take
   * long on a large database (open() runs only a quick one): called on a
   * second connection in a worker thread. ZS_ERROR_CORRUPT says what is
   * wrong; stops with G_IO_ERROR_CANCELLED when @cancellable is. */
  gboolean    (*check_integrity)     (ZsStoreBackend  *self,
                                      GCancellable    *cancellable,
                                      GError         **error);
  /* On a backend that opened nothing: the backup folder of @location. */
  char       *(*backup_dir_for)      (ZsStoreBackend  *self,
                                      const char      *location);
  /* On a backend that opened nothing, while nothing has @location open:
   * keeps the database at @location, with whatever the engine keeps beside
   * it, as a safety copy (whose name or location it returns), then puts a
   * copy of @backup (a file backup_to() wrote) in its place. */
  char       *(*restore)             (ZsStoreBackend  *self,
                                      const char      *location,
                                      const char      *backup,
                                      GError         **error);

  /* ---- the trash (zs-trash.h) ------------------------------------------------------- */

  /* Keeps @data, the deleted records as zs_store_trash() serialized them,
   * with what the trash page lists of them; returns the new entry's id
   * (never given again), 0 on error. */
  gint64      (*trash_add)           (ZsStoreBackend  *self,
                                      const char      *record_type,
                                      gint64           record_id,
                                      const char      *title,
                                      const char      *deleted_at,
                                      const char      *deleted_by,
                                      guint            n_records,
                                      GBytes          *data,
                                      GError         **error);
  /* Every entry as a ZsTrashEntry, newest first, without their data. */
  GPtrArray  *(*trash_list)          (ZsStoreBackend  *self,
                                      GError         **error);
  /* The data of entry @id; ZS_ERROR_NOT_FOUND when there is none. */
  GBytes     *(*trash_read)          (ZsStoreBackend  *self,
                                      gint64           id,
                                      GError         **error);
  gboolean    (*trash_remove)        (ZsStoreBackend  *self,
                                      gint64           id,
                                      GError         **error);
  /* Removes the entries deleted before @cutoff (a UTC timestamp as
   * zs_timestamp_now() writes), every entry when NULL; returns how many,
   * -1 on error. */
  gint64      (*trash_remove_before) (ZsStoreBackend  *self,
                                      const char      *cutoff,
                                      GError         **error);
  /* ---- the bytes of attachments (zs-attachments.h) --------------------------------- */

  /* Keeps piece @seq (from 0) of the attachment @uuid, replacing one there. */
  gboolean    (*attachment_write_chunk)   (ZsStoreBackend  *self,
                                           const char      *uuid,
                                           guint            seq,
                                           GBytes          *data,
                                           GError         **error);
  /* Piece @seq, or NULL past the last one (no error then). */
  GBytes     *(*attachment_read_chunk)    (ZsStoreBackend  *self,
                                           const char      *uuid,
                                           guint            seq,
                                           GError         **error);
  gboolean    (*attachment_delete_chunks) (ZsStoreBackend  *self,
                                           const char      *uuid,
                                           GError         **error);
  /* The UUIDs that have pieces but no attachment row. */
  GPtrArray  *(*attachment_orphans)       (ZsStoreBackend  *self,
                                           GError         **error);

  /* ---- the change history ------------------------------------------------------------ */

  /* Appends @entry (its id is not used), inside the caller's transaction. */
  gboolean    (*history_add)         (ZsStoreBackend        *self,
                                      ZsHistoryEntry        *entry,
                                      GError               **error);
  /* At most @limit entries matching @filter, newest first, with ids below
   * @before_id (0: from the newest): a page of a long list. */
  GPtrArray  *(*history_list)        (ZsStoreBackend        *self,
                                      const ZsHistoryFilter *filter,
                                      gint64                 before_id,
                                      guint                  limit,
                                      GError               **error);
};

/* The folder for backup copies, which error messages name. */
const char    *zs_store_backend_get_backup_dir (ZsStoreBackend *self);
void           zs_store_backend_set_backup_dir (ZsStoreBackend *self,
                                                const char     *backup_dir);

/* ---- which backend opens which location ---------------------------------------------- */

typedef GType (*ZsStoreBackendGetType) (void);

/* Makes locations "@scheme://…" open with the backend type @get_type
 * returns; "sqlite" also opens plain paths. A backend library calls it
 * from a constructor function (see src/backend/sqlite/zs-sqlite-backend.c),
 * so that every program that links it can open its locations. */
void           zs_store_backend_register (const char            *scheme,
                                          ZsStoreBackendGetType  get_type);
/* The backend type of @scheme, or G_TYPE_INVALID when none is registered. */
GType          zs_store_backend_lookup   (const char            *scheme);

/* The class of a record type, made if it was not yet: its table and
 * field table. */
ZsRecordClass *zs_store_record_class     (GType                  type);

G_END_DECLS
