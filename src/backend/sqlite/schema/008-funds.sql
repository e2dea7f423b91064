-- Schema version 8: funds in place by date.
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Frozen once released: later changes go into a new numbered file.
--
-- funds_entries: the funds that arrived for a project on a day, so that a
-- month reports the funds of that month (本月资金到位) and not the running
-- total. projects.funds_in_place stays, as the sum of the project's
-- entries kept by the store, because the board, ledger and map read it.
-- The totals recorded before this step become one entry each, written by
-- zs_store_carry_over_funds() after this file (its note is translated).

CREATE TABLE funds_entries (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  created TEXT NOT NULL,
  updated TEXT NOT NULL,
  project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  date TEXT NOT NULL,
  amount INTEGER NOT NULL CHECK (amount <> 0),
  note TEXT
);
CREATE INDEX funds_entries_project_id ON funds_entries (project_id, amount);
CREATE INDEX funds_entries_date ON funds_entries (date, project_id, amount);
