/**
 * Data model v1. Every synced table carries the sync columns of design/sync.md §2.3 (office_id, row_seq,
 * field_seqs, tombstone fields, _ext). Money is integer fen; dates are 'YYYY-MM-DD' text.
 */
const SYNC_COLUMNS = `
  row_seq INTEGER,
  field_seqs TEXT,
  deleted_at TEXT,
  deleted_by TEXT,
  delete_reason TEXT,
  _ext TEXT`;

export const up = `
CREATE TABLE offices (
  id TEXT PRIMARY KEY,
  office_id TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('committee', 'station')),
  name TEXT NOT NULL,
  short_name TEXT NOT NULL,
  parent_id TEXT REFERENCES offices(id),
  created_at TEXT NOT NULL,${SYNC_COLUMNS}
) STRICT;

CREATE TABLE staff (
  id TEXT PRIMARY KEY,
  office_id TEXT NOT NULL REFERENCES offices(id),
  name TEXT NOT NULL,
  username TEXT NOT NULL COLLATE NOCASE UNIQUE,
  password_hash TEXT NOT NULL,
  roles TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at TEXT NOT NULL,${SYNC_COLUMNS}
) STRICT;

CREATE TABLE cases (
  id TEXT PRIMARY KEY,
  office_id TEXT NOT NULL REFERENCES offices(id),
  kind TEXT NOT NULL CHECK (kind IN ('mediation', 'arbitration')),
  provisional_no TEXT NOT NULL UNIQUE,
  official_no TEXT UNIQUE,
  display_no TEXT GENERATED ALWAYS AS (coalesce(official_no, provisional_no)) VIRTUAL,
  status TEXT NOT NULL,
  received_date TEXT NOT NULL,
  accepted_date TEXT,
  closed_date TEXT,
  reasons TEXT NOT NULL,
  is_collective INTEGER NOT NULL CHECK (is_collective IN (0, 1)),
  worker_count INTEGER,
  is_migrant_wage INTEGER NOT NULL CHECK (is_migrant_wage IN (0, 1)),
  summary TEXT,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,${SYNC_COLUMNS}
) STRICT;
-- Partial indexes over live rows: list counts and pages then never visit tombstones.
CREATE INDEX idx_cases_received_date ON cases (received_date, id) WHERE deleted_at IS NULL;
CREATE INDEX idx_cases_status_received_date ON cases (status, received_date, id) WHERE deleted_at IS NULL;
CREATE INDEX idx_cases_kind_received_date ON cases (kind, received_date, id) WHERE deleted_at IS NULL;
CREATE INDEX idx_cases_display_no ON cases (display_no) WHERE deleted_at IS NULL;
CREATE INDEX idx_cases_accepted_date ON cases (accepted_date) WHERE deleted_at IS NULL;

-- Derived, local-only index of 案由 so a reason filter is an index lookup, not a JSON scan.
CREATE TABLE case_reasons (
  reason TEXT NOT NULL,
  case_id TEXT NOT NULL REFERENCES cases(id),
  PRIMARY KEY (reason, case_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE parties (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases(id),
  office_id TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('worker', 'employer', 'agent')),
  role TEXT NOT NULL CHECK (role IN ('applicant', 'respondent', 'third_party', 'agent')),
  name TEXT NOT NULL,
  id_number TEXT,
  credit_code TEXT,
  sex TEXT CHECK (sex IN ('male', 'female')),
  birth_date TEXT,
  ethnicity TEXT,
  address TEXT,
  phone TEXT,
  legal_rep TEXT,
  legal_rep_title TEXT,
  represents_party_id TEXT REFERENCES parties(id),
  agent_type TEXT,
  authority TEXT,
  sort_order INTEGER NOT NULL,
  created_at TEXT NOT NULL,${SYNC_COLUMNS}
) STRICT;
CREATE INDEX idx_parties_case_id ON parties (case_id, sort_order);

CREATE TABLE claims (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases(id),
  office_id TEXT NOT NULL,
  type TEXT NOT NULL,
  description TEXT,
  amount_fen INTEGER CHECK (amount_fen IS NULL OR amount_fen >= 0),
  sort_order INTEGER NOT NULL,
  created_at TEXT NOT NULL,${SYNC_COLUMNS}
) STRICT;
CREATE INDEX idx_claims_case_id ON claims (case_id, sort_order);

-- The procedural log is append-only (sync §2.8): corrections are new events pointing at the original.
CREATE TABLE events (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases(id),
  office_id TEXT NOT NULL,
  type TEXT NOT NULL,
  occurred_on TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  actor_id TEXT,
  payload TEXT NOT NULL,
  supersedes_event_id TEXT REFERENCES events(id),
  hlc TEXT NOT NULL,${SYNC_COLUMNS}
) STRICT;
CREATE INDEX idx_events_case_id ON events (case_id, occurred_on, recorded_at);
CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events
WHEN NEW.id IS NOT OLD.id OR NEW.case_id IS NOT OLD.case_id OR NEW.type IS NOT OLD.type
  OR NEW.occurred_on IS NOT OLD.occurred_on OR NEW.recorded_at IS NOT OLD.recorded_at
  OR NEW.actor_id IS NOT OLD.actor_id OR NEW.payload IS NOT OLD.payload
  OR NEW.supersedes_event_id IS NOT OLD.supersedes_event_id
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;

-- Outbox shaped for design/sync.md §2.3: one row per named mutation, written in the same transaction.
CREATE TABLE outbox (
  mutation_id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL,
  version INTEGER NOT NULL,
  args TEXT NOT NULL,
  bases TEXT NOT NULL,
  blob_deps TEXT,
  user_id TEXT NOT NULL,
  hlc TEXT NOT NULL,
  device_time TEXT NOT NULL,
  state TEXT NOT NULL DEFAULT 'pending'
    CHECK (state IN ('pending', 'in_flight', 'applied', 'conflict', 'rejected', 'held')),
  outcome TEXT,
  attempts INTEGER NOT NULL DEFAULT 0,
  last_error TEXT
) STRICT;

CREATE TABLE shadow (
  entity TEXT NOT NULL,
  id TEXT NOT NULL,
  data TEXT,
  row_seq INTEGER,
  PRIMARY KEY (entity, id)
) STRICT;

CREATE TABLE blob_queue (
  sha256 TEXT PRIMARY KEY,
  size INTEGER NOT NULL,
  state TEXT NOT NULL,
  uploaded_bytes INTEGER NOT NULL DEFAULT 0,
  direction TEXT NOT NULL
) STRICT;

CREATE TABLE sync_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;

-- Audit: who did what, when, with the before and after images. Never deleted; only its sync status moves.
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  user_id TEXT NOT NULL,
  mutation TEXT NOT NULL,
  mutation_id INTEGER NOT NULL REFERENCES outbox(mutation_id),
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  case_id TEXT,
  office_id TEXT,
  before TEXT,
  after TEXT,
  hlc TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'pending'
) STRICT;
CREATE INDEX idx_audit_log_case_id ON audit_log (case_id, id);
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_rewrite BEFORE UPDATE ON audit_log
WHEN NEW.at IS NOT OLD.at OR NEW.user_id IS NOT OLD.user_id OR NEW.mutation IS NOT OLD.mutation
  OR NEW.before IS NOT OLD.before OR NEW.after IS NOT OLD.after OR NEW.entity_id IS NOT OLD.entity_id
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

CREATE TABLE local_counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL) STRICT;

-- Search: one lower-cased text per case (numbers, names, ID numbers, credit codes), indexed by FTS5 trigram
-- for 3+ character queries; shorter queries use LIKE on the same text (stack.md: trigram MATCH needs 3 chars).
CREATE TABLE case_search (
  rowid INTEGER PRIMARY KEY,
  case_id TEXT NOT NULL UNIQUE REFERENCES cases(id),
  text TEXT NOT NULL
) STRICT;
CREATE VIRTUAL TABLE case_fts USING fts5(text, content='case_search', content_rowid='rowid', tokenize='trigram');
CREATE TRIGGER case_search_ai AFTER INSERT ON case_search BEGIN
  INSERT INTO case_fts(rowid, text) VALUES (new.rowid, new.text);
END;
CREATE TRIGGER case_search_ad AFTER DELETE ON case_search BEGIN
  INSERT INTO case_fts(case_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
END;
CREATE TRIGGER case_search_au AFTER UPDATE ON case_search BEGIN
  INSERT INTO case_fts(case_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
  INSERT INTO case_fts(rowid, text) VALUES (new.rowid, new.text);
END;
`;
