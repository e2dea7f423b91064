-- Schema version 20: 批示 and 督办 with the unit's replies, as SQLite's
-- step 020.
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Frozen once released: later changes go into a new numbered file.
--
-- Who may write them on a bureau's server (局领导 the 批示 and 督办 items,
-- 单位用户 the replies to their unit's items) is in
-- data/postgresql/zs-server-setup.sql.

CREATE TABLE instructions (
  id bigserial PRIMARY KEY,
  uuid text COLLATE "C" NOT NULL UNIQUE,
  created text COLLATE "C" NOT NULL,
  updated text COLLATE "C" NOT NULL,
  version bigint NOT NULL DEFAULT 1,
  project_id bigint REFERENCES projects (id) ON DELETE CASCADE,
  lead_id bigint REFERENCES leads (id) ON DELETE CASCADE,
  carrier_id bigint REFERENCES carriers (id) ON DELETE CASCADE,
  text text COLLATE "C" NOT NULL,
  author text COLLATE "C" NOT NULL,
  date text COLLATE "C" NOT NULL
);
CREATE INDEX instructions_project_id ON instructions (project_id);
CREATE INDEX instructions_lead_id ON instructions (lead_id);
CREATE INDEX instructions_carrier_id ON instructions (carrier_id);

CREATE TABLE supervisions (
  id bigserial PRIMARY KEY,
  uuid text COLLATE "C" NOT NULL UNIQUE,
  created text COLLATE "C" NOT NULL,
  updated text COLLATE "C" NOT NULL,
  version bigint NOT NULL DEFAULT 1,
  project_id bigint REFERENCES projects (id) ON DELETE CASCADE,
  lead_id bigint REFERENCES leads (id) ON DELETE CASCADE,
  carrier_id bigint REFERENCES carriers (id) ON DELETE CASCADE,
  task text COLLATE "C" NOT NULL,
  unit_id bigint NOT NULL REFERENCES units (id),
  person_id bigint REFERENCES people (id),
  deadline text COLLATE "C" NOT NULL,
  state bigint NOT NULL DEFAULT 0,
  closed_date text COLLATE "C"
);
CREATE INDEX supervisions_project_id ON supervisions (project_id);
CREATE INDEX supervisions_lead_id ON supervisions (lead_id);
CREATE INDEX supervisions_carrier_id ON supervisions (carrier_id);
CREATE INDEX supervisions_unit_id ON supervisions (unit_id);
CREATE INDEX supervisions_person_id ON supervisions (person_id);
CREATE INDEX supervisions_open ON supervisions (state, deadline);

CREATE TABLE supervision_replies (
  id bigserial PRIMARY KEY,
  uuid text COLLATE "C" NOT NULL UNIQUE,
  created text COLLATE "C" NOT NULL,
  updated text COLLATE "C" NOT NULL,
  version bigint NOT NULL DEFAULT 1,
  supervision_id bigint NOT NULL REFERENCES supervisions (id) ON DELETE CASCADE,
  text text COLLATE "C" NOT NULL,
  author text COLLATE "C",
  date text COLLATE "C" NOT NULL
);
CREATE INDEX supervision_replies_supervision_id ON supervision_replies (supervision_id);

CREATE TRIGGER instructions_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON instructions
  FOR EACH STATEMENT EXECUTE FUNCTION zs_notify_change ();
CREATE TRIGGER supervisions_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON supervisions
  FOR EACH STATEMENT EXECUTE FUNCTION zs_notify_change ();
CREATE TRIGGER supervision_replies_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON supervision_replies
  FOR EACH STATEMENT EXECUTE FUNCTION zs_notify_change ();
