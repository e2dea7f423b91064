/* zs-sqlite-trash.c — the trash table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Rows of schema/012-trash.sql: what the trash page lists, and the deleted
 * records as the store serialized them, kept as a blob it alone reads.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "zs-error.h"
#include "zs-sqlite-private.h"
#include "zs-trash.h"

static gint64
trash_add (ZsStoreBackend  *backend,
           const char      *record_type,
           gint64           record_id,
           const char      *title,
           const char      *deleted_at,
           const char      *deleted_by,
           guint            n_records,
           GBytes          *data,
           GError         **error)
{
  ZsSqliteBackend *self = ZS_SQLITE (backend);
  sqlite3_stmt *stmt;
  gsize size;
  gconstpointer bytes = g_bytes_get_data (data, &size);

  stmt = zs_sqlite_prepare (self,
                            "INSERT INTO trash (record_type, record_id, title, deleted_at, deleted_by, n_records, data) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                            error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, record_type, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, record_id);
  sqlite3_bind_text (stmt, 3, title ? title : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, deleted_at, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, deleted_by, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 6, n_records);
  /* A zero-length blob binds as NULL without a pointer. */
  sqlite3_bind_blob64 (stmt, 7, bytes ? bytes : "", size, SQLITE_TRANSIENT);
  if (!zs_sqlite_step_done (self, stmt, error))
    return 0;
  return sqlite3_last_insert_rowid (self->db);
}

static GPtrArray *
trash_list (ZsStoreBackend  *backend,
            GError         **error)
{
  ZsSqliteBackend *self = ZS_SQLITE (backend);
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  stmt = zs_sqlite_prepare (self,
                            "SELECT id, record_type, record_id, title, deleted_at, deleted_by, n_records "
                            "FROM trash ORDER BY deleted_at DESC, id DESC",
                            error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (entries,
                     zs_trash_entry_new (sqlite3_column_int64 (stmt, 0),
                                         (const char *) sqlite3_column_text (stmt, 1),
                                         sqlite3_column_int64 (stmt, 2),
                                         (const char *) sqlite3_column_text (stmt, 3),
                                         (const char *) sqlite3_column_text (stmt, 4),
                                         (const char *) sqlite3_column_text (stmt, 5),
                                         (guint) sqlite3_column_int64 (stmt, 6)));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      zs_sqlite_set_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&entries);
}

static GBytes *
trash_read (ZsStoreBackend  *backend,
            gint64           id,
            GError         **error)
{
  ZsSqliteBackend *self = ZS_SQLITE (backend);
  sqlite3_stmt *stmt;
  GBytes *data = NULL;
  int rc;

  stmt = zs_sqlite_prepare (self, "SELECT data FROM trash WHERE id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    data = g_bytes_new (sqlite3_column_blob (stmt, 0), sqlite3_column_bytes (stmt, 0));
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    g_set_error (error, ZS_ERROR, ZS_ERROR_NOT_FOUND, _("This entry is no longer in the trash."));
  else if (rc != SQLITE_ROW)
    zs_sqlite_set_error (self, rc, error);
  return data;
}

static gboolean
trash_remove (ZsStoreBackend  *backend,
              gint64           id,
              GError         **error)
{
  ZsSqliteBackend *self = ZS_SQLITE (backend);
  sqlite3_stmt *stmt = zs_sqlite_prepare (self, "DELETE FROM trash WHERE id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  return zs_sqlite_step_done (self, stmt, error);
}

static gint64
trash_remove_before (ZsStoreBackend  *backend,
                     const char      *cutoff,
                     GError         **error)
{
  ZsSqliteBackend *self = ZS_SQLITE (backend);
  sqlite3_stmt *stmt;

  if (cutoff == NULL)
    stmt = zs_sqlite_prepare (self, "DELETE FROM trash", error);
  else
    stmt = zs_sqlite_prepare (self, "DELETE FROM trash WHERE deleted_at < ?1", error);
  if (stmt == NULL)
    return -1;
  if (cutoff != NULL)
    sqlite3_bind_text (stmt, 1, cutoff, -1, SQLITE_TRANSIENT);
  if (!zs_sqlite_step_done (self, stmt, error))
    return -1;
  return sqlite3_changes (self->db);
}

void
zs_sqlite_trash_class_init (ZsStoreBackendClass *klass)
{
  klass->trash_add = trash_add;
  klass->trash_list = trash_list;
  klass->trash_read = trash_read;
  klass->trash_remove = trash_remove;
  klass->trash_remove_before = trash_remove_before;
}
