/* zs-sqlite-funds.c — funds entries summed by their projects' unit and chain
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * A join of entries to their projects, grouped by two of the projects'
 * fields: more than a ZsQuery says, so the backend answers it whole.
 */
#include "config.h"

#include "zs-sqlite-private.h"

static GArray *
funds_grouped (ZsStoreBackend  *backend,
               const char      *first,
               const char      *last,
               GError         **error)
{
  ZsSqliteBackend *self = ZS_SQLITE (backend);
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (ZsAggregateRow));
  sqlite3_stmt *stmt;
  int rc;

  stmt = zs_sqlite_prepare (self,
                            "SELECT coalesce(p.unit_id, 0), coalesce(p.chain_id, 0), count(*), total(f.amount) "
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
  klass->funds_grouped = funds_grouped;
}
