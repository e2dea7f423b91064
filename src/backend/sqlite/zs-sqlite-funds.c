/* zs-sqlite-funds.c — the dispatch report's narrow rows: every project's
 * figures, the stage events and the funds entries of a span of days
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The report joins them in memory (core/report/zs-report-rows.c): reading
 * each kind of row once, in order, costs less than SQLite looking tens of
 * thousands of projects up by id. The projects are read through
 * projects_figures (step 021), which holds only the fields the report sums.
 */
#include "config.h"

#include "zs-date.h"
#include "zs-sqlite-private.h"

static GArray *
project_figures (ZsStoreBackend  *backend,
                 GError         **error)
{
  ZsSqliteBackend *self = ZS_SQLITE (backend);
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (ZsProjectFigures));
  sqlite3_stmt *stmt;
  int rc;

  /* The narrow index holds them all, already in id order. */
  stmt = zs_sqlite_prepare (self,
                            "SELECT id, coalesce(unit_id, 0), coalesce(chain_id, 0), planned_investment, "
                            "contracted_foreign_capital, foreign_capital_used "
                            "FROM projects INDEXED BY projects_figures ORDER BY id",
                            error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ZsProjectFigures row = {
        sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1), sqlite3_column_int64 (stmt, 2),
        sqlite3_column_int64 (stmt, 3), sqlite3_column_int64 (stmt, 4), sqlite3_column_int64 (stmt, 5),
      };

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

/* Steps @stmt to its end: project, day, and stage or amount a row. */
static GArray *
read_dated (ZsSqliteBackend  *self,
            sqlite3_stmt     *stmt,
            gboolean          with_stage,
            GError          **error)
{
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (ZsDatedRow));
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ZsDatedRow row = { 0 };

      row.project_id = sqlite3_column_int64 (stmt, 0);
      row.day = zs_date_number ((const char *) sqlite3_column_text (stmt, 1));
      if (with_stage)
        row.stage = sqlite3_column_int (stmt, 2);
      else
        row.amount = sqlite3_column_int64 (stmt, 2);
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

static GArray *
stage_events_between (ZsStoreBackend  *backend,
                      int              first_stage,
                      int              last_stage,
                      const char      *first,
                      const char      *last,
                      GError         **error)
{
  ZsSqliteBackend *self = ZS_SQLITE (backend);
  sqlite3_stmt *stmt;

  /* stage_events_stage (step 009) holds these in this order. */
  stmt = zs_sqlite_prepare (self,
                            "SELECT project_id, date, to_stage FROM stage_events INDEXED BY stage_events_stage "
                            "WHERE to_stage >= ?1 AND to_stage <= ?2 AND date >= ?3 AND date <= ?4 "
                            "ORDER BY to_stage, date",
                            error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, first_stage);
  sqlite3_bind_int (stmt, 2, last_stage);
  sqlite3_bind_text (stmt, 3, first, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, last, -1, SQLITE_TRANSIENT);
  return read_dated (self, stmt, TRUE, error);
}

static GArray *
funds_between (ZsStoreBackend  *backend,
               const char      *first,
               const char      *last,
               GError         **error)
{
  ZsSqliteBackend *self = ZS_SQLITE (backend);
  sqlite3_stmt *stmt;

  stmt = zs_sqlite_prepare (self,
                            "SELECT project_id, date, amount FROM funds_entries INDEXED BY funds_entries_date "
                            "WHERE date >= ?1 AND date <= ?2 ORDER BY date",
                            error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, first, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, last, -1, SQLITE_TRANSIENT);
  return read_dated (self, stmt, FALSE, error);
}

void
zs_sqlite_funds_class_init (ZsStoreBackendClass *klass)
{
  klass->project_figures = project_figures;
  klass->stage_events_between = stage_events_between;
  klass->funds_between = funds_between;
}
