/* zs-store-private.h — shared by the files that make up ZsStore
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-store.h"
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

G_END_DECLS
