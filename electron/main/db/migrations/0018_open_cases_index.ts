/**
 * An index for the deadline recompute's scan (issue 14 item 2), which finds every open case when the rules or
 * the calendar change (61k of 100k cases in the bench).
 *
 * `idx_cases_open` — the scan for open cases with their kinds (`OPEN_CASES` in case-query.repo.ts), on the app's
 * thread while the worker threads compute. It walked idx_cases_live_id and looked up every live case's row for
 * its status, closing day and kind: 100,000 row lookups into the 40 MB cases table, which SQLite's 16 MB page
 * cache does not hold, so SQLCipher decrypted most of it again each recompute (≈ 0.3 s, on a core the threads
 * need). This partial index holds exactly the cases the scan can return — live, not voided, not archived — and
 * every column it reads (SQLite counts an index as covering only when it holds the WHERE's columns too), so the
 * plan is an index search alone: ≈ 7 MB, under half the time. Its WHERE is the scan's, term for term: SQLite
 * takes a partial index only when the query names each of its terms. The closing-day window
 * (`date('now', …)`) cannot be part of an index, so the closing day is a column.
 *
 * Not added: a covering index of the case logs with their payloads (tried on the branch: a pass's log read
 * ≈ 0.63 → 0.40 s CPU, but ≈ 33 MB more on disk at 100k cases, against issue 12's size target, while the
 * recompute is already well inside its 2 s without it).
 *
 * An index only: no table or synced column changes, and the rows it holds are the table's own.
 */
export const up = `
CREATE INDEX idx_cases_open ON cases (id, closed_date, kind, status, voided_at, deleted_at)
  WHERE deleted_at IS NULL AND voided_at IS NULL AND status <> 'archived';
`;
