-- Schema version 17: search by any length of Chinese, and by pinyin.
-- SPDX-License-Identifier: GPL-3.0-or-later
-- The trigram indexes of 002-search.sql could not answer one- or
-- two-character queries (潍坊, 化工), which fell back to LIKE over every
-- row. Each searchable table gets a `search` column holding the document
-- the store makes (src/core/store/zs-search.c: every Han character a word
-- of its own, the names' pinyin keys, the fields apart), and an FTS5 index
-- over it with the unicode61 tokenizer: a query of any length is a phrase
-- of words. The store fills the column when it writes a row; the backend
-- fills it for the rows already there right after this step. Carriers,
-- searched by name with LIKE until now, get one too.

DROP TRIGGER projects_fts_insert;
DROP TRIGGER projects_fts_delete;
DROP TRIGGER projects_fts_update;
DROP TABLE projects_fts;

DROP TRIGGER partners_fts_insert;
DROP TRIGGER partners_fts_delete;
DROP TRIGGER partners_fts_update;
DROP TABLE partners_fts;

DROP TRIGGER enterprises_fts_insert;
DROP TRIGGER enterprises_fts_delete;
DROP TRIGGER enterprises_fts_update;
DROP TABLE enterprises_fts;

DROP TRIGGER leads_fts_insert;
DROP TRIGGER leads_fts_delete;
DROP TRIGGER leads_fts_update;
DROP TABLE leads_fts;

ALTER TABLE projects ADD COLUMN search TEXT;
CREATE VIRTUAL TABLE projects_fts USING fts5 (
  search, content='projects', content_rowid='id', tokenize='unicode61'
);
CREATE TRIGGER projects_fts_insert AFTER INSERT ON projects WHEN new.search IS NOT NULL BEGIN
  INSERT INTO projects_fts (rowid, search) VALUES (new.id, new.search);
END;
CREATE TRIGGER projects_fts_delete AFTER DELETE ON projects WHEN old.search IS NOT NULL BEGIN
  INSERT INTO projects_fts (projects_fts, rowid, search) VALUES ('delete', old.id, old.search);
END;
CREATE TRIGGER projects_fts_update AFTER UPDATE OF search ON projects BEGIN
  INSERT INTO projects_fts (projects_fts, rowid, search) SELECT 'delete', old.id, old.search WHERE old.search IS NOT NULL;
  INSERT INTO projects_fts (rowid, search) SELECT new.id, new.search WHERE new.search IS NOT NULL;
END;

ALTER TABLE partners ADD COLUMN search TEXT;
CREATE VIRTUAL TABLE partners_fts USING fts5 (
  search, content='partners', content_rowid='id', tokenize='unicode61'
);
CREATE TRIGGER partners_fts_insert AFTER INSERT ON partners WHEN new.search IS NOT NULL BEGIN
  INSERT INTO partners_fts (rowid, search) VALUES (new.id, new.search);
END;
CREATE TRIGGER partners_fts_delete AFTER DELETE ON partners WHEN old.search IS NOT NULL BEGIN
  INSERT INTO partners_fts (partners_fts, rowid, search) VALUES ('delete', old.id, old.search);
END;
CREATE TRIGGER partners_fts_update AFTER UPDATE OF search ON partners BEGIN
  INSERT INTO partners_fts (partners_fts, rowid, search) SELECT 'delete', old.id, old.search WHERE old.search IS NOT NULL;
  INSERT INTO partners_fts (rowid, search) SELECT new.id, new.search WHERE new.search IS NOT NULL;
END;

ALTER TABLE enterprises ADD COLUMN search TEXT;
CREATE VIRTUAL TABLE enterprises_fts USING fts5 (
  search, content='enterprises', content_rowid='id', tokenize='unicode61'
);
CREATE TRIGGER enterprises_fts_insert AFTER INSERT ON enterprises WHEN new.search IS NOT NULL BEGIN
  INSERT INTO enterprises_fts (rowid, search) VALUES (new.id, new.search);
END;
CREATE TRIGGER enterprises_fts_delete AFTER DELETE ON enterprises WHEN old.search IS NOT NULL BEGIN
  INSERT INTO enterprises_fts (enterprises_fts, rowid, search) VALUES ('delete', old.id, old.search);
END;
CREATE TRIGGER enterprises_fts_update AFTER UPDATE OF search ON enterprises BEGIN
  INSERT INTO enterprises_fts (enterprises_fts, rowid, search) SELECT 'delete', old.id, old.search WHERE old.search IS NOT NULL;
  INSERT INTO enterprises_fts (rowid, search) SELECT new.id, new.search WHERE new.search IS NOT NULL;
END;

ALTER TABLE leads ADD COLUMN search TEXT;
CREATE VIRTUAL TABLE leads_fts USING fts5 (
  search, content='leads', content_rowid='id', tokenize='unicode61'
);
CREATE TRIGGER leads_fts_insert AFTER INSERT ON leads WHEN new.search IS NOT NULL BEGIN
  INSERT INTO leads_fts (rowid, search) VALUES (new.id, new.search);
END;
CREATE TRIGGER leads_fts_delete AFTER DELETE ON leads WHEN old.search IS NOT NULL BEGIN
  INSERT INTO leads_fts (leads_fts, rowid, search) VALUES ('delete', old.id, old.search);
END;
CREATE TRIGGER leads_fts_update AFTER UPDATE OF search ON leads BEGIN
  INSERT INTO leads_fts (leads_fts, rowid, search) SELECT 'delete', old.id, old.search WHERE old.search IS NOT NULL;
  INSERT INTO leads_fts (rowid, search) SELECT new.id, new.search WHERE new.search IS NOT NULL;
END;

ALTER TABLE carriers ADD COLUMN search TEXT;
CREATE VIRTUAL TABLE carriers_fts USING fts5 (
  search, content='carriers', content_rowid='id', tokenize='unicode61'
);
CREATE TRIGGER carriers_fts_insert AFTER INSERT ON carriers WHEN new.search IS NOT NULL BEGIN
  INSERT INTO carriers_fts (rowid, search) VALUES (new.id, new.search);
END;
CREATE TRIGGER carriers_fts_delete AFTER DELETE ON carriers WHEN old.search IS NOT NULL BEGIN
  INSERT INTO carriers_fts (carriers_fts, rowid, search) VALUES ('delete', old.id, old.search);
END;
CREATE TRIGGER carriers_fts_update AFTER UPDATE OF search ON carriers BEGIN
  INSERT INTO carriers_fts (carriers_fts, rowid, search) SELECT 'delete', old.id, old.search WHERE old.search IS NOT NULL;
  INSERT INTO carriers_fts (rowid, search) SELECT new.id, new.search WHERE new.search IS NOT NULL;
END;
