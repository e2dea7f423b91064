-- Schema version 24: what the dispatch page counts, read from indexes
-- alone.
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Frozen once released: later changes go into a new numbered file.
--
-- The page counts the leads received in a period, in the year and in the
-- same spans a year before, per unit and chain with their estimated
-- investment, and lists the red and orange projects and the overdue
-- leads. Each index named the rows, which were then read from the table,
-- a few wide rows to a page; at 100,000 projects, on the worker's new
-- connection: the year's leads 44–61 → 8 ms, the red and orange projects
-- 75 → 10 ms, the overdue leads 27 → 5 ms. Each new index starts with the
-- columns of the one it replaces, so it answers what that one did
-- (test-sqlite-backend.c's /sqlite/report/narrow-indexes).
DROP INDEX IF EXISTS leads_received_date;
CREATE INDEX leads_figures ON leads (received_date, unit_id, chain_id, estimated_investment);

DROP INDEX IF EXISTS projects_grade;
CREATE INDEX projects_grade ON projects (grade, stage_since, id, stage);

DROP INDEX IF EXISTS leads_status;
CREATE INDEX leads_status ON leads (status, received_date, respond_due, assess_due, feedback_due,
                                    responded_date, assessed_date, fed_back_date);
