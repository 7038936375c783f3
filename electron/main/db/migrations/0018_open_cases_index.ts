/**
 * The deadline recompute's scan for open cases (issue 14 item 2). A recompute of every open case (the rules or
 * the calendar changed) starts by finding them on the app's thread, with their kinds: `openCases` in
 * case-query.repo.ts. It walked idx_cases_live_id and looked up every live case's row for its status, closing
 * day and kind — at 100k cases 100,000 row lookups into a 40 MB table that SQLite's page cache does not hold, so
 * each recompute decrypted most of it again (≈ 0.27 s of the app's thread, competing with the worker threads
 * for the two cores).
 *
 * A partial index of exactly the cases that scan can return — live, not voided, not archived — holding every
 * column the scan names answers it alone, with no row looked up: ≈ 7 MB at 100k cases, under half the scan's
 * time. Its WHERE is the scan's, term for term (SQLite uses a partial index only when the query's WHERE names
 * each of its terms). The closing-day window (`date('now', …)`) cannot be part of an index, so the closing day
 * is a column; so are the status and the two marks the WHERE reads, because SQLite counts an
 * index as covering only when it holds every column the query reads, WHERE included.
 *
 * An index only: no table or synced column changes, and the rows it holds are the table's own.
 */
export const up = `
CREATE INDEX idx_cases_open ON cases (id, closed_date, kind, status, voided_at, deleted_at)
  WHERE deleted_at IS NULL AND voided_at IS NULL AND status <> 'archived';
`;
