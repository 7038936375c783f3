/**
 * The deadline recompute's shortcut (issue 14 item 2). A recompute of every open case (the rules or the calendar
 * changed) compared each computed deadline with its stored row, so it read every row of case_deadlines — at
 * 100k cases about 200,000 rows, a string per column — to find that nearly all were as they were.
 *
 * `case_deadline_digests` keeps, per case, a 53-bit digest of the projection the repository last wrote for it
 * (db/repositories/deadline.repo.ts): a recompute reads one number per case and compares row by row only the
 * cases whose digest differs or is missing. Any other write to case_deadlines — a hand edit, a future code path
 * that forgets the digest — drops the case's digest through the triggers below, so that case is compared in full
 * again; a digest can only ever be missing, never stale.
 *
 * Local only (case_deadlines is a local projection, never synced): no synced table changes. Starts empty, so the
 * first recompute after this migration compares every case in full and writes the digests.
 */
export const up = `
CREATE TABLE case_deadline_digests (
  case_id TEXT PRIMARY KEY,
  digest INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
CREATE TRIGGER case_deadlines_digest_on_insert AFTER INSERT ON case_deadlines
BEGIN DELETE FROM case_deadline_digests WHERE case_id = new.case_id; END;
CREATE TRIGGER case_deadlines_digest_on_update AFTER UPDATE ON case_deadlines
BEGIN
  DELETE FROM case_deadline_digests WHERE case_id = old.case_id;
  DELETE FROM case_deadline_digests WHERE case_id = new.case_id;
END;
CREATE TRIGGER case_deadlines_digest_on_delete AFTER DELETE ON case_deadlines
BEGIN DELETE FROM case_deadline_digests WHERE case_id = old.case_id; END;
`;
