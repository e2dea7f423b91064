-- Schema version 15: amounts to 0.01 万元, as SQLite's step 015.
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Frozen once released: later changes go into a new numbered file.
--
-- Amounts were whole 万元; they are now whole hundredths of 万元 (百元), so
-- that 1500.5 万元 is kept exactly and sums stay exact. The columns are
-- bigint already: ZS_AMOUNT_MAX × 100 fits.

UPDATE projects SET
  planned_investment = planned_investment * 100,
  contract_amount = contract_amount * 100,
  funds_in_place = funds_in_place * 100,
  fixed_asset_investment = fixed_asset_investment * 100;
UPDATE leads SET estimated_investment = estimated_investment * 100;
UPDATE funds_entries SET amount = amount * 100;
UPDATE targets SET
  signed_investment = signed_investment * 100,
  funds_in_place = funds_in_place * 100;
