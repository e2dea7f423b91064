/* zs-store-private.h — shared by the files that make up ZsStore
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

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
  char       *actor;        /* who is recorded in the history */
  guint       history_paused; /* an import writes one entry, not one a row */
};

void          zs_store_emit_changed     (ZsStore      *self,
                                         GType         type,
                                         gint64        id);

/* zs-store.c: "<stem>-<tag>-<time>.db" in the backup folder. */
char         *zs_store_backup_path      (ZsStore      *self,
                                         const char   *tag);

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

G_END_DECLS
