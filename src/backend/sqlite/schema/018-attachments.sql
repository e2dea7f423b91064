-- Schema version 18: 附件, files attached to records.
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Frozen once released: later changes go into a new numbered file.
--
-- An attachment is a record (the list shows its row) owned by one
-- project, lead, enterprise, partner, carrier or activity: it goes to the
-- trash with its owner. Its bytes are in attachment_chunks, in pieces of
-- at most 256 KiB, keyed by the attachment's UUID and not by a reference:
-- while the attachment is in the trash its bytes stay, so a restore (same
-- UUID) finds them; the store removes the chunks no attachment names once
-- the trash lets go of it for good.

CREATE TABLE attachments (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  uuid TEXT NOT NULL UNIQUE,
  created TEXT NOT NULL,
  updated TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  project_id INTEGER REFERENCES projects (id) ON DELETE CASCADE,
  lead_id INTEGER REFERENCES leads (id) ON DELETE CASCADE,
  enterprise_id INTEGER REFERENCES enterprises (id) ON DELETE CASCADE,
  partner_id INTEGER REFERENCES partners (id) ON DELETE CASCADE,
  carrier_id INTEGER REFERENCES carriers (id) ON DELETE CASCADE,
  activity_id INTEGER REFERENCES activities (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  content_type TEXT,
  size INTEGER NOT NULL DEFAULT 0 CHECK (size >= 0),
  added_by TEXT
);
CREATE INDEX attachments_project_id ON attachments (project_id);
CREATE INDEX attachments_lead_id ON attachments (lead_id);
CREATE INDEX attachments_enterprise_id ON attachments (enterprise_id);
CREATE INDEX attachments_partner_id ON attachments (partner_id);
CREATE INDEX attachments_carrier_id ON attachments (carrier_id);
CREATE INDEX attachments_activity_id ON attachments (activity_id);

CREATE TABLE attachment_chunks (
  attachment_uuid TEXT NOT NULL,
  seq INTEGER NOT NULL CHECK (seq >= 0),
  data BLOB NOT NULL,
  PRIMARY KEY (attachment_uuid, seq)
);
