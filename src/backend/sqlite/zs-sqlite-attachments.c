/* zs-sqlite-attachments.c — the bytes of attachments
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Rows of schema/018-attachments.sql's attachment_chunks: a file in
 * pieces, so neither writing nor reading one holds it whole in memory.
 */
#include "config.h"

#include "zs-sqlite-private.h"

static gboolean
attachment_write_chunk (ZsStoreBackend  *backend,
                        const char      *uuid,
                        guint            seq,
                        GBytes          *data,
                        GError         **error)
{
  ZsSqliteBackend *self = ZS_SQLITE (backend);
  gsize size;
  gconstpointer bytes = g_bytes_get_data (data, &size);
  sqlite3_stmt *stmt = zs_sqlite_prepare (self,
                                          "INSERT OR REPLACE INTO attachment_chunks (attachment_uuid, seq, data) "
                                          "VALUES (?1, ?2, ?3)",
                                          error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, seq);
  sqlite3_bind_blob64 (stmt, 3, bytes ? bytes : "", size, SQLITE_STATIC);
  return zs_sqlite_step_done (self, stmt, error);
}

static GBytes *
attachment_read_chunk (ZsStoreBackend  *backend,
                       const char      *uuid,
                       guint            seq,
                       GError         **error)
{
  ZsSqliteBackend *self = ZS_SQLITE (backend);
  GBytes *data = NULL;
  sqlite3_stmt *stmt = zs_sqlite_prepare (self,
                                          "SELECT data FROM attachment_chunks WHERE attachment_uuid = ?1 AND seq = ?2",
                                          error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, seq);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    data = g_bytes_new (sqlite3_column_blob (stmt, 0), sqlite3_column_bytes (stmt, 0));
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    zs_sqlite_set_error (self, rc, error);
  return data;
}

static gboolean
attachment_delete_chunks (ZsStoreBackend  *backend,
                          const char      *uuid,
                          GError         **error)
{
  ZsSqliteBackend *self = ZS_SQLITE (backend);
  sqlite3_stmt *stmt = zs_sqlite_prepare (self, "DELETE FROM attachment_chunks WHERE attachment_uuid = ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  return zs_sqlite_step_done (self, stmt, error);
}

static GPtrArray *
attachment_orphans (ZsStoreBackend  *backend,
                    GError         **error)
{
  ZsSqliteBackend *self = ZS_SQLITE (backend);
  g_autoptr(GPtrArray) uuids = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = zs_sqlite_prepare (self,
                                          "SELECT DISTINCT attachment_uuid FROM attachment_chunks "
                                          "WHERE attachment_uuid NOT IN (SELECT uuid FROM attachments)",
                                          error);
  int rc;

  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (uuids, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      zs_sqlite_set_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&uuids);
}

void
zs_sqlite_attachments_class_init (ZsStoreBackendClass *klass)
{
  klass->attachment_write_chunk = attachment_write_chunk;
  klass->attachment_read_chunk = attachment_read_chunk;
  klass->attachment_delete_chunks = attachment_delete_chunks;
  klass->attachment_orphans = attachment_orphans;
}
