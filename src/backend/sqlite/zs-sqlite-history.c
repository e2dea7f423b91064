/* zs-sqlite-history.c — the change history's rows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Pages are read newest first by (at, id), from the row after the last one
 * shown: each filter has an index ending with the time (schema/011), so a
 * page costs the same at the top of a million rows as at the bottom.
 */
#include "config.h"

#include "zs-sqlite-private.h"

static void
bind_text_or_null (sqlite3_stmt *stmt,
                   int           index,
                   const char   *text)
{
  if (text != NULL)
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, index);
}

static const char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

static gboolean
history_add (ZsStoreBackend  *backend,
             ZsHistoryEntry  *entry,
             GError         **error)
{
  ZsSqliteBackend *self = ZS_SQLITE (backend);
  sqlite3_stmt *stmt;

  stmt = zs_sqlite_prepare (self,
                            "INSERT INTO history (at, who, action, record_type, record_id, record_uuid, "
                            "title, field, old_value, new_value) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                            error);
  if (stmt == NULL)
    return FALSE;
  bind_text_or_null (stmt, 1, zs_history_entry_get_at (entry));
  bind_text_or_null (stmt, 2, zs_history_entry_get_who (entry));
  bind_text_or_null (stmt, 3, zs_history_action_to_string (zs_history_entry_get_action (entry)));
  bind_text_or_null (stmt, 4, zs_history_entry_get_record_type (entry));
  if (zs_history_entry_get_record_type (entry) != NULL)
    sqlite3_bind_int64 (stmt, 5, zs_history_entry_get_record_id (entry));
  else
    sqlite3_bind_null (stmt, 5);
  bind_text_or_null (stmt, 6, zs_history_entry_get_record_uuid (entry));
  bind_text_or_null (stmt, 7, zs_history_entry_get_title (entry));
  bind_text_or_null (stmt, 8, zs_history_entry_get_field (entry));
  bind_text_or_null (stmt, 9, zs_history_entry_get_old_value (entry));
  bind_text_or_null (stmt, 10, zs_history_entry_get_new_value (entry));
  return zs_sqlite_step_done (self, stmt, error);
}

static GPtrArray *
history_list (ZsStoreBackend         *backend,
              const ZsHistoryFilter  *filter,
              gint64                  before_id,
              guint                   limit,
              GError                **error)
{
  ZsSqliteBackend *self = ZS_SQLITE (backend);
  g_autoptr(GString) sql = g_string_new ("SELECT id, at, who, action, record_type, record_id, record_uuid, "
                                         "title, field, old_value, new_value FROM history WHERE 1");
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  const char *type = NULL;
  sqlite3_stmt *stmt;
  int rc;

  /* Each condition has its own parameter number, so the text (and the
   * cached statement) depends only on which filters are set. */
  if (filter->record_type != G_TYPE_INVALID)
    {
      type = zs_store_record_class (filter->record_type)->element;
      g_string_append (sql, " AND record_type = ?1");
      if (filter->record_id != 0)
        g_string_append (sql, " AND record_id = ?2");
    }
  if (filter->imports_only)
    g_string_append (sql, " AND action = 'import'");
  if (filter->field != NULL)
    g_string_append (sql, " AND field = ?3");
  if (filter->who != NULL)
    g_string_append (sql, " AND who = ?4");
  if (filter->since != NULL)
    g_string_append (sql, " AND at >= ?5");
  if (filter->until != NULL)
    g_string_append (sql, " AND at < ?6");
  if (before_id > 0)
    g_string_append (sql, " AND (at, id) < ((SELECT at FROM history WHERE id = ?7), ?7)");
  g_string_append (sql, " ORDER BY at DESC, id DESC LIMIT ?8");

  stmt = zs_sqlite_prepare (self, sql->str, error);
  if (stmt == NULL)
    return NULL;
  bind_text_or_null (stmt, 1, type);
  sqlite3_bind_int64 (stmt, 2, filter->record_id);
  bind_text_or_null (stmt, 3, filter->field);
  bind_text_or_null (stmt, 4, filter->who);
  bind_text_or_null (stmt, 5, filter->since);
  bind_text_or_null (stmt, 6, filter->until);
  sqlite3_bind_int64 (stmt, 7, before_id);
  sqlite3_bind_int64 (stmt, 8, limit > 0 ? (gint64) limit : -1);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (entries,
                     zs_history_entry_new (sqlite3_column_int64 (stmt, 0),
                                           column_text (stmt, 1),
                                           column_text (stmt, 2),
                                           zs_history_action_from_string (column_text (stmt, 3)),
                                           column_text (stmt, 4),
                                           sqlite3_column_int64 (stmt, 5),
                                           column_text (stmt, 6),
                                           column_text (stmt, 7),
                                           column_text (stmt, 8),
                                           column_text (stmt, 9),
                                           column_text (stmt, 10)));
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  if (rc != SQLITE_DONE)
    {
      zs_sqlite_set_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&entries);
}

void
zs_sqlite_history_class_init (ZsStoreBackendClass *klass)
{
  klass->history_add = history_add;
  klass->history_list = history_list;
}
