-- Schema version 11: who changed what.
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Frozen once released: later changes go into a new numbered file.
--
-- One row per changed field of a save, per new, deleted or restored record
-- and per imported file, written in the transaction of the change. Values
-- are text as the field tables describe them; a reference is the title the
-- record it named had then. Nothing refers to a record: the history
-- outlives what it tells of.
--
-- Lists read newest first: each index ends with the time (the row id
-- follows it in every index), so a page of a record's history, of one
-- person's, of one type's or of a period is a walk down one index, however
-- long the history grows.

CREATE TABLE history (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  at          TEXT NOT NULL,           -- UTC, "2026-12-06T02:38:30Z"
  who         TEXT NOT NULL,
  action      TEXT NOT NULL,           -- create, edit, delete, restore, import
  record_type TEXT,                    -- the record's element ("project"); NULL for an import
  record_id   INTEGER,
  record_uuid TEXT,
  title       TEXT,                    -- the record's title, an import's file name
  field       TEXT,                    -- the field's name, for an edit
  old_value   TEXT,
  new_value   TEXT                     -- an import's counts
);

CREATE INDEX history_record ON history (record_type, record_id, at);
CREATE INDEX history_who ON history (who, at);
CREATE INDEX history_type ON history (record_type, at);
CREATE INDEX history_at ON history (at);
