-- Schema version 21: a narrow copy of the projects' figures, the same
-- index as SQLite's step 021, so that the dispatch report looks a project's
-- unit, chain and amounts up with an index-only scan.
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Frozen once released: later changes go into a new numbered file.
CREATE INDEX projects_figures ON projects
  (id, unit_id, chain_id, planned_investment, contracted_foreign_capital, foreign_capital_used);
