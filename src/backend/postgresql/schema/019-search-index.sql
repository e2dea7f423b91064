-- Schema version 19: an index for the search documents, so that one and
-- two Chinese characters and the start of a pinyin word are found without
-- reading every row. SQLite's step 019 does nothing: FTS5 is its index.
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Frozen once released: later changes go into a new numbered file.
--
-- A document (step 017, zs-pg-search.c) is lower-case words one space
-- apart, each Han character and digit a word of its own. Its keys are
-- every word, and for each word of two characters and more its first
-- one, two and three characters after a "^": "weifang" gives "weifang",
-- "^w", "^we", "^wei". zs-pg-query.c asks the GIN index for the keys a
-- term needs (ARRAY['潍','坊'], ARRAY['^wei']) and checks the phrase
-- itself with LIKE on the candidates. pg_trgm cannot do this: under the
-- "C" ctype it sees no letters in Han text.

CREATE FUNCTION zs_search_keys (words text) RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT array (
    SELECT w FROM unnest (string_to_array (words, ' ')) AS w WHERE w <> ''
    UNION
    SELECT '^' || left (w, n)
      FROM unnest (string_to_array (words, ' ')) AS w,
           generate_series (1, least (length (w), 3)) AS n
     WHERE length (w) >= 2)
$$;

ALTER TABLE projects ADD COLUMN search_keys text[] GENERATED ALWAYS AS (zs_search_keys (search)) STORED;
ALTER TABLE partners ADD COLUMN search_keys text[] GENERATED ALWAYS AS (zs_search_keys (search)) STORED;
ALTER TABLE enterprises ADD COLUMN search_keys text[] GENERATED ALWAYS AS (zs_search_keys (search)) STORED;
ALTER TABLE leads ADD COLUMN search_keys text[] GENERATED ALWAYS AS (zs_search_keys (search)) STORED;
ALTER TABLE carriers ADD COLUMN search_keys text[] GENERATED ALWAYS AS (zs_search_keys (search)) STORED;

CREATE INDEX projects_search_keys ON projects USING gin (search_keys);
CREATE INDEX partners_search_keys ON partners USING gin (search_keys);
CREATE INDEX enterprises_search_keys ON enterprises USING gin (search_keys);
CREATE INDEX leads_search_keys ON leads USING gin (search_keys);
CREATE INDEX carriers_search_keys ON carriers USING gin (search_keys);

-- The baseline's indexes over the columns: since step 017 every search of
-- these tables goes through the document, so they only slowed each write.
DROP INDEX projects_search_trgm, projects_search_grams,
           partners_search_trgm, partners_search_grams,
           enterprises_search_trgm, enterprises_search_grams,
           leads_search_trgm, leads_search_grams;
DROP FUNCTION zs_grams (text);
