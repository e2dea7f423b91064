-- Schema version 23: the same indexes as SQLite's step 023, for the
-- board's "key projects" filter and its cards' open obstacles.
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Frozen once released: later changes go into a new numbered file.
CREATE INDEX projects_key_board ON projects (key_project, stage, grade DESC, stage_since, id, planned_investment);
CREATE INDEX obstacles_open ON obstacles (state, project_id);
