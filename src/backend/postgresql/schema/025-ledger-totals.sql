-- Schema version 25: the same index as SQLite's step 025, for the ledger's
-- totals row and its order by planned investment.
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Frozen once released: later changes go into a new numbered file.
CREATE INDEX projects_totals ON projects
  (planned_investment, id, contract_amount, funds_in_place, fixed_asset_investment);
