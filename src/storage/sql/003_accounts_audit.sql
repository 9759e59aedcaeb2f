-- Casebook schema, step 3: accounts, the audit trail and retention decisions (issue 5,
-- docs/security.md).

-- Who may sign in, and as what. A member links the account to the directory, whose
-- memberships decide the groups it reaches. credential: how the account signs in: with the
-- vault's own passphrase (the first administrator's), or with a passphrase of its own (a key
-- slot in vault.key).
CREATE TABLE accounts (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL UNIQUE COLLATE NOCASE,
  role       TEXT NOT NULL CHECK (role IN ('administrator', 'chair', 'caseworker', 'viewer')),
  member_id  INTEGER REFERENCES members(id),
  credential TEXT NOT NULL CHECK (credential IN ('vault_passphrase', 'own_passphrase')),
  active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at TEXT NOT NULL
);

-- Append-only and hash-chained: each entry's hash covers the one before, so an edited,
-- deleted or reordered entry breaks the chain (casebook-cli audit verify). No foreign keys:
-- an entry outlives the case it names (a purge keeps its reference, never its contents).
CREATE TABLE audit_log (
  seq       INTEGER PRIMARY KEY,
  at        TEXT NOT NULL,
  account   TEXT NOT NULL,
  event     TEXT NOT NULL,
  case_id   INTEGER,
  case_ref  TEXT NOT NULL DEFAULT '',
  detail    TEXT NOT NULL DEFAULT '',
  reason    TEXT NOT NULL DEFAULT '',
  prev_hash TEXT NOT NULL,
  hash      TEXT NOT NULL
);
CREATE INDEX audit_log_case ON audit_log(case_id);
CREATE INDEX audit_log_account ON audit_log(account, at);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN
  SELECT RAISE(ABORT, 'the audit trail is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN
  SELECT RAISE(ABORT, 'the audit trail is append-only');
END;

-- A closed case kept past the retention period: who decided, why, and when to look again.
CREATE TABLE retention_decisions (
  id           INTEGER PRIMARY KEY,
  case_id      INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  decided_at   TEXT NOT NULL,
  decided_by   TEXT NOT NULL,
  reason       TEXT NOT NULL,
  review_on    TEXT NOT NULL
);
CREATE INDEX retention_decisions_case ON retention_decisions(case_id, review_on);
