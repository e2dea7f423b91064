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
  GHashTable *live;         /* GType → (gint64 id → ZsRecord, weak) */
  guint       txn_depth;
  gboolean    txn_dirty;    /* something changed inside the open transaction */
  gboolean    created;
  int         opened_version;
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
void          zs_store_live_add         (ZsStore      *self,
                                         ZsRecord     *record);
void          zs_store_live_clear       (ZsStore      *self);
/* After a rollback: re-read live objects, detach the ones no longer stored. */
void          zs_store_live_refresh     (ZsStore      *self);

G_END_DECLS
