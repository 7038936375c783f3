/**
 * Compact ids and a narrower index of the procedural log (issue 12 item 5, "small on disk"; docs/sync.md, "Ids"
 * and "Size on disk").
 *
 * From this schema on, the desktop makes 16-character ids for new records and devices
 * (shared/util/compact-id.ts) instead of 36-character UUIDs, and accepts both. No table changes for that: the
 * schema version is what the server reads. A server whose window ends below 19 would refuse the new ids, so a
 * desktop at 19 holds its outbox until the server is updated; a desktop below 19 refuses them in its own forms,
 * so a server that serves 19 makes it hold and ask for the update (shared/sync/versions.ts). Stored ids are not
 * rewritten: they are in the server's rows, other desktops' outboxes, printed documents and the audit chains.
 *
 * From this build on, a pulled row whose fields all carry the row's own seq stores its field_seqs as `*`
 * (db/sync/field-seqs.ts). Rows stored before keep their form, which reads the same; they are not rewritten
 * here, since a migration only adds to synced tables (tests/architecture/additive-migrations.test.ts).
 *
 * `idx_events_case_id` keeps the case only, not its (occurred_on, recorded_at): every reader takes one case's
 * log, or many cases' logs grouped by case, a handful of rows each, and sorted them by a temporary b-tree for
 * their last term (id) already; they now sort by their last three (EXPLAIN QUERY PLAN of each, same searches).
 * The 24-character recorded_at made the index 2.5 times the size (0.30 → 0.12 MB at 2,000 cases).
 */
export const up = `
DROP INDEX idx_events_case_id;
CREATE INDEX idx_events_case_id ON events (case_id);
`;
