/* zs-pg-exchange.c — what the store remembers for exchange files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * As zs-sqlite-exchange.c: import marks are stored (import_marks), queued
 * in a temporary table and merged in batches; the file index is a
 * temporary table of the records the file being read holds.
 */
#include "config.h"

#include "zs-records.h"
#include "zs-pg-private.h"

#define MARK_QUEUE_BATCH 32768

static const char *
table_of (GType type)
{
  return zs_store_record_class (type)->table;
}

static int
type_index (GType type)
{
  guint n_types;
  const GType *types = zs_record_types (&n_types);
  guint t = 0;

  while (t < n_types && types[t] != type)
    t++;
  return (int) t;
}

static char *
get_import_mark (ZsStoreBackend *backend,
                 GType           type,
                 const char     *uuid)
{
  g_autoptr(ZsPgParams) params = zs_pg_params_new ();
  g_autoptr(PGresult) result = NULL;

  zs_pg_params_add_text (params, table_of (type));
  zs_pg_params_add_text (params, uuid);
  result = zs_pg_run (ZS_PG (backend),
                      "SELECT updated FROM import_marks WHERE record_table = $1 AND record_uuid = $2",
                      params, NULL);
  return result != NULL && PQntuples (result) > 0 ? g_strdup (zs_pg_get_text (result, 0, 0)) : NULL;
}

static gboolean
mark_queue_reset (ZsStoreBackend  *backend,
                  GError         **error)
{
  ZS_PG (backend)->mark_queue_len = 0;
  return zs_pg_run_done (ZS_PG (backend), "DELETE FROM zs_mark_queue", NULL, error);
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
  g_autoptr(ZsPgParams) params = zs_pg_params_new ();

  zs_pg_params_add_text (params, table_of (type));
  zs_pg_params_add_text (params, uuid);
  zs_pg_params_add_text (params, updated);
  if (!zs_pg_run_done (ZS_PG (backend), "INSERT INTO zs_mark_queue (tbl, uuid, updated) VALUES ($1, $2, $3)",
                       params, error))
    return FALSE;
  if (++ZS_PG (backend)->mark_queue_len >= MARK_QUEUE_BATCH)
    return mark_queue_write (backend, error);
  return TRUE;
}

static gboolean
mark_queue_write (ZsStoreBackend  *backend,
                  GError         **error)
{
  ZS_PG (backend)->mark_queue_len = 0;
  /* Only a changed mark is written: importing the same file twice leaves
   * the database as the first import did. DISTINCT ON: a file that names
   * a record twice keeps the last. */
  return zs_pg_run_done (ZS_PG (backend),
                         "INSERT INTO import_marks (record_table, record_uuid, updated) "
                         "SELECT DISTINCT ON (tbl, uuid) tbl, uuid, updated FROM zs_mark_queue "
                         "ORDER BY tbl, uuid, ctid DESC "
                         "ON CONFLICT (record_table, record_uuid) DO UPDATE SET updated = excluded.updated "
                         "WHERE import_marks.updated IS DISTINCT FROM excluded.updated",
                         NULL, error) &&
         zs_pg_run_done (ZS_PG (backend), "DELETE FROM zs_mark_queue", NULL, error);
}

static gboolean
file_index_reset (ZsStoreBackend  *backend,
                  GError         **error)
{
  return zs_pg_run_done (ZS_PG (backend), "DELETE FROM zs_file_index", NULL, error);
}

static gboolean
file_index_lookup (ZsStoreBackend *backend,
                   GType           type,
                   const char     *uuid,
                   gboolean       *refused,
                   int            *line)
{
  g_autoptr(ZsPgParams) params = zs_pg_params_new ();
  g_autoptr(PGresult) result = NULL;

  zs_pg_params_add_int (params, type_index (type));
  zs_pg_params_add_text (params, uuid);
  result = zs_pg_run (ZS_PG (backend), "SELECT line, refused FROM zs_file_index WHERE uuid = $2 AND type = $1",
                      params, NULL);
  if (result == NULL || PQntuples (result) == 0)
    return FALSE;
  if (line != NULL)
    *line = (int) zs_pg_get_int (result, 0, 0);
  if (refused != NULL)
    *refused = zs_pg_get_int (result, 0, 1) != 0;
  return TRUE;
}

static gboolean
file_index_add (ZsStoreBackend  *backend,
                GType            type,
                const char      *uuid,
                int              line,
                gboolean         refused,
                int             *first_line,
                GError         **error)
{
  g_autoptr(ZsPgParams) params = zs_pg_params_new ();
  g_autoptr(PGresult) result = NULL;

  zs_pg_params_add_int (params, type_index (type));
  zs_pg_params_add_text (params, uuid);
  zs_pg_params_add_int (params, line);
  zs_pg_params_add_int (params, refused ? 1 : 0);
  /* One statement for the usual case, a record the file has not had yet;
   * else the line of the first record with this UUID, of whatever type. */
  result = zs_pg_run (ZS_PG (backend),
                      "WITH added AS (INSERT INTO zs_file_index (type, uuid, line, refused) "
                      "VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING line) "
                      "SELECT true, line FROM added "
                      "UNION ALL SELECT false, line FROM zs_file_index WHERE uuid = $2 "
                      "AND NOT EXISTS (SELECT 1 FROM added)",
                      params, error);
  if (result == NULL)
    return FALSE;
  if (PQntuples (result) > 0 && g_strcmp0 (PQgetvalue (result, 0, 0), "t") == 0)
    return TRUE;
  if (PQntuples (result) > 0 && first_line != NULL)
    *first_line = (int) zs_pg_get_int (result, 0, 1);
  return FALSE;
}

void
zs_pg_exchange_class_init (ZsStoreBackendClass *klass)
{
  klass->get_import_mark = get_import_mark;
  klass->mark_queue_reset = mark_queue_reset;
  klass->mark_queue_add = mark_queue_add;
  klass->mark_queue_write = mark_queue_write;
  klass->file_index_reset = file_index_reset;
  klass->file_index_lookup = file_index_lookup;
  klass->file_index_add = file_index_add;
}
