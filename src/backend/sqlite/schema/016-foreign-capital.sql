-- Schema version 16: a foreign-invested project's capital in 万美元.
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Frozen once released: later changes go into a new numbered file.
--
-- Contracted foreign capital (合同外资) and foreign capital actually used
-- (实际使用外资), in hundredths of 万美元 as amounts are (step 015), 0 for a
-- project without foreign capital.

ALTER TABLE projects ADD COLUMN contracted_foreign_capital INTEGER NOT NULL DEFAULT 0
  CHECK (contracted_foreign_capital >= 0);
ALTER TABLE projects ADD COLUMN foreign_capital_used INTEGER NOT NULL DEFAULT 0
  CHECK (foreign_capital_used >= 0);
