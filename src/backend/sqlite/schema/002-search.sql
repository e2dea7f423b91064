-- Schema version 2: full-text search.
-- SPDX-License-Identifier: GPL-3.0-or-later
-- The trigram tokenizer matches any substring of three or more characters,
-- which suits Chinese names without a word segmenter. Shorter queries fall
-- back to LIKE on the base tables (trigram cannot answer them).

CREATE VIRTUAL TABLE projects_fts USING fts5 (
  name, investor, notes,
  content='projects', content_rowid='id', tokenize='trigram'
);
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
INSERT INTO projects_fts (projects_fts) VALUES ('rebuild');

CREATE VIRTUAL TABLE partners_fts USING fts5 (
  name, organisation, city, native_place,
  content='partners', content_rowid='id', tokenize='trigram'
);
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
INSERT INTO partners_fts (partners_fts) VALUES ('rebuild');

CREATE VIRTUAL TABLE enterprises_fts USING fts5 (
  name, location, next_step, notes,
  content='enterprises', content_rowid='id', tokenize='trigram'
);
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
INSERT INTO enterprises_fts (enterprises_fts) VALUES ('rebuild');

CREATE VIRTUAL TABLE leads_fts USING fts5 (
  name, company, description,
  content='leads', content_rowid='id', tokenize='trigram'
);
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
INSERT INTO leads_fts (leads_fts) VALUES ('rebuild');
