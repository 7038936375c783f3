/**
 * The procedure engine's columns (outcome, simple procedure, link between a failed mediation and its
 * arbitration case, handler, limitation input), committee settings, and the deadline projection that
 * 期限待办 queries (derived locally from events + rules + calendar; never synced).
 */
export const up = `
ALTER TABLE cases ADD COLUMN outcome TEXT;
ALTER TABLE cases ADD COLUMN is_simple INTEGER NOT NULL DEFAULT 0 CHECK (is_simple IN (0, 1));
ALTER TABLE cases ADD COLUMN archived_date TEXT;
ALTER TABLE cases ADD COLUMN linked_case_id TEXT REFERENCES cases(id);
ALTER TABLE cases ADD COLUMN handler_id TEXT REFERENCES staff(id);
ALTER TABLE cases ADD COLUMN limitation TEXT;
CREATE INDEX idx_cases_handler_id ON cases (handler_id) WHERE deleted_at IS NULL;

CREATE TABLE settings (
  id TEXT PRIMARY KEY,
  office_id TEXT NOT NULL REFERENCES offices(id),
  value TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  row_seq INTEGER,
  field_seqs TEXT,
  deleted_at TEXT,
  deleted_by TEXT,
  delete_reason TEXT,
  _ext TEXT
) STRICT;

CREATE TABLE case_deadlines (
  case_id TEXT NOT NULL REFERENCES cases(id),
  rule_id TEXT NOT NULL,
  label TEXT NOT NULL,
  responsible TEXT NOT NULL,
  unit TEXT NOT NULL,
  informational INTEGER NOT NULL CHECK (informational IN (0, 1)),
  start_date TEXT,
  due_date TEXT,
  status TEXT NOT NULL,
  completed_on TEXT,
  days_left INTEGER,
  explanation TEXT NOT NULL,
  citation TEXT NOT NULL,
  gap TEXT,
  PRIMARY KEY (case_id, rule_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX idx_case_deadlines_status_due ON case_deadlines (status, due_date);
`;
