-- Schema version 10: row ids are never given again.
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Frozen once released: later changes go into a new numbered file.
-- Without AUTOINCREMENT SQLite gives a new row max(id) + 1, so the id of the
-- last record deleted came back for the next one, and whatever still held
-- the old id (a list's cache, an undo, a file written before) showed the
-- deleted record in place of the new one. Every record table is made again
-- with AUTOINCREMENT, keeping its rows and ids, indexes and triggers; the
-- highest id in use becomes the table's sequence. The backend runs this
-- step with foreign keys off (zs-sqlite-backend.c): dropping a table that
-- others refer to must not delete or change their rows. The search indexes
-- refer to rows by id (content_rowid), which is kept.

-- units
CREATE TEMP TABLE zs_rebuild AS SELECT * FROM units;
DROP TABLE units;
CREATE TABLE units (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  uuid TEXT NOT NULL UNIQUE,
  created TEXT NOT NULL,
  updated TEXT NOT NULL,
  name TEXT NOT NULL,
  kind INTEGER NOT NULL DEFAULT 0,
  position INTEGER NOT NULL DEFAULT 0 CHECK (position >= 0)
);
INSERT INTO units SELECT * FROM zs_rebuild;
DROP TABLE zs_rebuild;

-- people
CREATE TEMP TABLE zs_rebuild AS SELECT * FROM people;
DROP TABLE people;
CREATE TABLE people (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  uuid TEXT NOT NULL UNIQUE,
  created TEXT NOT NULL,
  updated TEXT NOT NULL,
  name TEXT NOT NULL,
  unit_id INTEGER REFERENCES units (id),
  title TEXT,
  phone TEXT,
  active INTEGER NOT NULL DEFAULT 0
);
INSERT INTO people SELECT * FROM zs_rebuild;
DROP TABLE zs_rebuild;
CREATE INDEX people_unit_id ON people (unit_id);

-- targets
CREATE TEMP TABLE zs_rebuild AS SELECT * FROM targets;
DROP TABLE targets;
CREATE TABLE targets (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  uuid TEXT NOT NULL UNIQUE,
  created TEXT NOT NULL,
  updated TEXT NOT NULL,
  unit_id INTEGER NOT NULL REFERENCES units (id) ON DELETE CASCADE,
  year INTEGER NOT NULL DEFAULT 0 CHECK (year >= 0),
  leads INTEGER NOT NULL DEFAULT 0 CHECK (leads >= 0),
  signed_count INTEGER NOT NULL DEFAULT 0 CHECK (signed_count >= 0),
  signed_investment INTEGER NOT NULL DEFAULT 0 CHECK (signed_investment >= 0),
  registered_count INTEGER NOT NULL DEFAULT 0 CHECK (registered_count >= 0),
  started_count INTEGER NOT NULL DEFAULT 0 CHECK (started_count >= 0),
  production_count INTEGER NOT NULL DEFAULT 0 CHECK (production_count >= 0),
  funds_in_place INTEGER NOT NULL DEFAULT 0 CHECK (funds_in_place >= 0)
);
INSERT INTO targets SELECT * FROM zs_rebuild;
DROP TABLE zs_rebuild;
CREATE INDEX targets_unit_id ON targets (unit_id);
CREATE UNIQUE INDEX targets_unit_year ON targets (unit_id, year);

-- chain_groups
CREATE TEMP TABLE zs_rebuild AS SELECT * FROM chain_groups;
DROP TABLE chain_groups;
CREATE TABLE chain_groups (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  uuid TEXT NOT NULL UNIQUE,
  created TEXT NOT NULL,
  updated TEXT NOT NULL,
  name TEXT NOT NULL,
  kind INTEGER NOT NULL DEFAULT 0,
  policy_size INTEGER NOT NULL DEFAULT 0 CHECK (policy_size >= 0),
  position INTEGER NOT NULL DEFAULT 0 CHECK (position >= 0)
);
INSERT INTO chain_groups SELECT * FROM zs_rebuild;
DROP TABLE zs_rebuild;

-- chains
CREATE TEMP TABLE zs_rebuild AS SELECT * FROM chains;
DROP TABLE chains;
CREATE TABLE chains (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  uuid TEXT NOT NULL UNIQUE,
  created TEXT NOT NULL,
  updated TEXT NOT NULL,
  group_id INTEGER NOT NULL REFERENCES chain_groups (id) ON DELETE CASCADE,
  position INTEGER NOT NULL DEFAULT 0 CHECK (position >= 0),
  name TEXT NOT NULL,
  verified INTEGER NOT NULL DEFAULT 0,
  source TEXT,
  chain_leader TEXT,
  convener TEXT,
  lead_department TEXT,
  plan TEXT,
  industry_map TEXT,
  action_plan TEXT,
  policies TEXT
);
INSERT INTO chains SELECT * FROM zs_rebuild;
DROP TABLE zs_rebuild;
CREATE INDEX chains_group_id ON chains (group_id);

-- segments
CREATE TEMP TABLE zs_rebuild AS SELECT * FROM segments;
DROP TABLE segments;
CREATE TABLE segments (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  uuid TEXT NOT NULL UNIQUE,
  created TEXT NOT NULL,
  updated TEXT NOT NULL,
  chain_id INTEGER NOT NULL REFERENCES chains (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  position INTEGER NOT NULL DEFAULT 0 CHECK (position >= 0),
  gap_kind INTEGER NOT NULL DEFAULT 0,
  notes TEXT
);
INSERT INTO segments SELECT * FROM zs_rebuild;
DROP TABLE zs_rebuild;
CREATE INDEX segments_chain_id ON segments (chain_id);

-- enterprises
CREATE TEMP TABLE zs_rebuild AS SELECT * FROM enterprises;
DROP TABLE enterprises;
CREATE TABLE enterprises (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  uuid TEXT NOT NULL UNIQUE,
  created TEXT NOT NULL,
  updated TEXT NOT NULL,
  name TEXT NOT NULL,
  chain_id INTEGER REFERENCES chains (id),
  segment_id INTEGER REFERENCES segments (id),
  role INTEGER NOT NULL DEFAULT 0,
  location TEXT,
  contact_status INTEGER NOT NULL DEFAULT 0,
  last_contact_date TEXT,
  person_id INTEGER REFERENCES people (id),
  next_step TEXT,
  notes TEXT
);
INSERT INTO enterprises SELECT * FROM zs_rebuild;
DROP TABLE zs_rebuild;
CREATE INDEX enterprises_chain_id ON enterprises (chain_id);
CREATE INDEX enterprises_segment_id ON enterprises (segment_id);
CREATE INDEX enterprises_person_id ON enterprises (person_id);
CREATE TRIGGER enterprises_fts_insert AFTER INSERT ON enterprises BEGIN
  INSERT INTO enterprises_fts (rowid, name, location, next_step, notes)
    VALUES (new.id, new.name, new.location, new.next_step, new.notes);
END;
CREATE TRIGGER enterprises_fts_delete AFTER DELETE ON enterprises BEGIN
  INSERT INTO enterprises_fts (enterprises_fts, rowid, name, location, next_step, notes)
    VALUES ('delete', old.id, old.name, old.location, old.next_step, old.notes);
END;
CREATE TRIGGER enterprises_fts_update AFTER UPDATE OF name, location, next_step, notes ON enterprises BEGIN
  INSERT INTO enterprises_fts (enterprises_fts, rowid, name, location, next_step, notes)
    VALUES ('delete', old.id, old.name, old.location, old.next_step, old.notes);
  INSERT INTO enterprises_fts (rowid, name, location, next_step, notes)
    VALUES (new.id, new.name, new.location, new.next_step, new.notes);
END;

-- partners
CREATE TEMP TABLE zs_rebuild AS SELECT * FROM partners;
DROP TABLE partners;
CREATE TABLE partners (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  uuid TEXT NOT NULL UNIQUE,
  created TEXT NOT NULL,
  updated TEXT NOT NULL,
  name TEXT NOT NULL,
  kind INTEGER NOT NULL DEFAULT 0,
  organisation TEXT,
  title TEXT,
  city TEXT,
  native_place TEXT,
  phone TEXT,
  email TEXT,
  wechat TEXT,
  appointed_date TEXT,
  person_id INTEGER REFERENCES people (id),
  notes TEXT
);
INSERT INTO partners SELECT * FROM zs_rebuild;
DROP TABLE zs_rebuild;
CREATE INDEX partners_person_id ON partners (person_id);
CREATE INDEX partners_kind_name ON partners (kind, name);
CREATE INDEX partners_name ON partners (name);
CREATE TRIGGER partners_fts_insert AFTER INSERT ON partners BEGIN
  INSERT INTO partners_fts (rowid, name, organisation, city, native_place)
    VALUES (new.id, new.name, new.organisation, new.city, new.native_place);
END;
CREATE TRIGGER partners_fts_delete AFTER DELETE ON partners BEGIN
  INSERT INTO partners_fts (partners_fts, rowid, name, organisation, city, native_place)
    VALUES ('delete', old.id, old.name, old.organisation, old.city, old.native_place);
END;
CREATE TRIGGER partners_fts_update AFTER UPDATE OF name, organisation, city, native_place ON partners BEGIN
  INSERT INTO partners_fts (partners_fts, rowid, name, organisation, city, native_place)
    VALUES ('delete', old.id, old.name, old.organisation, old.city, old.native_place);
  INSERT INTO partners_fts (rowid, name, organisation, city, native_place)
    VALUES (new.id, new.name, new.organisation, new.city, new.native_place);
END;

-- contact_logs
CREATE TEMP TABLE zs_rebuild AS SELECT * FROM contact_logs;
DROP TABLE contact_logs;
CREATE TABLE contact_logs (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  uuid TEXT NOT NULL UNIQUE,
  created TEXT NOT NULL,
  updated TEXT NOT NULL,
  partner_id INTEGER REFERENCES partners (id) ON DELETE CASCADE,
  enterprise_id INTEGER REFERENCES enterprises (id) ON DELETE CASCADE,
  date TEXT NOT NULL,
  channel INTEGER NOT NULL DEFAULT 0,
  person_id INTEGER REFERENCES people (id),
  notes TEXT,
  follow_up_date TEXT
);
INSERT INTO contact_logs SELECT * FROM zs_rebuild;
DROP TABLE zs_rebuild;
CREATE INDEX contact_logs_enterprise_id ON contact_logs (enterprise_id);
CREATE INDEX contact_logs_person_id ON contact_logs (person_id);
CREATE INDEX contact_logs_partner_date ON contact_logs (partner_id, date);
CREATE INDEX contact_logs_date ON contact_logs (date, partner_id);

-- activities
CREATE TEMP TABLE zs_rebuild AS SELECT * FROM activities;
DROP TABLE activities;
CREATE TABLE activities (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  uuid TEXT NOT NULL UNIQUE,
  created TEXT NOT NULL,
  updated TEXT NOT NULL,
  name TEXT NOT NULL,
  kind INTEGER NOT NULL DEFAULT 0,
  start_date TEXT NOT NULL,
  end_date TEXT,
  cities TEXT,
  leading_official TEXT,
  participants TEXT,
  unit_id INTEGER REFERENCES units (id),
  enterprises_visited INTEGER NOT NULL DEFAULT 0 CHECK (enterprises_visited >= 0),
  summary TEXT
);
INSERT INTO activities SELECT * FROM zs_rebuild;
DROP TABLE zs_rebuild;
CREATE INDEX activities_unit_id ON activities (unit_id);
CREATE INDEX activities_start_date ON activities (start_date, kind);

-- leads
CREATE TEMP TABLE zs_rebuild AS SELECT * FROM leads;
DROP TABLE leads;
CREATE TABLE leads (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  uuid TEXT NOT NULL UNIQUE,
  created TEXT NOT NULL,
  updated TEXT NOT NULL,
  name TEXT NOT NULL,
  company TEXT,
  partner_id INTEGER REFERENCES partners (id),
  received_date TEXT NOT NULL,
  chain_id INTEGER REFERENCES chains (id),
  estimated_investment INTEGER NOT NULL DEFAULT 0 CHECK (estimated_investment >= 0),
  description TEXT,
  status INTEGER NOT NULL DEFAULT 0,
  unit_id INTEGER REFERENCES units (id),
  person_id INTEGER REFERENCES people (id),
  enterprise_id INTEGER REFERENCES enterprises (id),
  respond_due TEXT,
  assess_due TEXT,
  feedback_due TEXT,
  responded_date TEXT,
  assessed_date TEXT,
  fed_back_date TEXT,
  drop_reason TEXT
);
INSERT INTO leads SELECT * FROM zs_rebuild;
DROP TABLE zs_rebuild;
CREATE INDEX leads_chain_id ON leads (chain_id);
CREATE INDEX leads_unit_id ON leads (unit_id);
CREATE INDEX leads_person_id ON leads (person_id);
CREATE INDEX leads_enterprise_id ON leads (enterprise_id);
CREATE INDEX leads_status ON leads (status, received_date);
CREATE INDEX leads_partner_status ON leads (partner_id, status);
CREATE INDEX leads_received_date ON leads (received_date);
CREATE TRIGGER leads_fts_insert AFTER INSERT ON leads BEGIN
  INSERT INTO leads_fts (rowid, name, company, description)
    VALUES (new.id, new.name, new.company, new.description);
END;
CREATE TRIGGER leads_fts_delete AFTER DELETE ON leads BEGIN
  INSERT INTO leads_fts (leads_fts, rowid, name, company, description)
    VALUES ('delete', old.id, old.name, old.company, old.description);
END;
CREATE TRIGGER leads_fts_update AFTER UPDATE OF name, company, description ON leads BEGIN
  INSERT INTO leads_fts (leads_fts, rowid, name, company, description)
    VALUES ('delete', old.id, old.name, old.company, old.description);
  INSERT INTO leads_fts (rowid, name, company, description)
    VALUES (new.id, new.name, new.company, new.description);
END;

-- carriers
CREATE TEMP TABLE zs_rebuild AS SELECT * FROM carriers;
DROP TABLE carriers;
CREATE TABLE carriers (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  uuid TEXT NOT NULL UNIQUE,
  created TEXT NOT NULL,
  updated TEXT NOT NULL,
  name TEXT NOT NULL,
  kind INTEGER NOT NULL DEFAULT 0,
  location TEXT,
  unit_id INTEGER REFERENCES units (id),
  total_area INTEGER NOT NULL DEFAULT 0 CHECK (total_area >= 0),
  available_area INTEGER NOT NULL DEFAULT 0 CHECK (available_area >= 0),
  floors INTEGER NOT NULL DEFAULT 0 CHECK (floors >= 0),
  height REAL NOT NULL DEFAULT 0 CHECK (height >= 0),
  floor_load REAL NOT NULL DEFAULT 0 CHECK (floor_load >= 0),
  price TEXT,
  person_id INTEGER REFERENCES people (id),
  last_update TEXT,
  notes TEXT
);
INSERT INTO carriers SELECT * FROM zs_rebuild;
DROP TABLE zs_rebuild;
CREATE INDEX carriers_unit_id ON carriers (unit_id);
CREATE INDEX carriers_person_id ON carriers (person_id);
CREATE INDEX carriers_kind ON carriers (kind, available_area);
CREATE INDEX carriers_last_update ON carriers (last_update);

-- projects
CREATE TEMP TABLE zs_rebuild AS SELECT * FROM projects;
DROP TABLE projects;
CREATE TABLE projects (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  uuid TEXT NOT NULL UNIQUE,
  created TEXT NOT NULL,
  updated TEXT NOT NULL,
  name TEXT NOT NULL,
  investor TEXT,
  origin_kind INTEGER NOT NULL DEFAULT 0,
  origin_city TEXT,
  origin_province TEXT,
  origin_country TEXT,
  chain_id INTEGER REFERENCES chains (id),
  segment_id INTEGER REFERENCES segments (id),
  unit_id INTEGER REFERENCES units (id),
  person_id INTEGER REFERENCES people (id),
  stage INTEGER NOT NULL DEFAULT 0,
  stage_since TEXT,
  grade INTEGER NOT NULL DEFAULT 0,
  key_project INTEGER NOT NULL DEFAULT 0,
  planned_investment INTEGER NOT NULL DEFAULT 0 CHECK (planned_investment >= 0),
  contract_amount INTEGER NOT NULL DEFAULT 0 CHECK (contract_amount >= 0),
  funds_in_place INTEGER NOT NULL DEFAULT 0 CHECK (funds_in_place >= 0),
  fixed_asset_investment INTEGER NOT NULL DEFAULT 0 CHECK (fixed_asset_investment >= 0),
  expected_jobs INTEGER NOT NULL DEFAULT 0 CHECK (expected_jobs >= 0),
  land REAL NOT NULL DEFAULT 0 CHECK (land >= 0),
  carrier_id INTEGER REFERENCES carriers (id),
  enterprise_id INTEGER REFERENCES enterprises (id),
  partner_id INTEGER REFERENCES partners (id),
  lead_id INTEGER REFERENCES leads (id),
  activity_id INTEGER REFERENCES activities (id),
  first_contact_date TEXT,
  signing_date TEXT,
  registration_date TEXT,
  start_date TEXT,
  production_date TEXT,
  notes TEXT
);
INSERT INTO projects SELECT * FROM zs_rebuild;
DROP TABLE zs_rebuild;
CREATE INDEX projects_chain_id ON projects (chain_id);
CREATE INDEX projects_segment_id ON projects (segment_id);
CREATE INDEX projects_unit_id ON projects (unit_id);
CREATE INDEX projects_person_id ON projects (person_id);
CREATE INDEX projects_carrier_id ON projects (carrier_id);
CREATE INDEX projects_enterprise_id ON projects (enterprise_id);
CREATE INDEX projects_partner_id ON projects (partner_id);
CREATE INDEX projects_lead_id ON projects (lead_id);
CREATE INDEX projects_activity_id ON projects (activity_id);
CREATE INDEX projects_grade ON projects (grade);
CREATE INDEX projects_board ON projects (stage, grade DESC, stage_since, id, planned_investment);
CREATE INDEX projects_map ON projects (chain_id, stage, unit_id, planned_investment, funds_in_place);
CREATE INDEX projects_dispatch ON projects (stage, unit_id, chain_id, funds_in_place);
CREATE TRIGGER projects_fts_insert AFTER INSERT ON projects BEGIN
  INSERT INTO projects_fts (rowid, name, investor, notes)
    VALUES (new.id, new.name, new.investor, new.notes);
END;
CREATE TRIGGER projects_fts_delete AFTER DELETE ON projects BEGIN
  INSERT INTO projects_fts (projects_fts, rowid, name, investor, notes)
    VALUES ('delete', old.id, old.name, old.investor, old.notes);
END;
CREATE TRIGGER projects_fts_update AFTER UPDATE OF name, investor, notes ON projects BEGIN
  INSERT INTO projects_fts (projects_fts, rowid, name, investor, notes)
    VALUES ('delete', old.id, old.name, old.investor, old.notes);
  INSERT INTO projects_fts (rowid, name, investor, notes)
    VALUES (new.id, new.name, new.investor, new.notes);
END;

-- activity_links
CREATE TEMP TABLE zs_rebuild AS SELECT * FROM activity_links;
DROP TABLE activity_links;
CREATE TABLE activity_links (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  uuid TEXT NOT NULL UNIQUE,
  created TEXT NOT NULL,
  updated TEXT NOT NULL,
  activity_id INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
  enterprise_id INTEGER REFERENCES enterprises (id) ON DELETE CASCADE,
  lead_id INTEGER REFERENCES leads (id) ON DELETE CASCADE,
  project_id INTEGER REFERENCES projects (id) ON DELETE CASCADE,
  note TEXT
);
INSERT INTO activity_links SELECT * FROM zs_rebuild;
DROP TABLE zs_rebuild;
CREATE INDEX activity_links_activity_id ON activity_links (activity_id);
CREATE INDEX activity_links_enterprise_id ON activity_links (enterprise_id);
CREATE INDEX activity_links_lead_id ON activity_links (lead_id);
CREATE INDEX activity_links_project_id ON activity_links (project_id);

-- stage_events
CREATE TEMP TABLE zs_rebuild AS SELECT * FROM stage_events;
DROP TABLE stage_events;
CREATE TABLE stage_events (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  uuid TEXT NOT NULL UNIQUE,
  created TEXT NOT NULL,
  updated TEXT NOT NULL,
  project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  from_stage INTEGER NOT NULL DEFAULT 0,
  to_stage INTEGER NOT NULL DEFAULT 0,
  date TEXT NOT NULL,
  note TEXT
);
INSERT INTO stage_events SELECT * FROM zs_rebuild;
DROP TABLE zs_rebuild;
CREATE INDEX stage_events_project_id ON stage_events (project_id);
CREATE INDEX stage_events_date ON stage_events (date, to_stage);
CREATE INDEX stage_events_period ON stage_events (date, project_id);
CREATE INDEX stage_events_stage ON stage_events (to_stage, date, project_id);

-- obstacles
CREATE TEMP TABLE zs_rebuild AS SELECT * FROM obstacles;
DROP TABLE obstacles;
CREATE TABLE obstacles (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  uuid TEXT NOT NULL UNIQUE,
  created TEXT NOT NULL,
  updated TEXT NOT NULL,
  project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  description TEXT NOT NULL,
  measure TEXT,
  state INTEGER NOT NULL DEFAULT 0,
  person_id INTEGER REFERENCES people (id),
  due_date TEXT,
  resolved_date TEXT
);
INSERT INTO obstacles SELECT * FROM zs_rebuild;
DROP TABLE zs_rebuild;
CREATE INDEX obstacles_project_id ON obstacles (project_id);
CREATE INDEX obstacles_person_id ON obstacles (person_id);

-- update_logs
CREATE TEMP TABLE zs_rebuild AS SELECT * FROM update_logs;
DROP TABLE update_logs;
CREATE TABLE update_logs (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  uuid TEXT NOT NULL UNIQUE,
  created TEXT NOT NULL,
  updated TEXT NOT NULL,
  project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  date TEXT NOT NULL,
  author TEXT,
  text TEXT NOT NULL
);
INSERT INTO update_logs SELECT * FROM zs_rebuild;
DROP TABLE zs_rebuild;
CREATE INDEX update_logs_project_id ON update_logs (project_id);

-- space_needs
CREATE TEMP TABLE zs_rebuild AS SELECT * FROM space_needs;
DROP TABLE space_needs;
CREATE TABLE space_needs (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
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
INSERT INTO space_needs SELECT * FROM zs_rebuild;
DROP TABLE zs_rebuild;
CREATE INDEX space_needs_project_id ON space_needs (project_id);
CREATE INDEX space_needs_carrier_id ON space_needs (carrier_id);
CREATE INDEX space_needs_open ON space_needs (met_date, date);

-- funds_entries
CREATE TEMP TABLE zs_rebuild AS SELECT * FROM funds_entries;
DROP TABLE funds_entries;
CREATE TABLE funds_entries (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  uuid TEXT NOT NULL UNIQUE,
  created TEXT NOT NULL,
  updated TEXT NOT NULL,
  project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  date TEXT NOT NULL,
  amount INTEGER NOT NULL CHECK (amount <> 0),
  note TEXT
);
INSERT INTO funds_entries SELECT * FROM zs_rebuild;
DROP TABLE zs_rebuild;
CREATE INDEX funds_entries_project_id ON funds_entries (project_id, amount);
CREATE INDEX funds_entries_date ON funds_entries (date, project_id, amount);
