-- Schema version 3: memory of exchange files.
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Frozen once released: later changes go into a new numbered file.
--
-- For each record that came in from an exchange file, the `updated` time it
-- had in the last file it was imported from. An import compares it with the
-- record's own `updated` (did we change it since?) and with the new file's
-- (did they change it since?): a record changed on both sides is a conflict
-- that the clerk decides; a record changed on one side only simply moves.
-- Records are named by table and UUID, not row id, so that the memory
-- survives a record being deleted and brought back.

CREATE TABLE import_marks (
  record_table TEXT NOT NULL,
  record_uuid TEXT NOT NULL,
  updated TEXT NOT NULL,
  PRIMARY KEY (record_table, record_uuid)
) WITHOUT ROWID;
