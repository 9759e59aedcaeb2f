-- Casebook schema, step 2: full-text search (FTS5) over subjects, case references and notes.
-- SQLite-specific by nature; a PostgreSQL backend would use tsvector here instead.

CREATE VIRTUAL TABLE case_search USING fts5(
  reference, subject, aliases,
  tokenize = 'unicode61 remove_diacritics 2'
);  -- rowid = cases.id

CREATE VIRTUAL TABLE note_search USING fts5(
  body,
  tokenize = 'unicode61 remove_diacritics 2'
);  -- rowid = notes.id

CREATE TRIGGER cases_search_insert AFTER INSERT ON cases BEGIN
  INSERT INTO case_search (rowid, reference, subject, aliases)
  SELECT new.id, new.reference, s.name,
         coalesce((SELECT group_concat(alias, ' ') FROM subject_aliases WHERE subject_id = s.id), '')
  FROM subjects s WHERE s.id = new.subject_id;
END;

CREATE TRIGGER cases_search_update AFTER UPDATE OF reference, subject_id ON cases BEGIN
  DELETE FROM case_search WHERE rowid = old.id;
  INSERT INTO case_search (rowid, reference, subject, aliases)
  SELECT new.id, new.reference, s.name,
         coalesce((SELECT group_concat(alias, ' ') FROM subject_aliases WHERE subject_id = s.id), '')
  FROM subjects s WHERE s.id = new.subject_id;
END;

CREATE TRIGGER cases_search_delete AFTER DELETE ON cases BEGIN
  DELETE FROM case_search WHERE rowid = old.id;
END;

CREATE VIEW case_search_source AS
  SELECT c.id AS case_id, c.reference AS reference, s.name AS subject,
         coalesce((SELECT group_concat(alias, ' ') FROM subject_aliases WHERE subject_id = s.id), '') AS aliases,
         s.id AS subject_id
  FROM cases c JOIN subjects s ON s.id = c.subject_id;

CREATE TRIGGER subjects_search_update AFTER UPDATE OF name ON subjects BEGIN
  DELETE FROM case_search WHERE rowid IN (SELECT id FROM cases WHERE subject_id = new.id);
  INSERT INTO case_search (rowid, reference, subject, aliases)
  SELECT case_id, reference, subject, aliases FROM case_search_source WHERE subject_id = new.id;
END;

CREATE TRIGGER aliases_search_insert AFTER INSERT ON subject_aliases BEGIN
  DELETE FROM case_search WHERE rowid IN (SELECT id FROM cases WHERE subject_id = new.subject_id);
  INSERT INTO case_search (rowid, reference, subject, aliases)
  SELECT case_id, reference, subject, aliases FROM case_search_source WHERE subject_id = new.subject_id;
END;

CREATE TRIGGER aliases_search_delete AFTER DELETE ON subject_aliases BEGIN
  DELETE FROM case_search WHERE rowid IN (SELECT id FROM cases WHERE subject_id = old.subject_id);
  INSERT INTO case_search (rowid, reference, subject, aliases)
  SELECT case_id, reference, subject, aliases FROM case_search_source WHERE subject_id = old.subject_id;
END;

CREATE TRIGGER notes_search_insert AFTER INSERT ON notes BEGIN
  INSERT INTO note_search (rowid, body) VALUES (new.id, new.body);
END;

CREATE TRIGGER notes_search_update AFTER UPDATE OF body ON notes BEGIN
  DELETE FROM note_search WHERE rowid = old.id;
  INSERT INTO note_search (rowid, body) VALUES (new.id, new.body);
END;

CREATE TRIGGER notes_search_delete AFTER DELETE ON notes BEGIN
  DELETE FROM note_search WHERE rowid = old.id;
END;

-- A database upgraded from step 1 already holds cases and notes: index them now.
INSERT INTO case_search (rowid, reference, subject, aliases)
  SELECT case_id, reference, subject, aliases FROM case_search_source;
INSERT INTO note_search (rowid, body) SELECT id, body FROM notes;
