-- Schema version 22: a unit's reply to a 督办 item may carry attachments.
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Frozen once released: later changes go into a new numbered file.
--
-- The attachment's sixth owner: a reply (supervision_replies), which
-- goes to the trash with its item, and its attachments with it. Existing
-- attachments keep their owners; the new column is empty for them.

ALTER TABLE attachments ADD COLUMN supervision_reply_id INTEGER
  REFERENCES supervision_replies (id) ON DELETE CASCADE;
CREATE INDEX attachments_supervision_reply_id ON attachments (supervision_reply_id);
