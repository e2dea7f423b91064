-- Schema version 24: the same indexes as SQLite's step 024, for what the
-- dispatch page counts (the leads' figures by day received, the red and
-- orange projects, the overdue leads), the board's grade, chain and unit
-- filters, and 今日待办's follow-ups.
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

-- 今日待办's follow-ups: the few contact logs with a follow-up date, and
-- whether an enterprise was contacted again since.
CREATE INDEX contact_logs_follow_up ON contact_logs (follow_up_date) WHERE follow_up_date IS NOT NULL;

DROP INDEX IF EXISTS contact_logs_enterprise_id;
CREATE INDEX contact_logs_enterprise_id ON contact_logs (enterprise_id, date);
