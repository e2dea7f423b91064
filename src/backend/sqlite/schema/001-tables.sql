-- Schema version 1: one table per record type.
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Frozen once released: later changes go into a new numbered file.
-- Every row has an integer key for joins and a UUID for exchange; created and
-- updated are UTC ISO 8601; dates are ISO YYYY-MM-DD; amounts integer 万元.

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE units (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  created TEXT NOT NULL,
  updated TEXT NOT NULL,
  name TEXT NOT NULL,
  kind INTEGER NOT NULL DEFAULT 0,
  position INTEGER NOT NULL DEFAULT 0 CHECK (position >= 0)
);
CREATE TABLE people (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  created TEXT NOT NULL,
  updated TEXT NOT NULL,
  name TEXT NOT NULL,
  unit_id INTEGER REFERENCES units (id),
  title TEXT,
  phone TEXT,
  active INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX people_unit_id ON people (unit_id);
CREATE TABLE targets (
  id INTEGER PRIMARY KEY,
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
CREATE INDEX targets_unit_id ON targets (unit_id);
CREATE TABLE chain_groups (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  created TEXT NOT NULL,
  updated TEXT NOT NULL,
  name TEXT NOT NULL,
  kind INTEGER NOT NULL DEFAULT 0,
  policy_size INTEGER NOT NULL DEFAULT 0 CHECK (policy_size >= 0),
  position INTEGER NOT NULL DEFAULT 0 CHECK (position >= 0)
);
CREATE TABLE chains (
  id INTEGER PRIMARY KEY,
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
CREATE INDEX chains_group_id ON chains (group_id);
CREATE TABLE segments (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  created TEXT NOT NULL,
  updated TEXT NOT NULL,
  chain_id INTEGER NOT NULL REFERENCES chains (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  position INTEGER NOT NULL DEFAULT 0 CHECK (position >= 0),
  gap_kind INTEGER NOT NULL DEFAULT 0,
  notes TEXT
);
CREATE INDEX segments_chain_id ON segments (chain_id);
CREATE TABLE enterprises (
  id INTEGER PRIMARY KEY,
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
CREATE INDEX enterprises_chain_id ON enterprises (chain_id);
CREATE INDEX enterprises_segment_id ON enterprises (segment_id);
CREATE INDEX enterprises_person_id ON enterprises (person_id);
CREATE TABLE partners (
  id INTEGER PRIMARY KEY,
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
CREATE INDEX partners_person_id ON partners (person_id);
CREATE TABLE contact_logs (
  id INTEGER PRIMARY KEY,
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
CREATE INDEX contact_logs_partner_id ON contact_logs (partner_id);
CREATE INDEX contact_logs_enterprise_id ON contact_logs (enterprise_id);
CREATE INDEX contact_logs_person_id ON contact_logs (person_id);
CREATE TABLE activities (
  id INTEGER PRIMARY KEY,
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
CREATE INDEX activities_unit_id ON activities (unit_id);
CREATE TABLE leads (
  id INTEGER PRIMARY KEY,
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
CREATE INDEX leads_partner_id ON leads (partner_id);
CREATE INDEX leads_chain_id ON leads (chain_id);
CREATE INDEX leads_unit_id ON leads (unit_id);
CREATE INDEX leads_person_id ON leads (person_id);
CREATE INDEX leads_enterprise_id ON leads (enterprise_id);
CREATE TABLE carriers (
  id INTEGER PRIMARY KEY,
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
CREATE INDEX carriers_unit_id ON carriers (unit_id);
CREATE INDEX carriers_person_id ON carriers (person_id);
CREATE TABLE projects (
  id INTEGER PRIMARY KEY,
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
CREATE INDEX projects_chain_id ON projects (chain_id);
CREATE INDEX projects_segment_id ON projects (segment_id);
CREATE INDEX projects_unit_id ON projects (unit_id);
CREATE INDEX projects_person_id ON projects (person_id);
CREATE INDEX projects_carrier_id ON projects (carrier_id);
CREATE INDEX projects_enterprise_id ON projects (enterprise_id);
CREATE INDEX projects_partner_id ON projects (partner_id);
CREATE INDEX projects_lead_id ON projects (lead_id);
CREATE INDEX projects_activity_id ON projects (activity_id);
CREATE TABLE activity_links (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  created TEXT NOT NULL,
  updated TEXT NOT NULL,
  activity_id INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
  enterprise_id INTEGER REFERENCES enterprises (id) ON DELETE CASCADE,
  lead_id INTEGER REFERENCES leads (id) ON DELETE CASCADE,
  project_id INTEGER REFERENCES projects (id) ON DELETE CASCADE,
  note TEXT
);
CREATE INDEX activity_links_activity_id ON activity_links (activity_id);
CREATE INDEX activity_links_enterprise_id ON activity_links (enterprise_id);
CREATE INDEX activity_links_lead_id ON activity_links (lead_id);
CREATE INDEX activity_links_project_id ON activity_links (project_id);
CREATE TABLE stage_events (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  created TEXT NOT NULL,
  updated TEXT NOT NULL,
  project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  from_stage INTEGER NOT NULL DEFAULT 0,
  to_stage INTEGER NOT NULL DEFAULT 0,
  date TEXT NOT NULL,
  note TEXT
);
CREATE INDEX stage_events_project_id ON stage_events (project_id);
CREATE TABLE obstacles (
  id INTEGER PRIMARY KEY,
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
CREATE INDEX obstacles_project_id ON obstacles (project_id);
CREATE INDEX obstacles_person_id ON obstacles (person_id);
CREATE TABLE update_logs (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  created TEXT NOT NULL,
  updated TEXT NOT NULL,
  project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  date TEXT NOT NULL,
  author TEXT,
  text TEXT NOT NULL
);
CREATE INDEX update_logs_project_id ON update_logs (project_id);

CREATE UNIQUE INDEX targets_unit_year ON targets (unit_id, year);
CREATE INDEX projects_stage ON projects (stage, stage_since);
CREATE INDEX projects_grade ON projects (grade);
CREATE INDEX stage_events_date ON stage_events (date, to_stage);
CREATE INDEX leads_status ON leads (status, received_date);
