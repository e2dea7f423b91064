-- Schema version 21: a narrow copy of the projects' figures, so that the
-- dispatch report finds a project's unit, chain and amounts without reading
-- its whole row.
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Frozen once released: later changes go into a new numbered file.
--
-- The report counts the projects that entered a stage in a period: for each
-- event it looks its project up by id. A project's row is wide (names,
-- notes, search text), a few to a page, so at 100,000 projects those
-- look-ups read most of the table; this index holds only what the report
-- sums, hundreds to a page (zs-sqlite-funds.c asks for it by name).
CREATE INDEX projects_figures ON projects
  (id, unit_id, chain_id, planned_investment, contracted_foreign_capital, foreign_capital_used);
