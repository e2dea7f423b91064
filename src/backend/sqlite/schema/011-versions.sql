-- Schema version 11: every record row has a version.
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Frozen once released: later changes go into a new numbered file.
--
-- Several programs may work on one file (two windows, a script running the
-- command line, a colleague on a shared folder). A save carries the version
-- of the row it was read at and writes only when the row still has it,
-- raising it by one: a save from an out-of-date copy is refused instead of
-- putting back what another user changed (issue 12).

ALTER TABLE units ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE people ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE targets ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE chain_groups ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE chains ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE segments ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE enterprises ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE partners ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE contact_logs ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE activities ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE leads ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE carriers ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE projects ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE activity_links ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE stage_events ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE obstacles ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE update_logs ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE space_needs ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE funds_entries ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
