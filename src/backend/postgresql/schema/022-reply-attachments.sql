-- Schema version 22: a unit's reply to a 督办 item may carry attachments,
-- as SQLite's step 022.
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Frozen once released: later changes go into a new numbered file.

ALTER TABLE attachments ADD COLUMN supervision_reply_id bigint
  REFERENCES supervision_replies (id) ON DELETE CASCADE;
CREATE INDEX attachments_supervision_reply_id ON attachments (supervision_reply_id);
