-- Schema version 7: carriers, dispatch and the monthly bulletin.
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Frozen once released: later changes go into a new numbered file.
--
-- space_needs: a project's need for space that no carrier could meet when
-- the bureau looked ("no fit"), kept so the bureau sees what it lacks; met
-- when the project is placed in a carrier. The indexes serve the dispatch
-- figures at 100,000 projects: funds in place by unit and chain read from
-- an index alone, leads by received date, carriers by kind and last
-- update (partners' latest contact has its index from step 005). IF NOT
-- EXISTS: another step may have made the same index.

CREATE TABLE space_needs (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  created TEXT NOT NULL,
  updated TEXT NOT NULL,
  project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  area INTEGER NOT NULL DEFAULT 0 CHECK (area >= 0),
  date TEXT NOT NULL,
  largest_available INTEGER NOT NULL DEFAULT 0 CHECK (largest_available >= 0),
  met_date TEXT,
  carrier_id INTEGER REFERENCES carriers (id),
  notes TEXT
);
CREATE INDEX space_needs_project_id ON space_needs (project_id);
CREATE INDEX space_needs_carrier_id ON space_needs (carrier_id);
CREATE INDEX space_needs_open ON space_needs (met_date, date);

CREATE INDEX IF NOT EXISTS projects_dispatch ON projects (stage, unit_id, chain_id, funds_in_place);
CREATE INDEX IF NOT EXISTS leads_received_date ON leads (received_date);
CREATE INDEX IF NOT EXISTS carriers_kind ON carriers (kind, available_area);
CREATE INDEX IF NOT EXISTS carriers_last_update ON carriers (last_update);
