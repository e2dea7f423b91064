-- Schema version 11: 回收站, the trash.
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Frozen once released: later changes go into a new numbered file.
-- A delete from the window keeps here what it removed: a snapshot of the
-- record and of every record that belonged to it (GVariant bytes made by
-- src/core/store/zs-store-trash.c from the field tables), with what the
-- trash page lists. Entries are removed when restored, removed for good,
-- or older than the bureau's setting (30 days unless changed).

CREATE TABLE trash (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  record_type TEXT NOT NULL,
  record_id INTEGER NOT NULL,
  title TEXT NOT NULL,
  deleted_at TEXT NOT NULL,
  deleted_by TEXT,
  n_records INTEGER NOT NULL CHECK (n_records >= 1),
  data BLOB NOT NULL
);

CREATE INDEX trash_deleted_at ON trash (deleted_at);
