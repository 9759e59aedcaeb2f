-- Casebook schema, step 7: indexes the quarterly figures need at partnership scale
-- (issue 8, docs/performance.md). Each figure looks at one quarter: these let SQLite read that
-- quarter's rows instead of every row of every chosen group.

CREATE INDEX cases_opened ON cases(opened_on);
CREATE INDEX cases_closed ON cases(closed_on) WHERE closed_on IS NOT NULL;
CREATE INDEX actions_raised ON actions(raised_on);
CREATE INDEX risk_assessments_assessed ON risk_assessments(assessed_on);

-- A case's latest assessment by a date is asked for per case (open cases by band, risk
-- movement, reviews on time): with the scores in the index it is read from the index alone.
-- It begins with the columns of risk_assessments_case, which it replaces.
CREATE INDEX risk_assessments_latest ON risk_assessments(case_id, assessed_on, id, likelihood, impact, judged_band);
DROP INDEX risk_assessments_case;
