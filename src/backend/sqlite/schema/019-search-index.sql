-- Schema version 19: nothing on SQLite. The server's step 019 gives its
-- search documents an index; SQLite's FTS5 tables (step 017) are one.
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Frozen once released: later changes go into a new numbered file.
SELECT 1;
