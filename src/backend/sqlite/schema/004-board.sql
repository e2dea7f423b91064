-- Schema version 4: the board's order in an index.
-- SPDX-License-Identifier: GPL-3.0-or-later
-- The board lists the projects by stage, red first, longest waiting first,
-- and sums their planned investment per stage. With this index both read the
-- index alone, in order, with no sort: 100,000 projects stay quick.

DROP INDEX IF EXISTS projects_stage;
CREATE INDEX projects_board ON projects (stage, grade DESC, stage_since, id, planned_investment);
