/* zs-sqlite-funds.c — funds entries per unit and chain, and the totals
 * carried over into entries
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * A project's funds in place is the sum of its entries (资金到位记录). A
 * total with no entries behind it (a database before schema 8, an exchange
 * file of an older version) becomes one carried-over entry; every other
 * total is set from the entries in one statement, which an import of
 * 100,000 projects needs.
 */
#include "config.h"

#include "zs-date.h"
#include "zs-sqlite-private.h"

static gboolean
insert_carried_over (ZsSqliteBackend  *self,
                     gint64            project_id,
                     const char       *date,
                     gint64            amount,
                     const char       *note,
                     const char       *now,
                     GError          **error)
{
  sqlite3_stmt *stmt = zs_sqlite_prepare (self,
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
  sqlite3_bind_text (stmt, 6, note, -1, SQLITE_TRANSIENT);
  return zs_sqlite_step_done (self, stmt, error);
}

static gboolean
funds_reconcile (ZsStoreBackend  *backend,
                 const char      *note,
                 GError         **error)
{
  ZsSqliteBackend *self = ZS_SQLITE_BACKEND (backend);
  g_autofree char *today = zs_date_today ();
  g_autofree char *now = zs_timestamp_now ();
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) amounts = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) dates = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;
  int rc;

  /* Dated when the funds most likely came: at signing, else when known. */
  stmt = zs_sqlite_prepare (self,
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
      zs_sqlite_set_error (self, rc, error);
      return FALSE;
    }

  for (guint i = 0; i < ids->len; i++)
    if (!insert_carried_over (self, g_array_index (ids, gint64, i), g_ptr_array_index (dates, i),
                              g_array_index (amounts, gint64, i), note, now, error))
      return FALSE;

  /* Where there are entries, they are the record. */
  return zs_sqlite_exec (self,
                         "UPDATE projects SET funds_in_place = s.total "
                         "FROM (SELECT project_id, sum(amount) AS total FROM funds_entries GROUP BY project_id) AS s "
                         "WHERE s.project_id = projects.id AND projects.funds_in_place <> s.total",
                         error);
}

static GArray *
funds_grouped (ZsStoreBackend  *backend,
               const char      *first,
               const char      *last,
               GError         **error)
{
  ZsSqliteBackend *self = ZS_SQLITE_BACKEND (backend);
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (ZsAggregateRow));
  sqlite3_stmt *stmt;
  int rc;

  stmt = zs_sqlite_prepare (self,
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
      zs_sqlite_set_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&rows);
}

void
zs_sqlite_funds_class_init (ZsStoreBackendClass *klass)
{
  klass->funds_reconcile = funds_reconcile;
  klass->funds_grouped = funds_grouped;
}
