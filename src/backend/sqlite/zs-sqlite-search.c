/* zs-sqlite-search.c — the search documents in the `search` columns
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * write_row() writes a row's document with it (zs-sqlite-records.c); the
 * triggers of schema/017-search-any-length.sql keep the FTS5 index of each
 * table from the column. What the document holds is the store's
 * (zs-search.h): this file only writes what it is given.
 */
#include "config.h"

#include "zs-records.h"
#include "zs-record-private.h"
#include "zs-search.h"
#include "zs-sqlite-private.h"

static gboolean
write_document (ZsSqliteBackend  *self,
                sqlite3_stmt     *update,
                ZsRecord         *record,
                GError          **error)
{
  sqlite3_reset (update);
  sqlite3_bind_int64 (update, 1, zs_record_get_id (record));
  sqlite3_bind_text (update, 2, zs_search_document (record), -1, g_free);
  return zs_sqlite_step_done (self, update, error);
}

gboolean
zs_sqlite_search_refresh (ZsSqliteBackend  *self,
                          GType             type,
                          gint64            id,
                          GError          **error)
{
  ZsRecordClass *klass = zs_store_record_class (type);
  g_autoptr(ZsRecord) record = g_object_new (type, NULL);
  g_autofree char *sql = g_strdup_printf ("UPDATE %s SET search = ?2 WHERE id = ?1", klass->table);
  sqlite3_stmt *read = zs_sqlite_prepare_row (self, klass, ZS_ROW_SELECT, error);
  sqlite3_stmt *update;
  int rc;

  if (read == NULL)
    return FALSE;
  sqlite3_bind_int64 (read, 1, id);
  rc = sqlite3_step (read);
  if (rc != SQLITE_ROW)
    {
      sqlite3_reset (read);
      if (rc == SQLITE_DONE)
        return TRUE;
      zs_sqlite_set_error (self, rc, error);
      return FALSE;
    }
  zs_sqlite_read_row (read, record);
  sqlite3_reset (read);
  update = zs_sqlite_prepare (self, sql, error);
  return update != NULL && write_document (self, update, record, error);
}

gboolean
zs_sqlite_search_fill (ZsSqliteBackend  *self,
                       GError          **error)
{
  guint n_types;
  const GType *types = zs_record_types (&n_types);

  for (guint t = 0; t < n_types; t++)
    {
      ZsRecordClass *klass;
      g_autofree char *columns = NULL;
      g_autofree char *select = NULL;
      g_autofree char *sql = NULL;
      sqlite3_stmt *read, *update;
      int rc;

      if (!zs_search_has_document (types[t]))
        continue;
      klass = zs_store_record_class (types[t]);
      columns = zs_sqlite_column_list (klass);
      select = g_strdup_printf ("SELECT %s FROM %s", columns, klass->table);
      sql = g_strdup_printf ("UPDATE %s SET search = ?2 WHERE id = ?1", klass->table);
      read = zs_sqlite_prepare (self, select, error);
      update = read != NULL ? zs_sqlite_prepare (self, sql, error) : NULL;
      if (update == NULL)
        return FALSE;
      while ((rc = sqlite3_step (read)) == SQLITE_ROW)
        {
          g_autoptr(ZsRecord) record = g_object_new (types[t], NULL);

          zs_sqlite_read_row (read, record);
          if (!write_document (self, update, record, error))
            {
              sqlite3_reset (read);
              return FALSE;
            }
        }
      sqlite3_reset (read);
      if (rc != SQLITE_DONE)
        {
          zs_sqlite_set_error (self, rc, error);
          return FALSE;
        }
    }
  return TRUE;
}
