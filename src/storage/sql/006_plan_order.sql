-- Casebook schema, step 6: the CSP plan editor (issue 7, docs/reports.md "CSP plan").

-- A theme's priorities in the plan's order. They were read in the order they were added;
-- the editor moves them about, while each keeps its id so that the cases tagged to it stay
-- tagged. Existing priorities keep the order they had.
ALTER TABLE priorities ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
UPDATE priorities SET position = (SELECT count(*) FROM priorities AS earlier
                                  WHERE earlier.plan_theme_id = priorities.plan_theme_id AND earlier.id <= priorities.id);
CREATE INDEX cases_by_priority ON cases (priority_id) WHERE priority_id IS NOT NULL;
