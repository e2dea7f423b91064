-- Schema version 20: 批示 and 督办, a leader's instructions and the items a
-- unit must act on, with the unit's replies.
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Frozen once released: later changes go into a new numbered file.
--
-- Both belong to one project, lead or carrier and go to the trash with it;
-- a reply belongs to its 督办 item. The unit of an item is a plain
-- reference: a unit with 督办 items is not deleted (it is retired).

CREATE TABLE instructions (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  uuid TEXT NOT NULL UNIQUE,
  created TEXT NOT NULL,
  updated TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  project_id INTEGER REFERENCES projects (id) ON DELETE CASCADE,
  lead_id INTEGER REFERENCES leads (id) ON DELETE CASCADE,
  carrier_id INTEGER REFERENCES carriers (id) ON DELETE CASCADE,
  text TEXT NOT NULL,
  author TEXT NOT NULL,
  date TEXT NOT NULL
);
CREATE INDEX instructions_project_id ON instructions (project_id);
CREATE INDEX instructions_lead_id ON instructions (lead_id);
CREATE INDEX instructions_carrier_id ON instructions (carrier_id);

CREATE TABLE supervisions (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  uuid TEXT NOT NULL UNIQUE,
  created TEXT NOT NULL,
  updated TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  project_id INTEGER REFERENCES projects (id) ON DELETE CASCADE,
  lead_id INTEGER REFERENCES leads (id) ON DELETE CASCADE,
  carrier_id INTEGER REFERENCES carriers (id) ON DELETE CASCADE,
  task TEXT NOT NULL,
  unit_id INTEGER NOT NULL REFERENCES units (id),
  person_id INTEGER REFERENCES people (id),
  deadline TEXT NOT NULL,
  state INTEGER NOT NULL DEFAULT 0,
  closed_date TEXT
);
CREATE INDEX supervisions_project_id ON supervisions (project_id);
CREATE INDEX supervisions_lead_id ON supervisions (lead_id);
CREATE INDEX supervisions_carrier_id ON supervisions (carrier_id);
CREATE INDEX supervisions_unit_id ON supervisions (unit_id);
CREATE INDEX supervisions_person_id ON supervisions (person_id);
CREATE INDEX supervisions_open ON supervisions (state, deadline);

CREATE TABLE supervision_replies (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  uuid TEXT NOT NULL UNIQUE,
  created TEXT NOT NULL,
  updated TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  supervision_id INTEGER NOT NULL REFERENCES supervisions (id) ON DELETE CASCADE,
  text TEXT NOT NULL,
  author TEXT,
  date TEXT NOT NULL
);
CREATE INDEX supervision_replies_supervision_id ON supervision_replies (supervision_id);
