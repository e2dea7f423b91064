-- Schema version 14 on PostgreSQL: the baseline, equal to SQLite's
-- schema/001 … 014 taken together.
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Frozen once released: later changes go into a new numbered file
-- (015-<name>.sql, the same step as SQLite's of that number).
--
-- The tables, columns and indexes are SQLite's, in PostgreSQL's types:
-- integers bigint (ids, amounts in 万元, enums, booleans as 0/1, as on
-- SQLite), reals double precision, blobs bytea. Every text column sorts
-- and compares by its bytes (COLLATE "C"), as SQLite's BINARY collation
-- does, so that a ZsQuery orders and compares alike on both engines,
-- whatever locale the server was made with. Ids are never given again:
-- a sequence per table, as SQLite's AUTOINCREMENT (schema/010).
--
-- Searching (zs-pg-query.c): pg_trgm answers terms of three characters and
-- more (a trigram index on each searchable table's text), and an array of
-- the text's single characters and pairs of characters, GIN-indexed,
-- answers one- and two-character Chinese terms, which trigrams cannot.
--
-- Live refresh: every change to a table sends NOTIFY zs_changes with the
-- table's name at commit (one per table and transaction), which every
-- connected window LISTENs to (zs-pg-notify.c).

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- The schema's version, which SQLite keeps in PRAGMA user_version.
CREATE TABLE zs_schema (
  version integer NOT NULL
);
INSERT INTO zs_schema (version) VALUES (14);

CREATE TABLE settings (
  key text COLLATE "C" PRIMARY KEY,
  value text COLLATE "C" NOT NULL
);
CREATE TABLE import_marks (
  record_table text COLLATE "C" NOT NULL,
  record_uuid text COLLATE "C" NOT NULL,
  updated text COLLATE "C" NOT NULL,
  PRIMARY KEY (record_table, record_uuid)
);
CREATE TABLE units (
  id bigserial PRIMARY KEY,
  uuid text COLLATE "C" NOT NULL UNIQUE,
  created text COLLATE "C" NOT NULL,
  updated text COLLATE "C" NOT NULL,
  name text COLLATE "C" NOT NULL,
  kind bigint NOT NULL DEFAULT 0,
  position bigint NOT NULL DEFAULT 0 CHECK (position >= 0),
  version bigint NOT NULL DEFAULT 1,
  retired bigint NOT NULL DEFAULT 0
);
CREATE TABLE people (
  id bigserial PRIMARY KEY,
  uuid text COLLATE "C" NOT NULL UNIQUE,
  created text COLLATE "C" NOT NULL,
  updated text COLLATE "C" NOT NULL,
  name text COLLATE "C" NOT NULL,
  unit_id bigint REFERENCES units (id),
  title text COLLATE "C",
  phone text COLLATE "C",
  active bigint NOT NULL DEFAULT 0,
  version bigint NOT NULL DEFAULT 1
);
CREATE INDEX people_unit_id ON people (unit_id);
CREATE TABLE targets (
  id bigserial PRIMARY KEY,
  uuid text COLLATE "C" NOT NULL UNIQUE,
  created text COLLATE "C" NOT NULL,
  updated text COLLATE "C" NOT NULL,
  unit_id bigint NOT NULL REFERENCES units (id) ON DELETE CASCADE,
  year bigint NOT NULL DEFAULT 0 CHECK (year >= 0),
  leads bigint NOT NULL DEFAULT 0 CHECK (leads >= 0),
  signed_count bigint NOT NULL DEFAULT 0 CHECK (signed_count >= 0),
  signed_investment bigint NOT NULL DEFAULT 0 CHECK (signed_investment >= 0),
  registered_count bigint NOT NULL DEFAULT 0 CHECK (registered_count >= 0),
  started_count bigint NOT NULL DEFAULT 0 CHECK (started_count >= 0),
  production_count bigint NOT NULL DEFAULT 0 CHECK (production_count >= 0),
  funds_in_place bigint NOT NULL DEFAULT 0 CHECK (funds_in_place >= 0),
  version bigint NOT NULL DEFAULT 1
);
CREATE INDEX targets_unit_id ON targets (unit_id);
CREATE UNIQUE INDEX targets_unit_year ON targets (unit_id, year);
CREATE TABLE chain_groups (
  id bigserial PRIMARY KEY,
  uuid text COLLATE "C" NOT NULL UNIQUE,
  created text COLLATE "C" NOT NULL,
  updated text COLLATE "C" NOT NULL,
  name text COLLATE "C" NOT NULL,
  kind bigint NOT NULL DEFAULT 0,
  policy_size bigint NOT NULL DEFAULT 0 CHECK (policy_size >= 0),
  position bigint NOT NULL DEFAULT 0 CHECK (position >= 0),
  version bigint NOT NULL DEFAULT 1
);
CREATE TABLE chains (
  id bigserial PRIMARY KEY,
  uuid text COLLATE "C" NOT NULL UNIQUE,
  created text COLLATE "C" NOT NULL,
  updated text COLLATE "C" NOT NULL,
  group_id bigint NOT NULL REFERENCES chain_groups (id) ON DELETE CASCADE,
  position bigint NOT NULL DEFAULT 0 CHECK (position >= 0),
  name text COLLATE "C" NOT NULL,
  verified bigint NOT NULL DEFAULT 0,
  source text COLLATE "C",
  chain_leader text COLLATE "C",
  convener text COLLATE "C",
  lead_department text COLLATE "C",
  plan text COLLATE "C",
  industry_map text COLLATE "C",
  action_plan text COLLATE "C",
  policies text COLLATE "C",
  version bigint NOT NULL DEFAULT 1
);
CREATE INDEX chains_group_id ON chains (group_id);
CREATE TABLE segments (
  id bigserial PRIMARY KEY,
  uuid text COLLATE "C" NOT NULL UNIQUE,
  created text COLLATE "C" NOT NULL,
  updated text COLLATE "C" NOT NULL,
  chain_id bigint NOT NULL REFERENCES chains (id) ON DELETE CASCADE,
  name text COLLATE "C" NOT NULL,
  position bigint NOT NULL DEFAULT 0 CHECK (position >= 0),
  gap_kind bigint NOT NULL DEFAULT 0,
  notes text COLLATE "C",
  version bigint NOT NULL DEFAULT 1
);
CREATE INDEX segments_chain_id ON segments (chain_id);
CREATE TABLE enterprises (
  id bigserial PRIMARY KEY,
  uuid text COLLATE "C" NOT NULL UNIQUE,
  created text COLLATE "C" NOT NULL,
  updated text COLLATE "C" NOT NULL,
  name text COLLATE "C" NOT NULL,
  chain_id bigint REFERENCES chains (id),
  segment_id bigint REFERENCES segments (id),
  role bigint NOT NULL DEFAULT 0,
  location text COLLATE "C",
  contact_status bigint NOT NULL DEFAULT 0,
  last_contact_date text COLLATE "C",
  person_id bigint REFERENCES people (id),
  next_step text COLLATE "C",
  notes text COLLATE "C",
  version bigint NOT NULL DEFAULT 1
);
CREATE INDEX enterprises_chain_id ON enterprises (chain_id);
CREATE INDEX enterprises_segment_id ON enterprises (segment_id);
CREATE INDEX enterprises_person_id ON enterprises (person_id);
CREATE TABLE partners (
  id bigserial PRIMARY KEY,
  uuid text COLLATE "C" NOT NULL UNIQUE,
  created text COLLATE "C" NOT NULL,
  updated text COLLATE "C" NOT NULL,
  name text COLLATE "C" NOT NULL,
  kind bigint NOT NULL DEFAULT 0,
  organisation text COLLATE "C",
  title text COLLATE "C",
  city text COLLATE "C",
  native_place text COLLATE "C",
  phone text COLLATE "C",
  email text COLLATE "C",
  wechat text COLLATE "C",
  appointed_date text COLLATE "C",
  person_id bigint REFERENCES people (id),
  notes text COLLATE "C",
  version bigint NOT NULL DEFAULT 1
);
CREATE INDEX partners_person_id ON partners (person_id);
CREATE INDEX partners_kind_name ON partners (kind, name);
CREATE INDEX partners_name ON partners (name);
CREATE TABLE contact_logs (
  id bigserial PRIMARY KEY,
  uuid text COLLATE "C" NOT NULL UNIQUE,
  created text COLLATE "C" NOT NULL,
  updated text COLLATE "C" NOT NULL,
  partner_id bigint REFERENCES partners (id) ON DELETE CASCADE,
  enterprise_id bigint REFERENCES enterprises (id) ON DELETE CASCADE,
  date text COLLATE "C" NOT NULL,
  channel bigint NOT NULL DEFAULT 0,
  person_id bigint REFERENCES people (id),
  notes text COLLATE "C",
  follow_up_date text COLLATE "C",
  version bigint NOT NULL DEFAULT 1
);
CREATE INDEX contact_logs_enterprise_id ON contact_logs (enterprise_id);
CREATE INDEX contact_logs_person_id ON contact_logs (person_id);
CREATE INDEX contact_logs_partner_date ON contact_logs (partner_id, date);
CREATE INDEX contact_logs_date ON contact_logs (date, partner_id);
CREATE TABLE activities (
  id bigserial PRIMARY KEY,
  uuid text COLLATE "C" NOT NULL UNIQUE,
  created text COLLATE "C" NOT NULL,
  updated text COLLATE "C" NOT NULL,
  name text COLLATE "C" NOT NULL,
  kind bigint NOT NULL DEFAULT 0,
  start_date text COLLATE "C" NOT NULL,
  end_date text COLLATE "C",
  cities text COLLATE "C",
  leading_official text COLLATE "C",
  participants text COLLATE "C",
  unit_id bigint REFERENCES units (id),
  enterprises_visited bigint NOT NULL DEFAULT 0 CHECK (enterprises_visited >= 0),
  summary text COLLATE "C",
  version bigint NOT NULL DEFAULT 1
);
CREATE INDEX activities_unit_id ON activities (unit_id);
CREATE INDEX activities_start_date ON activities (start_date, kind);
CREATE TABLE leads (
  id bigserial PRIMARY KEY,
  uuid text COLLATE "C" NOT NULL UNIQUE,
  created text COLLATE "C" NOT NULL,
  updated text COLLATE "C" NOT NULL,
  name text COLLATE "C" NOT NULL,
  company text COLLATE "C",
  partner_id bigint REFERENCES partners (id),
  received_date text COLLATE "C" NOT NULL,
  chain_id bigint REFERENCES chains (id),
  estimated_investment bigint NOT NULL DEFAULT 0 CHECK (estimated_investment >= 0),
  description text COLLATE "C",
  status bigint NOT NULL DEFAULT 0,
  unit_id bigint REFERENCES units (id),
  person_id bigint REFERENCES people (id),
  enterprise_id bigint REFERENCES enterprises (id),
  respond_due text COLLATE "C",
  assess_due text COLLATE "C",
  feedback_due text COLLATE "C",
  responded_date text COLLATE "C",
  assessed_date text COLLATE "C",
  fed_back_date text COLLATE "C",
  drop_reason text COLLATE "C",
  version bigint NOT NULL DEFAULT 1
);
CREATE INDEX leads_chain_id ON leads (chain_id);
CREATE INDEX leads_unit_id ON leads (unit_id);
CREATE INDEX leads_person_id ON leads (person_id);
CREATE INDEX leads_enterprise_id ON leads (enterprise_id);
CREATE INDEX leads_status ON leads (status, received_date);
CREATE INDEX leads_partner_status ON leads (partner_id, status);
CREATE INDEX leads_received_date ON leads (received_date);
CREATE TABLE carriers (
  id bigserial PRIMARY KEY,
  uuid text COLLATE "C" NOT NULL UNIQUE,
  created text COLLATE "C" NOT NULL,
  updated text COLLATE "C" NOT NULL,
  name text COLLATE "C" NOT NULL,
  kind bigint NOT NULL DEFAULT 0,
  location text COLLATE "C",
  unit_id bigint REFERENCES units (id),
  total_area bigint NOT NULL DEFAULT 0 CHECK (total_area >= 0),
  available_area bigint NOT NULL DEFAULT 0 CHECK (available_area >= 0),
  floors bigint NOT NULL DEFAULT 0 CHECK (floors >= 0),
  height double precision NOT NULL DEFAULT 0 CHECK (height >= 0),
  floor_load double precision NOT NULL DEFAULT 0 CHECK (floor_load >= 0),
  price text COLLATE "C",
  person_id bigint REFERENCES people (id),
  last_update text COLLATE "C",
  notes text COLLATE "C",
  version bigint NOT NULL DEFAULT 1
);
CREATE INDEX carriers_unit_id ON carriers (unit_id);
CREATE INDEX carriers_person_id ON carriers (person_id);
CREATE INDEX carriers_kind ON carriers (kind, available_area);
CREATE INDEX carriers_last_update ON carriers (last_update);
CREATE TABLE projects (
  id bigserial PRIMARY KEY,
  uuid text COLLATE "C" NOT NULL UNIQUE,
  created text COLLATE "C" NOT NULL,
  updated text COLLATE "C" NOT NULL,
  name text COLLATE "C" NOT NULL,
  investor text COLLATE "C",
  origin_kind bigint NOT NULL DEFAULT 0,
  origin_city text COLLATE "C",
  origin_province text COLLATE "C",
  origin_country text COLLATE "C",
  chain_id bigint REFERENCES chains (id),
  segment_id bigint REFERENCES segments (id),
  unit_id bigint REFERENCES units (id),
  person_id bigint REFERENCES people (id),
  stage bigint NOT NULL DEFAULT 0,
  stage_since text COLLATE "C",
  grade bigint NOT NULL DEFAULT 0,
  key_project bigint NOT NULL DEFAULT 0,
  planned_investment bigint NOT NULL DEFAULT 0 CHECK (planned_investment >= 0),
  contract_amount bigint NOT NULL DEFAULT 0 CHECK (contract_amount >= 0),
  funds_in_place bigint NOT NULL DEFAULT 0 CHECK (funds_in_place >= 0),
  fixed_asset_investment bigint NOT NULL DEFAULT 0 CHECK (fixed_asset_investment >= 0),
  expected_jobs bigint NOT NULL DEFAULT 0 CHECK (expected_jobs >= 0),
  land double precision NOT NULL DEFAULT 0 CHECK (land >= 0),
  carrier_id bigint REFERENCES carriers (id),
  enterprise_id bigint REFERENCES enterprises (id),
  partner_id bigint REFERENCES partners (id),
  lead_id bigint REFERENCES leads (id),
  activity_id bigint REFERENCES activities (id),
  first_contact_date text COLLATE "C",
  signing_date text COLLATE "C",
  registration_date text COLLATE "C",
  start_date text COLLATE "C",
  production_date text COLLATE "C",
  notes text COLLATE "C",
  version bigint NOT NULL DEFAULT 1
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
CREATE INDEX projects_grade ON projects (grade);
CREATE INDEX projects_board ON projects (stage, grade DESC, stage_since, id, planned_investment);
CREATE INDEX projects_map ON projects (chain_id, stage, unit_id, planned_investment, funds_in_place);
CREATE INDEX projects_dispatch ON projects (stage, unit_id, chain_id, funds_in_place);
CREATE TABLE activity_links (
  id bigserial PRIMARY KEY,
  uuid text COLLATE "C" NOT NULL UNIQUE,
  created text COLLATE "C" NOT NULL,
  updated text COLLATE "C" NOT NULL,
  activity_id bigint NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
  enterprise_id bigint REFERENCES enterprises (id) ON DELETE CASCADE,
  lead_id bigint REFERENCES leads (id) ON DELETE CASCADE,
  project_id bigint REFERENCES projects (id) ON DELETE CASCADE,
  note text COLLATE "C",
  version bigint NOT NULL DEFAULT 1
);
CREATE INDEX activity_links_activity_id ON activity_links (activity_id);
CREATE INDEX activity_links_enterprise_id ON activity_links (enterprise_id);
CREATE INDEX activity_links_lead_id ON activity_links (lead_id);
CREATE INDEX activity_links_project_id ON activity_links (project_id);
CREATE TABLE stage_events (
  id bigserial PRIMARY KEY,
  uuid text COLLATE "C" NOT NULL UNIQUE,
  created text COLLATE "C" NOT NULL,
  updated text COLLATE "C" NOT NULL,
  project_id bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  from_stage bigint NOT NULL DEFAULT 0,
  to_stage bigint NOT NULL DEFAULT 0,
  date text COLLATE "C" NOT NULL,
  note text COLLATE "C",
  version bigint NOT NULL DEFAULT 1
);
CREATE INDEX stage_events_project_id ON stage_events (project_id);
CREATE INDEX stage_events_date ON stage_events (date, to_stage);
CREATE INDEX stage_events_period ON stage_events (date, project_id);
CREATE INDEX stage_events_stage ON stage_events (to_stage, date, project_id);
CREATE TABLE obstacles (
  id bigserial PRIMARY KEY,
  uuid text COLLATE "C" NOT NULL UNIQUE,
  created text COLLATE "C" NOT NULL,
  updated text COLLATE "C" NOT NULL,
  project_id bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  description text COLLATE "C" NOT NULL,
  measure text COLLATE "C",
  state bigint NOT NULL DEFAULT 0,
  person_id bigint REFERENCES people (id),
  due_date text COLLATE "C",
  resolved_date text COLLATE "C",
  version bigint NOT NULL DEFAULT 1
);
CREATE INDEX obstacles_project_id ON obstacles (project_id);
CREATE INDEX obstacles_person_id ON obstacles (person_id);
CREATE TABLE update_logs (
  id bigserial PRIMARY KEY,
  uuid text COLLATE "C" NOT NULL UNIQUE,
  created text COLLATE "C" NOT NULL,
  updated text COLLATE "C" NOT NULL,
  project_id bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  date text COLLATE "C" NOT NULL,
  author text COLLATE "C",
  text text COLLATE "C" NOT NULL,
  version bigint NOT NULL DEFAULT 1
);
CREATE INDEX update_logs_project_id ON update_logs (project_id);
CREATE TABLE space_needs (
  id bigserial PRIMARY KEY,
  uuid text COLLATE "C" NOT NULL UNIQUE,
  created text COLLATE "C" NOT NULL,
  updated text COLLATE "C" NOT NULL,
  project_id bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  area bigint NOT NULL DEFAULT 0 CHECK (area >= 0),
  date text COLLATE "C" NOT NULL,
  largest_available bigint NOT NULL DEFAULT 0 CHECK (largest_available >= 0),
  met_date text COLLATE "C",
  carrier_id bigint REFERENCES carriers (id),
  notes text COLLATE "C",
  version bigint NOT NULL DEFAULT 1
);
CREATE INDEX space_needs_project_id ON space_needs (project_id);
CREATE INDEX space_needs_carrier_id ON space_needs (carrier_id);
CREATE INDEX space_needs_open ON space_needs (met_date, date);
CREATE TABLE funds_entries (
  id bigserial PRIMARY KEY,
  uuid text COLLATE "C" NOT NULL UNIQUE,
  created text COLLATE "C" NOT NULL,
  updated text COLLATE "C" NOT NULL,
  project_id bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  date text COLLATE "C" NOT NULL,
  amount bigint NOT NULL CHECK (amount <> 0),
  note text COLLATE "C",
  version bigint NOT NULL DEFAULT 1
);
CREATE INDEX funds_entries_project_id ON funds_entries (project_id, amount);
CREATE INDEX funds_entries_date ON funds_entries (date, project_id, amount);
CREATE TABLE trash (
  id bigserial PRIMARY KEY,
  record_type text COLLATE "C" NOT NULL,
  record_id bigint NOT NULL,
  title text COLLATE "C" NOT NULL,
  deleted_at text COLLATE "C" NOT NULL,
  deleted_by text COLLATE "C",
  n_records bigint NOT NULL CHECK (n_records >= 1),
  data bytea NOT NULL
);
CREATE INDEX trash_deleted_at ON trash (deleted_at);
CREATE TABLE history (
  id          bigserial PRIMARY KEY,
  at          text COLLATE "C" NOT NULL,           -- UTC, "2026-12-06T02:38:30Z"
  who         text COLLATE "C" NOT NULL,
  action      text COLLATE "C" NOT NULL,           -- create, edit, delete, restore, import
  record_type text COLLATE "C",                    -- the record's element ("project"); NULL for an import
  record_id   bigint,
  record_uuid text COLLATE "C",
  title       text COLLATE "C",                    -- the record's title, an import's file name
  field       text COLLATE "C",                    -- the field's name, for an edit
  old_value   text COLLATE "C",
  new_value   text COLLATE "C"                     -- an import's counts
);
CREATE INDEX history_record ON history (record_type, record_id, at);
CREATE INDEX history_who ON history (who, at);
CREATE INDEX history_type ON history (record_type, at);
CREATE INDEX history_at ON history (at);

-- ---- searching ------------------------------------------------------------

-- The single characters and the pairs of characters of @t, lower-cased
-- (ASCII only, as SQLite's LIKE): a two-character term is found through
-- the GIN index of this array, then checked per column.
CREATE FUNCTION zs_grams (t text) RETURNS text[]
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
  SELECT coalesce (array_agg (DISTINCT g), '{}')
  FROM (SELECT substr (lower (t), i, 1) AS g FROM generate_series (1, length (t)) AS i
        UNION ALL
        SELECT substr (lower (t), i, 2) FROM generate_series (1, length (t) - 1) AS i) AS grams
$$;

-- Each searchable table's text, its columns one per line: the indexed
-- expression, which zs-pg-query.c writes the same way.
CREATE INDEX projects_search_trgm ON projects USING gin
  ((coalesce (name, '') || E'\n' || coalesce (investor, '') || E'\n' || coalesce (notes, '')) gin_trgm_ops);
CREATE INDEX projects_search_grams ON projects USING gin
  (zs_grams (coalesce (name, '') || E'\n' || coalesce (investor, '') || E'\n' || coalesce (notes, '')));
CREATE INDEX partners_search_trgm ON partners USING gin
  ((coalesce (name, '') || E'\n' || coalesce (organisation, '') || E'\n' || coalesce (city, '') || E'\n' || coalesce (native_place, '')) gin_trgm_ops);
CREATE INDEX partners_search_grams ON partners USING gin
  (zs_grams (coalesce (name, '') || E'\n' || coalesce (organisation, '') || E'\n' || coalesce (city, '') || E'\n' || coalesce (native_place, '')));
CREATE INDEX enterprises_search_trgm ON enterprises USING gin
  ((coalesce (name, '') || E'\n' || coalesce (location, '') || E'\n' || coalesce (next_step, '') || E'\n' || coalesce (notes, '')) gin_trgm_ops);
CREATE INDEX enterprises_search_grams ON enterprises USING gin
  (zs_grams (coalesce (name, '') || E'\n' || coalesce (location, '') || E'\n' || coalesce (next_step, '') || E'\n' || coalesce (notes, '')));
CREATE INDEX leads_search_trgm ON leads USING gin
  ((coalesce (name, '') || E'\n' || coalesce (company, '') || E'\n' || coalesce (description, '')) gin_trgm_ops);
CREATE INDEX leads_search_grams ON leads USING gin
  (zs_grams (coalesce (name, '') || E'\n' || coalesce (company, '') || E'\n' || coalesce (description, '')));

-- ---- live refresh -----------------------------------------------------------

-- PostgreSQL sends one notification per channel and payload at commit,
-- however many rows the transaction wrote; a rolled-back one sends none.
CREATE FUNCTION zs_notify_change () RETURNS trigger
  LANGUAGE plpgsql
AS $$
BEGIN
  PERFORM pg_notify ('zs_changes', TG_TABLE_NAME);
  RETURN NULL;
END
$$;

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['settings', 'units', 'people', 'targets', 'chain_groups', 'chains', 'segments',
                           'enterprises', 'partners', 'contact_logs', 'activities', 'leads', 'carriers',
                           'projects', 'activity_links', 'stage_events', 'obstacles', 'update_logs',
                           'space_needs', 'funds_entries', 'trash']
  LOOP
    EXECUTE format ('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
                    'FOR EACH STATEMENT EXECUTE FUNCTION zs_notify_change ()', t || '_notify', t);
  END LOOP;
END
$$;
