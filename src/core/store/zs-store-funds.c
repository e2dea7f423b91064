/* zs-store-funds.c — a project's funds in place as the sum of its entries
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The entries (资金到位记录) are the record; projects.funds_in_place is
 * their sum, kept in the same transaction as every change to them, so
 * that the board, ledger and map read one column as before. A total with
 * no entries behind it (a database before schema 8, an exchange file of an
 * older version) becomes one carried-over entry.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "zs-date.h"
#include "zs-error.h"
#include "zs-format.h"
#include "zs-records.h"
#include "zs-store-private.h"

gboolean
zs_store_funds_sum (ZsStore  *self,
                    gint64    project_id,
                    gint64   *sum,
                    GError  **error)
{
  sqlite3_stmt *stmt = zs_store_prepare (self,
                                         "SELECT coalesce(sum(amount), 0) FROM funds_entries WHERE project_id = ?1",
                                         error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, project_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      zs_store_set_error (self, rc, error);
      sqlite3_reset (stmt);
      return FALSE;
    }
  *sum = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return TRUE;
}

gint64
zs_store_funds_entry_project (ZsStore *self,
                              gint64   entry_id)
{
  sqlite3_stmt *stmt = zs_store_prepare (self, "SELECT project_id FROM funds_entries WHERE id = ?1", NULL);
  gint64 id = 0;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, entry_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return id;
}

gboolean
zs_store_funds_sync (ZsStore  *self,
                     gint64    project_id,
                     GError  **error)
{
  sqlite3_stmt *stmt;
  gint64 sum;

  if (project_id == 0)
    return TRUE;
  if (!zs_store_funds_sum (self, project_id, &sum, error))
    return FALSE;

  /* Corrections may not take more back than arrived. */
  if (sum < 0)
    {
      g_autoptr(ZsRecord) project = zs_store_load (self, ZS_TYPE_PROJECT, project_id, NULL);
      g_autofree char *amount = zs_format_amount (-sum);

      g_set_error (error, ZS_ERROR, ZS_ERROR_INVALID,
                   _("The funds in place of “%s” would be %s below zero. "
                     "A negative entry corrects funds recorded before; check its amount."),
                   project != NULL ? zs_record_get_title (project) : "?", amount);
      return FALSE;
    }

  stmt = zs_store_prepare (self, "UPDATE projects SET funds_in_place = ?2 WHERE id = ?1 AND funds_in_place <> ?2", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, project_id);
  sqlite3_bind_int64 (stmt, 2, sum);
  return zs_store_step_done (self, stmt, error);
}

void
zs_store_funds_refresh_live (ZsStore *self,
                             gint64   project_id)
{
  ZsRecord *project = zs_store_live_lookup (self, ZS_TYPE_PROJECT, project_id);

  /* An editor showing the project must not save its old total back. */
  if (project != NULL)
    zs_store_reload (self, project, NULL);
}

static gboolean
insert_carried_over (ZsStore     *self,
                     gint64       project_id,
                     const char  *date,
                     gint64       amount,
                     const char  *now,
                     GError     **error)
{
  sqlite3_stmt *stmt = zs_store_prepare (self,
                                         "INSERT INTO funds_entries (uuid, created, updated, project_id, date, amount, note) "
                                         "VALUES (?1, ?2, ?2, ?3, ?4, ?5, ?6)",
                                         error);
  g_autofree char *uuid = g_uuid_string_random ();

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, project_id);
  sqlite3_bind_text (stmt, 4, date, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 5, amount);
  sqlite3_bind_text (stmt, 6, _("Carried over: the total recorded before funds were kept by date"), -1, SQLITE_TRANSIENT);
  return zs_store_step_done (self, stmt, error);
}

gboolean
zs_store_funds_reconcile (ZsStore  *self,
                          GError  **error)
{
  g_autofree char *today = zs_date_today ();
  g_autofree char *now = zs_timestamp_now ();
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) amounts = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) dates = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (self->txn_depth > 0, FALSE);

  /* Dated when the funds most likely came: at signing, else when known. */
  stmt = zs_store_prepare (self,
                           "SELECT id, funds_in_place, coalesce(signing_date, registration_date, first_contact_date) "
                           "FROM projects WHERE funds_in_place <> 0 "
                           "AND NOT EXISTS (SELECT 1 FROM funds_entries WHERE project_id = projects.id)",
                           error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      gint64 amount = sqlite3_column_int64 (stmt, 1);
      const char *date = (const char *) sqlite3_column_text (stmt, 2);

      g_array_append_val (ids, id);
      g_array_append_val (amounts, amount);
      g_ptr_array_add (dates, g_strdup (zs_date_is_valid (date) ? date : today));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      zs_store_set_error (self, rc, error);
      return FALSE;
    }

  for (guint i = 0; i < ids->len; i++)
    if (!insert_carried_over (self, g_array_index (ids, gint64, i), g_ptr_array_index (dates, i),
                              g_array_index (amounts, gint64, i), now, error))
      return FALSE;

  /* Where there are entries, they are the record. */
  return zs_store_exec (self,
                        "UPDATE projects SET funds_in_place = s.total "
                        "FROM (SELECT project_id, sum(amount) AS total FROM funds_entries GROUP BY project_id) AS s "
                        "WHERE s.project_id = projects.id AND projects.funds_in_place <> s.total",
                        error);
}

GArray *
zs_store_funds_grouped (ZsStore     *self,
                        const char  *first,
                        const char  *last,
                        GError     **error)
{
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (ZsAggregateRow));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (ZS_IS_STORE (self), NULL);

  stmt = zs_store_prepare (self,
                           "SELECT coalesce(p.unit_id, 0), coalesce(p.chain_id, 0), count(*), coalesce(sum(f.amount), 0) "
                           "FROM funds_entries AS f JOIN projects AS p ON p.id = f.project_id "
                           "WHERE f.date >= ?1 AND f.date <= ?2 GROUP BY p.unit_id, p.chain_id",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, first, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, last, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ZsAggregateRow row = { { 0 }, 0, { 0 } };

      row.keys[0] = sqlite3_column_int64 (stmt, 0);
      row.keys[1] = sqlite3_column_int64 (stmt, 1);
      row.count = sqlite3_column_int64 (stmt, 2);
      row.sums[0] = sqlite3_column_int64 (stmt, 3);
      g_array_append_val (rows, row);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      zs_store_set_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&rows);
}
