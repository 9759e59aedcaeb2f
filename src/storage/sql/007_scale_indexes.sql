-- Casebook schema, step 7: indexes for partnership scale (issue 8, docs/performance.md).

-- The case list sorted by next review or by name: the first page is read in index order and
-- the walk stops at the page's end, instead of every active case being sorted. The
-- expression is the list's own ORDER BY (CaseListSql), which must stay the same to use it.
CREATE INDEX cases_review_order ON cases(coalesce(next_review_on, '9999-12-31'));
CREATE INDEX subjects_name_order ON subjects(name COLLATE NOCASE);

-- The quarterly figures look at one quarter: these let SQLite read that quarter's rows instead
-- of every row of every chosen group.
CREATE INDEX cases_opened ON cases(opened_on);
CREATE INDEX cases_closed ON cases(closed_on) WHERE closed_on IS NOT NULL;
CREATE INDEX actions_raised ON actions(raised_on);
CREATE INDEX risk_assessments_assessed ON risk_assessments(assessed_on);

-- A case's latest assessment by a date is asked for per case (open cases by band, risk
-- movement, reviews on time): with the scores in the index it is read from the index alone.
-- It begins with the columns of risk_assessments_case, which it replaces.
CREATE INDEX risk_assessments_latest ON risk_assessments(case_id, assessed_on, id, likelihood, impact, judged_band);
DROP INDEX risk_assessments_case;
