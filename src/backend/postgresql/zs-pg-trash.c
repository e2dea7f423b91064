/* zs-pg-trash.c — the trash and the change history's rows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * As zs-sqlite-trash.c and zs-sqlite-history.c. The trash's snapshots
 * travel as base64 text (bytea on the server); history pages are read
 * newest first by (at, id), each filter walking an index that ends with
 * the time.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "zs-error.h"
#include "zs-pg-private.h"
#include "zs-trash.h"

/* ---- the trash -------------------------------------------------------------- */

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
  g_autoptr(ZsPgParams) params = zs_pg_params_new ();
  g_autoptr(PGresult) result = NULL;
  gsize size;
  gconstpointer bytes = g_bytes_get_data (data, &size);
  g_autofree char *encoded = g_base64_encode (bytes, size);

  zs_pg_params_add_text (params, record_type);
  zs_pg_params_add_int (params, record_id);
  zs_pg_params_add_text (params, title ? title : "");
  zs_pg_params_add_text (params, deleted_at);
  zs_pg_params_add_text (params, deleted_by);
  zs_pg_params_add_int (params, n_records);
  zs_pg_params_add_text (params, encoded);
  result = zs_pg_run (ZS_PG (backend),
                      "INSERT INTO trash (record_type, record_id, title, deleted_at, deleted_by, n_records, data) "
                      "VALUES ($1, $2, $3, $4, $5, $6, decode ($7, 'base64')) RETURNING id",
                      params, error);
  return result != NULL ? zs_pg_get_int (result, 0, 0) : 0;
}

static GPtrArray *
trash_list (ZsStoreBackend  *backend,
            GError         **error)
{
  g_autoptr(PGresult) result = NULL;
  GPtrArray *entries;

  result = zs_pg_run (ZS_PG (backend),
                      "SELECT id, record_type, record_id, title, deleted_at, deleted_by, n_records "
                      "FROM trash ORDER BY deleted_at DESC, id DESC",
                      NULL, error);
  if (result == NULL)
    return NULL;
  entries = g_ptr_array_new_with_free_func (g_object_unref);
  for (int r = 0; r < PQntuples (result); r++)
    g_ptr_array_add (entries,
                     zs_trash_entry_new (zs_pg_get_int (result, r, 0), zs_pg_get_text (result, r, 1),
                                         zs_pg_get_int (result, r, 2), zs_pg_get_text (result, r, 3),
                                         zs_pg_get_text (result, r, 4), zs_pg_get_text (result, r, 5),
                                         (guint) zs_pg_get_int (result, r, 6)));
  return entries;
}

static GBytes *
trash_read (ZsStoreBackend  *backend,
            gint64           id,
            GError         **error)
{
  g_autoptr(ZsPgParams) params = zs_pg_params_new ();
  g_autoptr(PGresult) result = NULL;
  guchar *bytes;
  gsize size = 0;

  zs_pg_params_add_int (params, id);
  result = zs_pg_run (ZS_PG (backend), "SELECT encode (data, 'base64') FROM trash WHERE id = $1", params, error);
  if (result == NULL)
    return NULL;
  if (PQntuples (result) == 0)
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_NOT_FOUND, _("This entry is no longer in the trash."));
      return NULL;
    }
  bytes = g_base64_decode (PQgetvalue (result, 0, 0), &size);
  return g_bytes_new_take (bytes, size);
}

static gboolean
trash_remove (ZsStoreBackend  *backend,
              gint64           id,
              GError         **error)
{
  g_autoptr(ZsPgParams) params = zs_pg_params_new ();

  zs_pg_params_add_int (params, id);
  return zs_pg_run_done (ZS_PG (backend), "DELETE FROM trash WHERE id = $1", params, error);
}

static gint64
trash_remove_before (ZsStoreBackend  *backend,
                     const char      *cutoff,
                     GError         **error)
{
  g_autoptr(ZsPgParams) params = zs_pg_params_new ();
  g_autoptr(PGresult) result = NULL;

  if (cutoff == NULL)
    result = zs_pg_run (ZS_PG (backend), "DELETE FROM trash", NULL, error);
  else
    {
      zs_pg_params_add_text (params, cutoff);
      result = zs_pg_run (ZS_PG (backend), "DELETE FROM trash WHERE deleted_at < $1", params, error);
    }
  if (result == NULL)
    return -1;
  return g_ascii_strtoll (PQcmdTuples (result), NULL, 10);
}

/* ---- the history ------------------------------------------------------------ */

#define HISTORY_INSERT \
  "INSERT INTO history (at, who, action, record_type, record_id, record_uuid, " \
  "title, field, old_value, new_value) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)"

static gboolean
history_add (ZsStoreBackend  *backend,
             ZsHistoryEntry  *entry,
             GError         **error)
{
  g_autoptr(ZsPgParams) params = zs_pg_params_new ();

  zs_pg_params_add_text (params, zs_history_entry_get_at (entry));
  zs_pg_params_add_text (params, zs_history_entry_get_who (entry));
  zs_pg_params_add_text (params, zs_history_action_to_string (zs_history_entry_get_action (entry)));
  zs_pg_params_add_text (params, zs_history_entry_get_record_type (entry));
  if (zs_history_entry_get_record_type (entry) != NULL)
    zs_pg_params_add_int (params, zs_history_entry_get_record_id (entry));
  else
    zs_pg_params_add_null (params);
  zs_pg_params_add_text (params, zs_history_entry_get_record_uuid (entry));
  zs_pg_params_add_text (params, zs_history_entry_get_title (entry));
  zs_pg_params_add_text (params, zs_history_entry_get_field (entry));
  zs_pg_params_add_text (params, zs_history_entry_get_old_value (entry));
  zs_pg_params_add_text (params, zs_history_entry_get_new_value (entry));
  /* A copy's history, entry after entry, needs no answer. */
  if (zs_pg_batch_active (ZS_PG (backend)))
    return zs_pg_batch_send (ZS_PG (backend), HISTORY_INSERT, params, zs_history_entry_get_title (entry), error);
  return zs_pg_run_done (ZS_PG (backend), HISTORY_INSERT, params, error);
}

static GPtrArray *
history_list (ZsStoreBackend         *backend,
              const ZsHistoryFilter  *filter,
              gint64                  before_id,
              guint                   limit,
              GError                **error)
{
  g_autoptr(GString) sql = g_string_new ("SELECT id, at, who, action, record_type, record_id, record_uuid, "
                                         "title, field, old_value, new_value FROM history WHERE true");
  g_autoptr(ZsPgParams) params = zs_pg_params_new ();
  g_autoptr(PGresult) result = NULL;
  GPtrArray *entries;

  /* Only the filters that are set become parameters, numbered in turn. */
  if (filter->record_type != G_TYPE_INVALID)
    {
      g_string_append_printf (sql, " AND record_type = $%u",
                              zs_pg_params_add_text (params, zs_store_record_class (filter->record_type)->element));
      if (filter->record_id != 0)
        g_string_append_printf (sql, " AND record_id = $%u", zs_pg_params_add_int (params, filter->record_id));
    }
  if (filter->imports_only)
    g_string_append (sql, " AND action = 'import'");
  if (filter->field != NULL)
    g_string_append_printf (sql, " AND field = $%u", zs_pg_params_add_text (params, filter->field));
  if (filter->who != NULL)
    g_string_append_printf (sql, " AND who = $%u", zs_pg_params_add_text (params, filter->who));
  if (filter->since != NULL)
    g_string_append_printf (sql, " AND at >= $%u", zs_pg_params_add_text (params, filter->since));
  if (filter->until != NULL)
    g_string_append_printf (sql, " AND at < $%u", zs_pg_params_add_text (params, filter->until));
  if (before_id > 0)
    {
      guint n = zs_pg_params_add_int (params, before_id);

      g_string_append_printf (sql, " AND (at, id) < ((SELECT at FROM history WHERE id = $%u), $%u)", n, n);
    }
  g_string_append (sql, " ORDER BY at DESC, id DESC");
  if (limit > 0)
    g_string_append_printf (sql, " LIMIT %u", limit);

  result = zs_pg_run (ZS_PG (backend), sql->str, params, error);
  if (result == NULL)
    return NULL;
  entries = g_ptr_array_new_with_free_func (g_object_unref);
  for (int r = 0; r < PQntuples (result); r++)
    g_ptr_array_add (entries,
                     zs_history_entry_new (zs_pg_get_int (result, r, 0), zs_pg_get_text (result, r, 1),
                                           zs_pg_get_text (result, r, 2),
                                           zs_history_action_from_string (zs_pg_get_text (result, r, 3)),
                                           zs_pg_get_text (result, r, 4), zs_pg_get_int (result, r, 5),
                                           zs_pg_get_text (result, r, 6), zs_pg_get_text (result, r, 7),
                                           zs_pg_get_text (result, r, 8), zs_pg_get_text (result, r, 9),
                                           zs_pg_get_text (result, r, 10)));
  return entries;
}

void
zs_pg_trash_class_init (ZsStoreBackendClass *klass)
{
  klass->trash_add = trash_add;
  klass->trash_list = trash_list;
  klass->trash_read = trash_read;
  klass->trash_remove = trash_remove;
  klass->trash_remove_before = trash_remove_before;
  klass->history_add = history_add;
  klass->history_list = history_list;
}
