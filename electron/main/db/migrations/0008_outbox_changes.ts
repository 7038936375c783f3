/**
 * Sync (issue 11): each outbox entry carries the rows its mutation wrote (shared/sync/changes.ts RowChange, as a
 * JSON array), captured by the write path itself, so the push sends them and a rebase can refresh them in place.
 * Additive only: `bases` stays (filled from the same capture) for anything that still reads it.
 */
export const up = `
ALTER TABLE outbox ADD COLUMN changes TEXT;
`;
