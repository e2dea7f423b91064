/* zs-store-private.h — shared by the files that make up ZsStore
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-change.h"
#include "zs-store.h"
#include "zs-history.h"
#include "zs-store-backend.h"

G_BEGIN_DECLS

struct _ZsStore
{
  GObject     parent_instance;

  ZsStoreBackend      *backend;
  ZsStoreBackendClass *ops;  /* the backend's class, looked up once */
  char       *path;          /* the location as given */
  guint       busy_timeout;
  ZsStoreOpenFlags open_flags;
  GHashTable *live;         /* GType → (gint64 id → ZsRecord, weak) */
  guint       txn_depth;
  gboolean    txn_dirty;    /* something changed inside the open transaction */
  gboolean    created;
  int         opened_version;
  ZsStoreHint hint;
  /* zs-store-sync.c */
  ZsStoreConflict *conflict;  /* of the last refused save */
  GSource    *watch;          /* the timeout looking for others' commits */
  guint64     data_version;   /* as last seen */
  gboolean    data_version_known;

  /* Undo (zs-store-changes.c): rows noted in the open outermost
   * transaction, while recording and not suspended. */
  gboolean    recording;
  guint       recording_suspended;
  struct _ZsChangeCapture *capture;
  char       *actor;        /* who is recorded in the history */
  guint       history_paused; /* an import writes one entry, not one a row */
};

void          zs_store_emit_changed     (ZsStore      *self,
                                         GType         type,
                                         gint64        id);

/* zs-store.c: "<stem>-<tag>-<time>.db" in the backup folder. */
char         *zs_store_backup_path      (ZsStore      *self,
                                         const char   *tag);

/* zs-store.c: a copy a crash or a full disk left unfinished. */
gboolean      zs_store_backup_is_torn   (const char   *backup_dir,
                                         const char   *name);
/* zs-store.c: the backend that opens @location, unopened. */
ZsStoreBackend *zs_store_backend_for    (const char   *location,
                                         GError      **error);

/* zs-store-live.c */
void          zs_store_live_add         (ZsStore      *self,
                                         ZsRecord     *record);
/* Forgets @record: after it was deleted, or when its row went away. */
void          zs_store_live_remove      (ZsStore      *self,
                                         ZsRecord     *record);
void          zs_store_live_clear       (ZsStore      *self);
/* After a rollback: re-read live objects, detach the ones no longer stored. */
void          zs_store_live_refresh     (ZsStore      *self);
/* After another connection committed: re-read the live objects whose
 * stored version moved, detach the ones no longer stored. */
void          zs_store_live_refresh_changed (ZsStore  *self);
/* The live object of @type and @id (not a new reference), or NULL. */
ZsRecord     *zs_store_live_lookup      (ZsStore      *self,
                                         GType         type,
                                         gint64        id);

/* zs-store-sync.c */
/* Notes the conflict of a save of @record refused inside the transaction,
 * before the rollback re-reads it: @mine is what the clerk had. */
void          zs_store_note_conflict    (ZsStore      *self,
                                         ZsRecord     *record,
                                         ZsRecord     *mine,
                                         int           field);
/* A detached copy of @record: id, UUID, times, version, fields. */
ZsRecord     *zs_store_copy_record      (ZsRecord     *record);
/* Remembers the current data version, so that the data this connection
 * just read is not taken for another's change. */
void          zs_store_sync_mark_seen   (ZsStore      *self);
/* Stops the watch and forgets the conflict; from dispose. */
void          zs_store_sync_clear       (ZsStore      *self);
/* zs-store.c */
void          zs_store_emit_change_committed (ZsStore  *self,
                                              ZsChange *change);

/* zs-store-records.c: appends @record and, depth first, every record that
 * belongs to it, parents first. */
gboolean      zs_store_collect_owned    (ZsStore      *self,
                                         ZsRecord     *record,
                                         GPtrArray    *out,
                                         GError      **error);

/* zs-store-changes.c: called by the transactions and the row writes. */
void          zs_store_capture_begin    (ZsStore      *self);
/* Before row (type, id) is written: keeps what it holds. */
void          zs_store_capture_note     (ZsStore      *self,
                                         GType         type,
                                         gint64        id);
/* After a new row was inserted: it held nothing before. */
void          zs_store_capture_note_new (ZsStore      *self,
                                         GType         type,
                                         gint64        id);
/* Before @record is deleted: it and what belongs to it. */
void          zs_store_capture_note_delete (ZsStore   *self,
                                            ZsRecord  *record);
/* Just before the outermost commit: reads what the rows hold now. */
void          zs_store_capture_seal     (ZsStore      *self);
/* After the outermost commit (@committed) or rollback. */
void          zs_store_capture_end      (ZsStore      *self,
                                         gboolean      committed);
/* zs_store_trash() made a change of kind ZS_CHANGE_TRASH. */
ZsChange     *zs_change_new_trash       (ZsChangeKind  kind,
                                         GType         type,
                                         gint64        record_id,
                                         const char   *title,
                                         gint64        trash_id);
/* zs-store-history.c: inside the save's transaction, the entries of a
 * save: a new record (@stored NULL), or each field that differs from
 * @stored, the row as it was. Nothing when paused. */
gboolean      zs_store_history_note_save   (ZsStore      *self,
                                            ZsRecord     *record,
                                            ZsRecord     *stored,
                                            GError      **error);
/* One entry for a delete or a restore of @record. */
gboolean      zs_store_history_note_record (ZsStore         *self,
                                            ZsHistoryAction  action,
                                            ZsRecord        *record,
                                            GError         **error);

/* zs-store-trash.c: the UUIDs of the attachments the trash keeps, a set. */
GHashTable *zs_store_trash_attachment_uuids (ZsStore  *self,
                                             GError  **error);

G_END_DECLS
