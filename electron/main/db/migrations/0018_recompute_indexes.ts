/**
 * Two indexes for the deadline recompute (issue 14 item 2), which reads every open case and its log when the
 * rules or the calendar change (61k cases, ~200k events at 100k cases). Both reads were bound by the pages
 * SQLCipher decrypts: tables far larger than SQLite's 16 MB page cache, read again each recompute.
 *
 * `idx_cases_open` — the scan for open cases with their kinds (`OPEN_CASES` in case-query.repo.ts), on the app's
 * thread while the worker threads compute. It walked idx_cases_live_id and looked up every live case's row for
 * its status, closing day and kind: 100,000 row lookups into the 40 MB cases table (≈ 0.3 s, on a core the
 * threads need). This partial index holds exactly the cases the scan can return — live, not voided, not
 * archived — and every column it reads (SQLite counts an index as covering only when it holds the WHERE's
 * columns too), so the plan is an index search alone: ≈ 7 MB, under half the time. Its WHERE is the scan's,
 * term for term: SQLite takes a partial index only when the query names each of its terms. The closing-day
 * window (`date('now', …)`) cannot be part of an index, so the closing day is a column.
 *
 * `idx_events_case_log` replaces idx_events_case_id (case_id, occurred_on, recorded_at): the same leading
 * columns in the same order, so every plan that used it can use this one, followed by every column a case's
 * log is read with (`listForFoldMany`, `listForFold`, `lastActivityOn` in event.repo.ts). The log read then
 * touches no table row: with the old index each event's row was looked up in the 82 MB events table (most of
 * a row is sync bookkeeping the log read never uses), and a recompute's worker threads decrypted the whole
 * table once per recompute. One pass over the open cases' logs: ≈ 0.63 s → 0.40 s of CPU. It costs ≈ 33 MB
 * more on disk at 100k cases (55 MB against the old index's 22 MB): the payload is in it.
 *
 * Indexes only: no table or synced column changes, and the rows they hold are the tables' own.
 */
export const up = `
CREATE INDEX idx_cases_open ON cases (id, closed_date, kind, status, voided_at, deleted_at)
  WHERE deleted_at IS NULL AND voided_at IS NULL AND status <> 'archived';
CREATE INDEX idx_events_case_log
  ON events (case_id, occurred_on, recorded_at, id, type, supersedes_event_id, deleted_at, payload);
DROP INDEX idx_events_case_id;
`;
