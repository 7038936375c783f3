/**
 * AB角 (reference §4): leave calendar, declared relationships (for 回避) and every assignment of a case's A角
 * and B角 with its reason — the audit of who handled what. The case row keeps the current A (handler_id) and B.
 */
const SYNC = `row_seq INTEGER, field_seqs TEXT, deleted_at TEXT, deleted_by TEXT, delete_reason TEXT, _ext TEXT`;
export const up = `
ALTER TABLE cases ADD COLUMN b_handler_id TEXT REFERENCES staff(id);
CREATE INDEX idx_cases_b_handler_id ON cases (b_handler_id) WHERE deleted_at IS NULL;

CREATE TABLE staff_leaves (
  id TEXT PRIMARY KEY,
  office_id TEXT NOT NULL,
  staff_id TEXT NOT NULL REFERENCES staff(id),
  kind TEXT NOT NULL CHECK (kind IN ('leave', 'business_trip', 'training')),
  from_date TEXT NOT NULL,
  to_date TEXT NOT NULL,
  note TEXT,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  ${SYNC},
  CHECK (to_date >= from_date)
) STRICT;
CREATE INDEX idx_staff_leaves_dates ON staff_leaves (from_date, to_date);

CREATE TABLE staff_relationships (
  id TEXT PRIMARY KEY,
  office_id TEXT NOT NULL,
  staff_id TEXT NOT NULL REFERENCES staff(id),
  id_number TEXT,
  credit_code TEXT,
  party_name TEXT,
  relation TEXT NOT NULL,
  note TEXT,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  ${SYNC}
) STRICT;

CREATE TABLE case_assignments (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases(id),
  office_id TEXT NOT NULL,
  a_id TEXT NOT NULL REFERENCES staff(id),
  b_id TEXT NOT NULL REFERENCES staff(id),
  kind TEXT NOT NULL CHECK (kind IN ('proposal', 'override', 'reassign')),
  reason TEXT NOT NULL,
  handover TEXT,
  handover_confirmed_at TEXT,
  handover_confirmed_by TEXT,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  ${SYNC}
) STRICT;
CREATE INDEX idx_case_assignments_case_id ON case_assignments (case_id, created_at);
`;
