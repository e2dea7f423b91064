-- Schema version 25: the ledger's totals and its order by planned
-- investment, read from an index.
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Frozen once released: later changes go into a new numbered file.
--
-- The ledger's totals row sums the planned investment, contract amount,
-- funds in place and fixed assets of the projects it lists, and each
-- project's row is wide (names, notes, search text), a few to a page: at
-- 100,000 projects the totals of every project read the whole table, on
-- the window's connection, when the ledger was shown and again after each
-- sort and save (99–226 ms, and its page cache filled with table pages).
-- This index holds what the row sums, and the projects in the order of
-- their planned investment, which the ledger also sorts by
-- (test-sqlite-plans.c: /sqlite/ledger/totals-from-index).
CREATE INDEX projects_totals ON projects
  (planned_investment, id, contract_amount, funds_in_place, fixed_asset_investment);
