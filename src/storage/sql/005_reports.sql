-- Casebook schema, step 5: quarterly CSP reports (issue 7, docs/reports.md).

-- Performance data the partnership is given (recorded crime and the like), one count per
-- crime type and quarter. quarter_start is the quarter's first day, so a calendar label
-- (2024Q4) and a financial one (2024/25 Q3) name the same row.
CREATE TABLE performance_figures (
  id            INTEGER PRIMARY KEY,
  crime_type    TEXT NOT NULL,
  quarter_start TEXT NOT NULL,
  count         INTEGER NOT NULL CHECK (count >= 0),
  source        TEXT NOT NULL DEFAULT '',
  entered_by    TEXT NOT NULL,
  entered_at    TEXT NOT NULL,
  UNIQUE (crime_type, quarter_start)
);

-- A report draft is one template for one quarter and set of groups. Its editable sections
-- are saved as numbered versions and never overwritten, so an earlier wording can be
-- brought back.
CREATE TABLE report_drafts (
  id         INTEGER PRIMARY KEY,
  template   TEXT NOT NULL,
  quarter    TEXT NOT NULL,  -- the quarter's first day: '2024Q4' and '2024/25 Q3' are one draft
  groups     TEXT NOT NULL,  -- JSON array of the group codes counted, sorted
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (template, quarter, groups)
);

CREATE TABLE report_draft_versions (
  id       INTEGER PRIMARY KEY,
  draft_id INTEGER NOT NULL REFERENCES report_drafts(id) ON DELETE CASCADE,
  version  INTEGER NOT NULL CHECK (version >= 1),
  sections TEXT NOT NULL,  -- JSON object: section key -> Markdown text
  saved_by TEXT NOT NULL,
  saved_at TEXT NOT NULL,
  UNIQUE (draft_id, version)
);
