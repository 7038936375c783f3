/**
 * Conflict records (issue 12 item 1, docs/sync.md merge policy): the server creates one when a push edits a
 * legal or narrative field that someone else changed since its author last pulled; it arrives in the pull feed
 * like any row and is resolved once, by a person, with a reason (mutation conflict.resolve). Open conflicts are
 * read per case (the case page marks each field 有冲突) and per office (the 冲突处理 screen).
 */
const SYNC = `row_seq INTEGER, field_seqs TEXT, deleted_at TEXT, deleted_by TEXT, delete_reason TEXT, _ext TEXT`;

export const up = `
CREATE TABLE sync_conflicts (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL,
  office_id TEXT NOT NULL,
  row_entity TEXT NOT NULL,
  row_id TEXT NOT NULL,
  fields TEXT NOT NULL,
  kept_by TEXT,
  kept_at TEXT,
  kept_client TEXT,
  other_by TEXT NOT NULL,
  other_at TEXT NOT NULL,
  other_client TEXT NOT NULL,
  other_mutation_id INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  resolved_at TEXT,
  resolved_by TEXT,
  resolution TEXT CHECK (resolution IN ('kept', 'other', 'merged')),
  resolved_values TEXT,
  resolve_reason TEXT,
  ${SYNC}
) STRICT;
CREATE INDEX idx_sync_conflicts_open_case ON sync_conflicts (case_id) WHERE resolved_at IS NULL;
CREATE INDEX idx_sync_conflicts_open_office ON sync_conflicts (office_id, created_at) WHERE resolved_at IS NULL;
`;
