-- Casebook schema, step 8: cheaper writes at partnership scale (issue 8, docs/performance.md).

-- The next case number in a group and year: the highest number under the reference's
-- "GROUP-YEAR-" prefix, read from this index instead of from every reference with that
-- prefix (an import of 100,000 cases asked that 100,000 times). A reference is
-- GROUP-YEAR-NUMBER and a group code has no '-', so the number starts 6 characters after
-- the first '-'. CaseRepository::nextSequence uses these very expressions.
CREATE INDEX cases_reference_sequence ON cases(substr(reference, 1, instr(reference, '-') + 5),
                                               CAST(substr(reference, instr(reference, '-') + 6) AS INTEGER));

-- "UPDATE OF reference" fires whenever the statement sets the column, even to the value it
-- had, and CaseRepository::update sets every column: the search row of a case was deleted
-- and written again on each change to its status, score or owner.
DROP TRIGGER cases_search_update;
CREATE TRIGGER cases_search_update AFTER UPDATE OF reference, subject_id ON cases
WHEN old.reference IS NOT new.reference OR old.subject_id IS NOT new.subject_id BEGIN
  DELETE FROM case_search WHERE rowid = old.id;
  INSERT INTO case_search (rowid, reference, subject, aliases)
  SELECT new.id, new.reference, s.name,
         coalesce((SELECT group_concat(alias, ' ') FROM subject_aliases WHERE subject_id = s.id), '')
  FROM subjects s WHERE s.id = new.subject_id;
END;
