-- Schema version 17: search by any length of Chinese, and by pinyin, as
-- SQLite's step 017.
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Frozen once released: later changes go into a new numbered file.
--
-- Each searchable table gets a `search` column holding the record's
-- search document (src/core/store/zs-search.h) in lower-case words one
-- space apart (zs-pg-search.c): each Han character and digit a word, the
-- names' pinyin keys. The backend fills it for the rows already there.

ALTER TABLE projects ADD COLUMN search text;
ALTER TABLE partners ADD COLUMN search text;
ALTER TABLE enterprises ADD COLUMN search text;
ALTER TABLE leads ADD COLUMN search text;
ALTER TABLE carriers ADD COLUMN search text;
