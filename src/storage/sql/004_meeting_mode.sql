-- Casebook schema, step 4: meeting mode (issue 6, docs/meetings.md).

-- Sign-off locks the minutes; later corrections are amendments, never edits.
ALTER TABLE meetings ADD COLUMN signed_off_at TEXT;
ALTER TABLE meetings ADD COLUMN signed_off_by TEXT NOT NULL DEFAULT '';

-- decision was free text; it is now what the meeting decided (ItemDecision), with the
-- outcome or forum in decision_note. Earlier free text moves into the note.
ALTER TABLE agenda_items ADD COLUMN decision_note TEXT NOT NULL DEFAULT '';
ALTER TABLE agenda_items ADD COLUMN seconds_spent INTEGER NOT NULL DEFAULT 0 CHECK (seconds_spent >= 0);
-- The case's risk as the meeting found it and as it left it ("16 Very high"): kept as text so
-- signed minutes do not change when the case is re-scored later.
ALTER TABLE agenda_items ADD COLUMN risk_before TEXT NOT NULL DEFAULT '';
ALTER TABLE agenda_items ADD COLUMN risk_after TEXT NOT NULL DEFAULT '';
UPDATE agenda_items SET decision_note = decision, decision = 'none'
  WHERE decision NOT IN ('none', 'continue', 'escalate', 'step_down', 'close', 'refer_on', 'accept', 'decline');

-- A caseworker's written update on a case item. case_id is kept beside the item so a purge
-- and a subject access request find the update with every other row about the case.
CREATE TABLE agenda_updates (
  id             INTEGER PRIMARY KEY,
  agenda_item_id INTEGER NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
  case_id        INTEGER REFERENCES cases(id) ON DELETE CASCADE,
  author         TEXT NOT NULL,
  written_at     TEXT NOT NULL,
  body           TEXT NOT NULL
);
CREATE INDEX agenda_updates_item ON agenda_updates(agenda_item_id);
CREATE INDEX agenda_updates_case ON agenda_updates(case_id);

-- case_id: the case of the item amended, so a purge and a subject access request find the
-- amendment's text with the case's other rows.
CREATE TABLE meeting_amendments (
  id            INTEGER PRIMARY KEY,
  meeting_id    INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  case_id       INTEGER REFERENCES cases(id) ON DELETE CASCADE,
  made_at       TEXT NOT NULL,
  made_by       TEXT NOT NULL,
  item_position INTEGER NOT NULL DEFAULT 0,
  text          TEXT NOT NULL
);
CREATE INDEX meeting_amendments_meeting ON meeting_amendments(meeting_id);
CREATE INDEX meeting_amendments_case ON meeting_amendments(case_id);

-- The invite list the chair confirmed for a meeting.
CREATE TABLE meeting_invitations (
  meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  member_id  INTEGER NOT NULL REFERENCES members(id),
  PRIMARY KEY (meeting_id, member_id)
);

-- Items every meeting of a group discusses (a beat, hotspots, the night-time economy).
CREATE TABLE standing_items (
  id       INTEGER PRIMARY KEY,
  group_id INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  title    TEXT NOT NULL
);
CREATE INDEX standing_items_group ON standing_items(group_id, position);
