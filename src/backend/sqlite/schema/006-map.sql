-- Schema version 6: the industry map's figures from indexes alone.
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Frozen once released: later changes go into a new numbered file.
--
-- The map counts and sums the projects per chain and stage (for one unit,
-- or all): with this index that reads a small index in order instead of
-- the whole table. Its period filter asks which projects have a stage event
-- in the period: the second index answers without reading the events.

CREATE INDEX projects_map ON projects (chain_id, stage, unit_id, planned_investment, funds_in_place);
CREATE INDEX stage_events_period ON stage_events (date, project_id);
