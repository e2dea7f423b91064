/* zs-pg-attachments.c — the bytes of attachments
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Rows of schema/018-attachments.sql's attachment_chunks, as on SQLite:
 * a file in pieces of at most 256 KiB, keyed by the attachment's UUID.
 * The pieces travel as base64 text (bytea on the server), as the trash's
 * copies do.
 */
#include "config.h"

#include "zs-pg-private.h"

static gboolean
attachment_write_chunk (ZsStoreBackend  *backend,
                        const char      *uuid,
                        guint            seq,
                        GBytes          *data,
                        GError         **error)
{
  g_autoptr(ZsPgParams) params = zs_pg_params_new ();
  gsize size;
  gconstpointer bytes = g_bytes_get_data (data, &size);
  g_autofree char *encoded = g_base64_encode (bytes, size);

  zs_pg_params_add_text (params, uuid);
  zs_pg_params_add_int (params, seq);
  zs_pg_params_add_text (params, encoded);
  return zs_pg_run_done (ZS_PG (backend),
                         "INSERT INTO attachment_chunks (attachment_uuid, seq, data) "
                         "VALUES ($1, $2, decode ($3, 'base64')) "
                         "ON CONFLICT (attachment_uuid, seq) DO UPDATE SET data = excluded.data",
                         params, error);
}

static GBytes *
attachment_read_chunk (ZsStoreBackend  *backend,
                       const char      *uuid,
                       guint            seq,
                       GError         **error)
{
  g_autoptr(ZsPgParams) params = zs_pg_params_new ();
  g_autoptr(PGresult) result = NULL;
  guchar *bytes;
  gsize size;

  zs_pg_params_add_text (params, uuid);
  zs_pg_params_add_int (params, seq);
  result = zs_pg_run (ZS_PG (backend),
                      "SELECT encode (data, 'base64') FROM attachment_chunks WHERE attachment_uuid = $1 AND seq = $2",
                      params, error);
  if (result == NULL || PQntuples (result) == 0)
    return NULL;
  bytes = g_base64_decode (PQgetvalue (result, 0, 0), &size);
  return g_bytes_new_take (bytes, size);
}

static gboolean
attachment_delete_chunks (ZsStoreBackend  *backend,
                          const char      *uuid,
                          GError         **error)
{
  g_autoptr(ZsPgParams) params = zs_pg_params_new ();

  zs_pg_params_add_text (params, uuid);
  return zs_pg_run_done (ZS_PG (backend), "DELETE FROM attachment_chunks WHERE attachment_uuid = $1",
                         params, error);
}

static GPtrArray *
attachment_orphans (ZsStoreBackend  *backend,
                    GError         **error)
{
  g_autoptr(PGresult) result = NULL;
  GPtrArray *uuids;

  result = zs_pg_run (ZS_PG (backend),
                      "SELECT DISTINCT attachment_uuid FROM attachment_chunks "
                      "WHERE attachment_uuid NOT IN (SELECT uuid FROM attachments)",
                      NULL, error);
  if (result == NULL)
    return NULL;
  uuids = g_ptr_array_new_with_free_func (g_free);
  for (int i = 0; i < PQntuples (result); i++)
    g_ptr_array_add (uuids, g_strdup (PQgetvalue (result, i, 0)));
  return uuids;
}

void
zs_pg_attachments_class_init (ZsStoreBackendClass *klass)
{
  klass->attachment_write_chunk = attachment_write_chunk;
  klass->attachment_read_chunk = attachment_read_chunk;
  klass->attachment_delete_chunks = attachment_delete_chunks;
  klass->attachment_orphans = attachment_orphans;
}
