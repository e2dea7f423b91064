/* zs-sqlite-exchange.c — what the store remembers for exchange files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Import marks (schema/003-exchange.sql) are kept in the database: they
 * say which version of a record the last file brought. An import queues
 * its marks and merges them sorted, since a mark per record at a random
 * place in the table's B-tree costs more than the record itself. The file
 * index is temporary: while one file is read it notes which records the
 * file holds, so that duplicates and references to records further up the
 * file are found without keeping the whole file in memory.
 */
#include "config.h"

#include "zs-records.h"
#include "zs-sqlite-private.h"

/* Marks queued before they are merged into import_marks. */
#define MARK_QUEUE_BATCH 32768

static const char *
table_of (GType type)
{
  return zs_store_record_class (type)->table;
}

/* "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx" as 16 bytes. */
static gboolean
uuid_to_bytes (const char *uuid,
               guint8      bytes[16])
{
  guint b = 0;

  for (guint i = 0; i < 36; i++)
    {
      int high, low;

      if (i == 8 || i == 13 || i == 18 || i == 23)
        {
          if (uuid[i] != '-')
            return FALSE;
          continue;
        }
      /* A string cut short stops at its nul, which is no digit. */
      high = g_ascii_xdigit_value (uuid[i]);
      if (high < 0)
        return FALSE;
      low = g_ascii_xdigit_value (uuid[++i]);
      if (low < 0)
        return FALSE;
      bytes[b++] = (guint8) (high << 4 | low);
    }
  return uuid[36] == '\0';
}

/* The file index keys a record by its type's place in zs_record_types()
 * and its UUID as 16 bytes: half the size of the text, so more of a large
 * file's index stays in the cache. (The reader gives UUIDs in lower case.)
 * Anything that is not a UUID stays text, which never equals a blob. */
static void
bind_file_key (sqlite3_stmt *stmt,
               GType         type,
               const char   *uuid)
{
  guint8 bytes[16];
  guint n_types;
  const GType *types = zs_record_types (&n_types);
  guint t = 0;

  while (t < n_types && types[t] != type)
    t++;
  sqlite3_bind_int (stmt, 1, (int) t);
  if (uuid_to_bytes (uuid, bytes))
    sqlite3_bind_blob (stmt, 2, bytes, sizeof bytes, SQLITE_TRANSIENT);
  else
    sqlite3_bind_text (stmt, 2, uuid, -1, SQLITE_STATIC);
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
  /* SQLite sorts the queue in memory: a batch at a time keeps that small. */
  if (++self->mark_queue_len >= MARK_QUEUE_BATCH)
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

static gboolean
file_index_reset (ZsStoreBackend  *backend,
                  GError         **error)
{
  return zs_sqlite_exec (ZS_SQLITE (backend),
                        /* Keyed by UUID alone: a UUID names one record,
                         * whatever its type. */
                        "CREATE TEMP TABLE IF NOT EXISTS zs_file_index ("
                        "  uuid NOT NULL PRIMARY KEY,"
                        "  type INTEGER NOT NULL,"
                        "  line INTEGER NOT NULL,"
                        "  refused INTEGER NOT NULL"
                        ") WITHOUT ROWID;"
                        "DELETE FROM temp.zs_file_index",
                        error);
}

static gboolean
file_index_lookup (ZsStoreBackend *backend,
                   GType           type,
                   const char     *uuid,
                   gboolean       *refused,
                   int            *line)
{
  ZsSqliteBackend *self = ZS_SQLITE (backend);
  sqlite3_stmt *stmt;
  gboolean found;

  stmt = zs_sqlite_prepare (self, "SELECT line, refused FROM temp.zs_file_index WHERE uuid = ?2 AND type = ?1", NULL);
  if (stmt == NULL)
    return FALSE;
  bind_file_key (stmt, type, uuid);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  if (found && line != NULL)
    *line = sqlite3_column_int (stmt, 0);
  if (found && refused != NULL)
    *refused = sqlite3_column_int (stmt, 1) != 0;
  sqlite3_reset (stmt);
  return found;
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
  ZsSqliteBackend *self = ZS_SQLITE (backend);
  sqlite3_stmt *stmt;

  /* One statement for the usual case, a record the file has not had yet. */
  stmt = zs_sqlite_prepare (self, "INSERT OR IGNORE INTO temp.zs_file_index (type, uuid, line, refused) VALUES (?1, ?2, ?3, ?4)", error);
  if (stmt == NULL)
    return FALSE;
  bind_file_key (stmt, type, uuid);
  sqlite3_bind_int (stmt, 3, line);
  sqlite3_bind_int (stmt, 4, refused ? 1 : 0);
  if (!zs_sqlite_step_done (self, stmt, error))
    return FALSE;
  if (sqlite3_changes (self->db) == 0)
    {
      /* The first record with this UUID, of whatever type. */
      stmt = zs_sqlite_prepare (self, "SELECT line FROM temp.zs_file_index WHERE uuid = ?2 AND ?1 IS NOT NULL", NULL);
      if (stmt != NULL)
        {
          bind_file_key (stmt, type, uuid);
          if (sqlite3_step (stmt) == SQLITE_ROW && first_line != NULL)
            *first_line = sqlite3_column_int (stmt, 0);
          sqlite3_reset (stmt);
        }
      return FALSE;
    }
  return TRUE;
}

void
zs_sqlite_exchange_class_init (ZsStoreBackendClass *klass)
{
  klass->get_import_mark = get_import_mark;
  klass->mark_queue_reset = mark_queue_reset;
  klass->mark_queue_add = mark_queue_add;
  klass->mark_queue_write = mark_queue_write;
  klass->file_index_reset = file_index_reset;
  klass->file_index_add = file_index_add;
  klass->file_index_lookup = file_index_lookup;
}
