-- Schema version 24: what the dispatch page counts, the board's filter
-- bar and 今日待办 ask for, read from indexes alone.
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Frozen once released: later changes go into a new numbered file.
--
-- The dispatch page counts the leads received in a period (and in the
-- year, and the same spans a year before) per unit and chain with their
-- estimated investment, and lists the red and orange projects and the
-- overdue leads; the board's filter bar asks for a grade's, a chain's or a unit's
-- projects in its order with their planned investment. Each index named
-- the rows, which were then read from the table, a few wide rows to a
-- page. At 100,000 projects, on a new connection (the dispatch page's
-- worker opens one): the year's leads 44–61 → 8 ms, the red and orange
-- projects 75 → 8 ms, the overdue leads 27 → 5 ms; the board's grade
-- 51–63 → 3–5 ms, chain 48–66 → 5–9 ms, unit 40–56 → 4 ms. Each new index
-- starts with the columns of the one it replaces, so it answers what that
-- one did, the foreign keys' look-ups by chain and unit included
-- (test-sqlite-plans.c: /sqlite/report/narrow-indexes and
-- /sqlite/board/filters-from-indexes). 今日待办, which its worker counts on a
-- new connection at every start, found the follow-ups due by reading all
-- 100,086 contact logs (22 ms warm, 93 ms in the worker; 2 ms from the
-- partial index, which holds only the logs with a follow-up date), and an
-- enterprise's later contacts through its id alone
-- (/sqlite/due/from-indexes).
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

-- 今日待办's follow-ups: the few contact logs with a follow-up date, and
-- whether an enterprise was contacted again since.
CREATE INDEX contact_logs_follow_up ON contact_logs (follow_up_date) WHERE follow_up_date IS NOT NULL;

DROP INDEX IF EXISTS contact_logs_enterprise_id;
CREATE INDEX contact_logs_enterprise_id ON contact_logs (enterprise_id, date);
