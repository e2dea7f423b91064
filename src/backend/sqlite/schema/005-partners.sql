-- Schema version 5: partners, their contacts and the activities ledger at scale.
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Frozen once released: later changes go into a new numbered file.
--
-- Only indexes: the partner, lead, contact and activity tables already have
-- every field. A city keeps tens of thousands of partner contacts, so the
-- partner list reads by kind and name from an index, "when did we last
-- speak to them" is one index probe per partner, "who has not been contacted
-- since …" reads contacts by date, and the activities ledger finds a period's
-- activities by their start date.

CREATE INDEX partners_kind_name ON partners (kind, name);
CREATE INDEX partners_name ON partners (name);
DROP INDEX IF EXISTS contact_logs_partner_id;
CREATE INDEX contact_logs_partner_date ON contact_logs (partner_id, date);
CREATE INDEX contact_logs_date ON contact_logs (date, partner_id);
DROP INDEX IF EXISTS leads_partner_id;
CREATE INDEX leads_partner_status ON leads (partner_id, status);
CREATE INDEX activities_start_date ON activities (start_date, kind);
