-- Schema version 18: 附件, files attached to records, as SQLite's step 018.
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Frozen once released: later changes go into a new numbered file.
--
-- An attachment is a record owned by one project, lead, enterprise,
-- partner, carrier or activity. Its bytes are in attachment_chunks, in
-- pieces of at most 256 KiB, keyed by the attachment's UUID and not by a
-- reference, so that they stay while the attachment is in the trash.

CREATE TABLE attachments (
  id bigserial PRIMARY KEY,
  uuid text COLLATE "C" NOT NULL UNIQUE,
  created text COLLATE "C" NOT NULL,
  updated text COLLATE "C" NOT NULL,
  version bigint NOT NULL DEFAULT 1,
  project_id bigint REFERENCES projects (id) ON DELETE CASCADE,
  lead_id bigint REFERENCES leads (id) ON DELETE CASCADE,
  enterprise_id bigint REFERENCES enterprises (id) ON DELETE CASCADE,
  partner_id bigint REFERENCES partners (id) ON DELETE CASCADE,
  carrier_id bigint REFERENCES carriers (id) ON DELETE CASCADE,
  activity_id bigint REFERENCES activities (id) ON DELETE CASCADE,
  name text COLLATE "C" NOT NULL,
  content_type text COLLATE "C",
  size bigint NOT NULL DEFAULT 0 CHECK (size >= 0),
  added_by text COLLATE "C"
);
CREATE INDEX attachments_project_id ON attachments (project_id);
CREATE INDEX attachments_lead_id ON attachments (lead_id);
CREATE INDEX attachments_enterprise_id ON attachments (enterprise_id);
CREATE INDEX attachments_partner_id ON attachments (partner_id);
CREATE INDEX attachments_carrier_id ON attachments (carrier_id);
CREATE INDEX attachments_activity_id ON attachments (activity_id);

CREATE TABLE attachment_chunks (
  attachment_uuid text COLLATE "C" NOT NULL,
  seq bigint NOT NULL CHECK (seq >= 0),
  data bytea NOT NULL,
  PRIMARY KEY (attachment_uuid, seq)
);

CREATE TRIGGER attachments_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON attachments
  FOR EACH STATEMENT EXECUTE FUNCTION zs_notify_change ();
