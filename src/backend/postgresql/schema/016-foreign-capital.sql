-- Schema version 16: a foreign-invested project's capital in 万美元, as
-- SQLite's step 016.
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Frozen once released: later changes go into a new numbered file.

ALTER TABLE projects ADD COLUMN contracted_foreign_capital bigint NOT NULL DEFAULT 0
  CHECK (contracted_foreign_capital >= 0);
ALTER TABLE projects ADD COLUMN foreign_capital_used bigint NOT NULL DEFAULT 0
  CHECK (foreign_capital_used >= 0);
