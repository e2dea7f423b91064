/* zs-sqlite-exchange.c — what the store remembers for exchange files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Import marks (schema/003-exchange.sql) are kept in the database: they
 * say which version of a record the last file brought. An import queues
 * its marks and merges them sorted, since a mark per record at a random
 * place in the table's B-tree costs more than the record itself. The file
 * index, which notes the records of the file being read, is
 * zs-sqlite-file-index.c.
 */
#include "config.h"

#include "zs-records.h"
#include "zs-sqlite-private.h"

/* Marks queued before they are merged into import_marks, while temporary
 * tables live in memory. Under ZS_STORE_HINT_BULK they live in a file and
 * SQLite sorts them in bounded memory, spilling to temporary files: there
 * the queue is merged once, at the end, so that each page of import_marks
 * is written once rather than once a batch (a file's UUIDs fall all over
 * the table's key, so every batch of 32,768 touched nearly every page). */
#define MARK_QUEUE_BATCH 32768

static const char *
table_of (GType type)
{
  return zs_store_record_class (type)->table;
}

static char *
get_import_mark (ZsStoreBackend *backend,
                 GType           type,
                 const char     *uuid)
{
  ZsSqliteBackend *self = ZS_SQLITE (backend);
  sqlite3_stmt *stmt;
  char *updated = NULL;

  stmt = zs_sqlite_prepare (self,
                           "SELECT updated FROM import_marks WHERE record_table = ?1 AND record_uuid = ?2",
                           NULL);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, table_of (type), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, uuid, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    updated = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return updated;
}

static gboolean
mark_queue_reset (ZsStoreBackend  *backend,
                  GError         **error)
{
  ZsSqliteBackend *self = ZS_SQLITE (backend);

  self->mark_queue_len = 0;
  return zs_sqlite_exec (self,
                        "CREATE TEMP TABLE IF NOT EXISTS zs_mark_queue ("
                        "  tbl TEXT NOT NULL,"
                        "  uuid TEXT NOT NULL,"
                        "  updated TEXT NOT NULL"
                        ");"
                        "DELETE FROM temp.zs_mark_queue",
                        error);
}

static gboolean mark_queue_write (ZsStoreBackend  *backend,
                                  GError         **error);

static gboolean
mark_queue_add (ZsStoreBackend  *backend,
                GType            type,
                const char      *uuid,
                const char      *updated,
                GError         **error)
{
  ZsSqliteBackend *self = ZS_SQLITE (backend);
  sqlite3_stmt *stmt;

  stmt = zs_sqlite_prepare (self, "INSERT INTO temp.zs_mark_queue (tbl, uuid, updated) VALUES (?1, ?2, ?3)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, table_of (type), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, uuid, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, updated, -1, SQLITE_STATIC);
  if (!zs_sqlite_step_done (self, stmt, error))
    return FALSE;
  /* A queue in memory is sorted in memory: a batch at a time keeps that small. */
  if (++self->mark_queue_len >= MARK_QUEUE_BATCH && self->hint != ZS_STORE_HINT_BULK)
    return mark_queue_write (backend, error);
  return TRUE;
}

static gboolean
mark_queue_write (ZsStoreBackend  *backend,
                  GError         **error)
{
  ZsSqliteBackend *self = ZS_SQLITE (backend);

  self->mark_queue_len = 0;
  /* In the order of the marks' key, so that the B-tree is walked once
   * rather than entered at a random page per record. Only a changed mark
   * is written: importing the same file twice leaves the database as the
   * first import did. ("WHERE true" tells SQLite the ON CONFLICT belongs
   * to the INSERT, not to a join.) */
  return zs_sqlite_exec (self,
                        "INSERT INTO import_marks (record_table, record_uuid, updated) "
                        "SELECT tbl, uuid, updated FROM temp.zs_mark_queue WHERE true ORDER BY tbl, uuid "
                        "ON CONFLICT (record_table, record_uuid) DO UPDATE SET updated = excluded.updated "
                        "WHERE updated IS NOT excluded.updated;"
                        "DELETE FROM temp.zs_mark_queue",
                        error);
}

void
zs_sqlite_exchange_class_init (ZsStoreBackendClass *klass)
{
  klass->get_import_mark = get_import_mark;
  klass->mark_queue_reset = mark_queue_reset;
  klass->mark_queue_add = mark_queue_add;
  klass->mark_queue_write = mark_queue_write;
}
