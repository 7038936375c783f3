/**
 * 更正与作废 (issue 10). A case registered by mistake is voided, not deleted: it keeps its rows and its reason,
 * is hidden from lists, deadlines and statistics by default, and a director can restore it. These columns are a
 * domain state, unlike the sync tombstone `deleted_at` that every query treats as gone.
 * A document remembers its own date, so "stale" compares it with a rebuild on that date, not on today's.
 */
export const up = `
ALTER TABLE cases ADD COLUMN voided_at TEXT;
ALTER TABLE cases ADD COLUMN voided_by TEXT REFERENCES staff(id);
ALTER TABLE cases ADD COLUMN void_reason TEXT;
CREATE INDEX idx_cases_voided_at ON cases (voided_at) WHERE voided_at IS NOT NULL;

ALTER TABLE documents ADD COLUMN doc_date TEXT;
`;
