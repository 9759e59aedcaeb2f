-- Casebook schema, step 1: the JAG domain (docs/data-model.md explains each table).
-- Portable SQL where it costs nothing: dates are ISO text, booleans 0/1, no STRICT.

CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE groups (
  id                     INTEGER PRIMARY KEY,
  code                   TEXT NOT NULL UNIQUE,
  name                   TEXT NOT NULL,
  parent_id              INTEGER REFERENCES groups(id),
  closure_needs_approval INTEGER NOT NULL DEFAULT 0 CHECK (closure_needs_approval IN (0, 1)),
  meeting_cycle_days     INTEGER NOT NULL DEFAULT 42,
  active                 INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  CHECK (parent_id IS NULL OR parent_id <> id)
);

CREATE TABLE areas (
  id   INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL
);

CREATE TABLE agencies (
  id   INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL
);

CREATE TABLE members (
  id        INTEGER PRIMARY KEY,
  name      TEXT NOT NULL,
  agency_id INTEGER REFERENCES agencies(id),
  job_title TEXT NOT NULL DEFAULT '',
  email     TEXT NOT NULL DEFAULT '',
  phone     TEXT NOT NULL DEFAULT '',
  active    INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

CREATE TABLE memberships (
  group_id  INTEGER NOT NULL REFERENCES groups(id),
  member_id INTEGER NOT NULL REFERENCES members(id),
  role      TEXT NOT NULL,
  PRIMARY KEY (group_id, member_id)
);
CREATE INDEX memberships_member ON memberships(member_id);

CREATE TABLE themes (
  id    INTEGER PRIMARY KEY,
  code  TEXT NOT NULL UNIQUE,
  label TEXT NOT NULL
);

CREATE TABLE plans (
  id        INTEGER PRIMARY KEY,
  title     TEXT NOT NULL,
  starts_on TEXT NOT NULL,
  ends_on   TEXT NOT NULL
);

CREATE TABLE plan_themes (
  id       INTEGER PRIMARY KEY,
  plan_id  INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  title    TEXT NOT NULL
);

CREATE TABLE priorities (
  id            INTEGER PRIMARY KEY,
  plan_theme_id INTEGER NOT NULL REFERENCES plan_themes(id) ON DELETE CASCADE,
  code          TEXT NOT NULL,
  title         TEXT NOT NULL
);

CREATE TABLE objectives (
  id          INTEGER PRIMARY KEY,
  priority_id INTEGER NOT NULL REFERENCES priorities(id) ON DELETE CASCADE,
  position    INTEGER NOT NULL,
  text        TEXT NOT NULL
);

CREATE TABLE subjects (
  id            INTEGER PRIMARY KEY,
  kind          TEXT NOT NULL CHECK (kind IN ('person', 'household', 'location', 'cohort')),
  name          TEXT NOT NULL,
  name_key      TEXT NOT NULL,
  date_of_birth TEXT,
  age_band      TEXT NOT NULL DEFAULT '',
  address       TEXT NOT NULL DEFAULT '',
  address_key   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX subjects_name_key ON subjects(name_key, date_of_birth);
CREATE INDEX subjects_address_key ON subjects(address_key);

CREATE TABLE subject_aliases (
  id         INTEGER PRIMARY KEY,
  subject_id INTEGER NOT NULL REFERENCES subjects(id) ON DELETE CASCADE,
  alias      TEXT NOT NULL,
  alias_key  TEXT NOT NULL
);
CREATE INDEX subject_aliases_subject ON subject_aliases(subject_id);
CREATE INDEX subject_aliases_key ON subject_aliases(alias_key);

CREATE TABLE cases (
  id                  INTEGER PRIMARY KEY,
  reference           TEXT NOT NULL UNIQUE,
  subject_id          INTEGER NOT NULL REFERENCES subjects(id),
  subject_role        TEXT NOT NULL DEFAULT 'not_applicable',
  group_id            INTEGER NOT NULL REFERENCES groups(id),
  area_id             INTEGER REFERENCES areas(id),
  lead_agency_id      INTEGER REFERENCES agencies(id),
  owner_id            INTEGER REFERENCES members(id),
  priority_id         INTEGER REFERENCES priorities(id),
  lawful_basis        TEXT NOT NULL DEFAULT '',
  status              TEXT NOT NULL CHECK (status IN ('referred', 'open', 'monitoring', 'closed')),
  added_reason        TEXT NOT NULL DEFAULT '',
  opened_on           TEXT NOT NULL,
  closed_on           TEXT,
  outcome             TEXT,
  transferred_to      TEXT,
  closure_note        TEXT NOT NULL DEFAULT '',
  closure_approved_by INTEGER REFERENCES members(id),
  current_score       INTEGER CHECK (current_score BETWEEN 1 AND 25),
  current_band        TEXT,
  next_review_on      TEXT,
  -- A closed case always has an outcome and a date (DOMAIN.md).
  CHECK (status <> 'closed' OR (outcome IS NOT NULL AND closed_on IS NOT NULL))
);
CREATE INDEX cases_group_status ON cases(group_id, status);
CREATE INDEX cases_subject ON cases(subject_id);
CREATE INDEX cases_owner ON cases(owner_id);
CREATE INDEX cases_next_review ON cases(next_review_on);
CREATE INDEX cases_band ON cases(current_band);

CREATE TABLE case_themes (
  case_id  INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  theme_id INTEGER NOT NULL REFERENCES themes(id),
  PRIMARY KEY (case_id, theme_id)
);
CREATE INDEX case_themes_theme ON case_themes(theme_id);

CREATE TABLE case_links (
  id           INTEGER PRIMARY KEY,
  from_case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  to_case_id   INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  relation     TEXT NOT NULL,
  note         TEXT NOT NULL DEFAULT '',
  UNIQUE (from_case_id, to_case_id),
  CHECK (from_case_id <> to_case_id)
);
CREATE INDEX case_links_to ON case_links(to_case_id);

-- Every change of a case's standing, with the reason given: opened, moved, closed, reopened.
CREATE TABLE case_events (
  id       INTEGER PRIMARY KEY,
  case_id  INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  event_on TEXT NOT NULL,
  kind     TEXT NOT NULL,
  group_id INTEGER REFERENCES groups(id),
  detail   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX case_events_case ON case_events(case_id);

CREATE TABLE referrals (
  id                     INTEGER PRIMARY KEY,
  case_id                INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  kind                   TEXT NOT NULL,
  to_group_id            INTEGER NOT NULL REFERENCES groups(id),
  from_group_id          INTEGER REFERENCES groups(id),
  received_on            TEXT NOT NULL,
  referring_agency_id    INTEGER REFERENCES agencies(id),
  referring_officer      TEXT NOT NULL DEFAULT '',
  officer_contact        TEXT NOT NULL DEFAULT '',
  reason                 TEXT NOT NULL,
  criterion              TEXT NOT NULL,
  concern                TEXT NOT NULL DEFAULT '',
  initial_likelihood     INTEGER CHECK (initial_likelihood BETWEEN 1 AND 5),
  initial_impact         INTEGER CHECK (initial_impact BETWEEN 1 AND 5),
  urgent                 INTEGER NOT NULL DEFAULT 0 CHECK (urgent IN (0, 1)),
  safe_to_phone          INTEGER NOT NULL DEFAULT 0 CHECK (safe_to_phone IN (0, 1)),
  consent                TEXT NOT NULL DEFAULT 'not_known',
  lawful_basis           TEXT NOT NULL DEFAULT '',
  is_repeat              INTEGER NOT NULL DEFAULT 0 CHECK (is_repeat IN (0, 1)),
  decision               TEXT NOT NULL DEFAULT 'pending',
  decision_reason        TEXT NOT NULL DEFAULT '',
  decided_on             TEXT,
  redirected_to_group_id INTEGER REFERENCES groups(id)
);
CREATE INDEX referrals_case ON referrals(case_id);
CREATE INDEX referrals_group_decision ON referrals(to_group_id, decision);
CREATE INDEX referrals_received ON referrals(received_on);

CREATE TABLE risk_assessments (
  id               INTEGER PRIMARY KEY,
  case_id          INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  assessed_on      TEXT NOT NULL,
  likelihood       INTEGER NOT NULL CHECK (likelihood BETWEEN 1 AND 5),
  impact           INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 5),
  judged_band      TEXT,
  judgement_reason TEXT NOT NULL DEFAULT '',
  assessor         TEXT NOT NULL DEFAULT '',
  rationale        TEXT NOT NULL
);
CREATE INDEX risk_assessments_case ON risk_assessments(case_id, assessed_on);

CREATE TABLE meetings (
  id              INTEGER PRIMARY KEY,
  group_id        INTEGER NOT NULL REFERENCES groups(id),
  held_on         TEXT NOT NULL,
  starts_at       TEXT,
  venue           TEXT NOT NULL DEFAULT '',
  online_link     TEXT NOT NULL DEFAULT '',
  chair_id        INTEGER REFERENCES members(id),
  minute_taker_id INTEGER REFERENCES members(id),
  status          TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'held', 'cancelled'))
);
CREATE INDEX meetings_group_date ON meetings(group_id, held_on);

CREATE TABLE agenda_items (
  id         INTEGER PRIMARY KEY,
  meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  kind       TEXT NOT NULL,
  title      TEXT NOT NULL,
  case_id    INTEGER REFERENCES cases(id) ON DELETE SET NULL,
  minutes    TEXT NOT NULL DEFAULT '',
  decision   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX agenda_items_meeting ON agenda_items(meeting_id, position);
CREATE INDEX agenda_items_case ON agenda_items(case_id);

CREATE TABLE attendance (
  meeting_id  INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  member_id   INTEGER NOT NULL REFERENCES members(id),
  status      TEXT NOT NULL,
  deputy_id   INTEGER REFERENCES members(id),
  deputy_name TEXT NOT NULL DEFAULT '',
  joined_late INTEGER NOT NULL DEFAULT 0 CHECK (joined_late IN (0, 1)),
  left_early  INTEGER NOT NULL DEFAULT 0 CHECK (left_early IN (0, 1)),
  PRIMARY KEY (meeting_id, member_id)
);
CREATE INDEX attendance_member ON attendance(member_id);

CREATE TABLE actions (
  id                 INTEGER PRIMARY KEY,
  case_id            INTEGER REFERENCES cases(id) ON DELETE CASCADE,
  meeting_id         INTEGER REFERENCES meetings(id),
  agenda_item_id     INTEGER REFERENCES agenda_items(id) ON DELETE SET NULL,
  reference          TEXT NOT NULL DEFAULT '',
  text               TEXT NOT NULL,
  owner_id           INTEGER REFERENCES members(id),
  owner_agency_id    INTEGER REFERENCES agencies(id),
  raised_on          TEXT NOT NULL,
  due_on             TEXT NOT NULL,
  status             TEXT NOT NULL DEFAULT 'open',
  status_reported_on TEXT,
  completed_on       TEXT,
  carried_forward    INTEGER NOT NULL DEFAULT 0 CHECK (carried_forward >= 0),
  CHECK (case_id IS NOT NULL OR meeting_id IS NOT NULL),
  CHECK (owner_id IS NOT NULL OR owner_agency_id IS NOT NULL)
);
CREATE INDEX actions_case ON actions(case_id);
CREATE INDEX actions_meeting ON actions(meeting_id);
CREATE INDEX actions_owner_status ON actions(owner_id, status);
CREATE INDEX actions_status_due ON actions(status, due_on);

CREATE TABLE action_updates (
  id           INTEGER PRIMARY KEY,
  action_id    INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
  updated_on   TEXT NOT NULL,
  text         TEXT NOT NULL DEFAULT '',
  status_after TEXT NOT NULL
);
CREATE INDEX action_updates_action ON action_updates(action_id);

CREATE TABLE notes (
  id         INTEGER PRIMARY KEY,
  case_id    INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  written_at TEXT NOT NULL,
  author     TEXT NOT NULL DEFAULT '',
  body       TEXT NOT NULL
);
CREATE INDEX notes_case ON notes(case_id, written_at);

-- Case themes from DOMAIN.md; partnerships may add more.
INSERT INTO themes (code, label) VALUES
  ('asb', 'Anti-social behaviour'),
  ('cce', 'Criminal exploitation (CCE)'),
  ('county_lines', 'County lines'),
  ('cuckooing', 'Cuckooing'),
  ('domestic_abuse', 'Domestic abuse'),
  ('hate', 'Hate crime'),
  ('knife_crime', 'Knife crime'),
  ('missing', 'Missing'),
  ('mental_health', 'Mental health'),
  ('self_neglect', 'Self-neglect'),
  ('financial_abuse', 'Financial abuse'),
  ('substance_misuse', 'Substance misuse'),
  ('begging', 'Begging / street ASB'),
  ('nte', 'Night-time economy'),
  ('modern_slavery', 'Modern slavery'),
  ('prevent', 'Extremism / Prevent');
