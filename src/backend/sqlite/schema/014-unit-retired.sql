-- Schema version 11: units a bureau no longer uses.
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Frozen once released: later changes go into a new numbered file.
--
-- A unit that is merged or abolished keeps its projects, targets and
-- history; it leaves the lists new work is given to. Every unit there is
-- stays in use.

ALTER TABLE units ADD COLUMN retired INTEGER NOT NULL DEFAULT 0;
