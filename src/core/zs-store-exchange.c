/* zs-store-exchange.c — what the store remembers for exchange files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Import marks (schema/003-exchange.sql) are kept in the database: they
 * say which version of a record the last file brought. The file index is
 * temporary: while one file is read it notes which records the file holds,
 * so that duplicates and references to records further up the file are
 * found without keeping the whole file in memory.
 */
#include "config.h"

#include "zs-records.h"
#include "zs-store-private.h"

static const char *
table_of (GType type)
{
  guint n;

  zs_record_types (&n);
  return ZS_RECORD_CLASS (g_type_class_peek (type))->table;
}

char *
zs_store_get_import_mark (ZsStore    *self,
                          GType       type,
                          const char *uuid)
{
  sqlite3_stmt *stmt;
  char *updated = NULL;

  g_return_val_if_fail (ZS_IS_STORE (self), NULL);

  stmt = zs_store_prepare (self,
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

gboolean
zs_store_set_import_mark (ZsStore     *self,
                          GType        type,
                          const char  *uuid,
                          const char  *updated,
                          GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ZS_IS_STORE (self), FALSE);

  stmt = zs_store_prepare (self,
                           "INSERT OR REPLACE INTO import_marks (record_table, record_uuid, updated) "
                           "VALUES (?1, ?2, ?3)",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, table_of (type), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, updated, -1, SQLITE_TRANSIENT);
  return zs_store_step_done (self, stmt, error);
}

gboolean
zs_store_file_index_reset (ZsStore  *self,
                           GError  **error)
{
  g_return_val_if_fail (ZS_IS_STORE (self), FALSE);

  return zs_store_exec (self,
                        "CREATE TEMP TABLE IF NOT EXISTS zs_file_index ("
                        "  tbl TEXT NOT NULL,"
                        "  uuid TEXT NOT NULL,"
                        "  line INTEGER NOT NULL,"
                        "  refused INTEGER NOT NULL,"
                        "  PRIMARY KEY (tbl, uuid)"
                        ") WITHOUT ROWID;"
                        "DELETE FROM temp.zs_file_index",
                        error);
}

gboolean
zs_store_file_index_lookup (ZsStore    *self,
                            GType       type,
                            const char *uuid,
                            gboolean   *refused,
                            int        *line)
{
  sqlite3_stmt *stmt;
  gboolean found;

  g_return_val_if_fail (ZS_IS_STORE (self), FALSE);

  stmt = zs_store_prepare (self, "SELECT line, refused FROM temp.zs_file_index WHERE tbl = ?1 AND uuid = ?2", NULL);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, table_of (type), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, uuid, -1, SQLITE_TRANSIENT);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  if (found && line != NULL)
    *line = sqlite3_column_int (stmt, 0);
  if (found && refused != NULL)
    *refused = sqlite3_column_int (stmt, 1) != 0;
  sqlite3_reset (stmt);
  return found;
}

gboolean
zs_store_file_index_add (ZsStore     *self,
                         GType        type,
                         const char  *uuid,
                         int          line,
                         gboolean     refused,
                         int         *first_line,
                         GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ZS_IS_STORE (self), FALSE);

  if (zs_store_file_index_lookup (self, type, uuid, NULL, first_line))
    return FALSE;

  stmt = zs_store_prepare (self, "INSERT INTO temp.zs_file_index (tbl, uuid, line, refused) VALUES (?1, ?2, ?3, ?4)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, table_of (type), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 3, line);
  sqlite3_bind_int (stmt, 4, refused ? 1 : 0);
  return zs_store_step_done (self, stmt, error);
}
