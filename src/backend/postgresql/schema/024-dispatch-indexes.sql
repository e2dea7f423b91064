-- Schema version 24: the same indexes as SQLite's step 024, for what the
-- dispatch page counts (the leads' figures by day received, the red and
-- orange projects, the overdue leads) and the board's grade, chain and unit
-- filters.
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Frozen once released: later changes go into a new numbered file.
DROP INDEX IF EXISTS leads_received_date;
CREATE INDEX leads_figures ON leads (received_date, unit_id, chain_id, estimated_investment);

DROP INDEX IF EXISTS projects_grade;
CREATE INDEX projects_grade ON projects (grade, stage, stage_since, id, planned_investment);

DROP INDEX IF EXISTS projects_chain_id;
CREATE INDEX projects_chain_id ON projects (chain_id, stage, grade DESC, stage_since, id, planned_investment);

DROP INDEX IF EXISTS projects_unit_id;
CREATE INDEX projects_unit_id ON projects (unit_id, stage, grade DESC, stage_since, id, planned_investment);

DROP INDEX IF EXISTS leads_status;
CREATE INDEX leads_status ON leads (status, received_date, respond_due, assess_due, feedback_due,
                                    responded_date, assessed_date, fed_back_date);
