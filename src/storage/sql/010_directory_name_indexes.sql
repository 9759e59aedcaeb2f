-- Casebook schema, step 10: finding a member by name, an agency or an area by code (issue 8).

-- Every case created, imported or edited names its owner, its agencies and its area, and
-- these are matched whatever their letter case, so each lookup read the whole directory
-- table and folded every name in it (6 % of a 100,000-row import). Indexes on the folded
-- expressions, the very ones the lookups compare, answer them directly.
CREATE INDEX members_folded_name ON members(lower(name));
CREATE INDEX agencies_folded_code ON agencies(upper(code));
CREATE INDEX areas_folded_code ON areas(upper(code));
