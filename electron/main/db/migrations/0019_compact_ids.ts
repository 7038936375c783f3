/**
 * Compact ids and field seqs (issue 12 item 5, "small on disk"; docs/sync.md, "Size on disk").
 *
 * From this schema on, the desktop makes 16-character ids for new records (shared/util/compact-id.ts) instead
 * of 36-character UUIDs, and reads both. The schema version is what tells the server: a server whose window ends
 * below 19 makes this desktop hold its outbox (it would refuse the new ids), and a desktop below 19, which would
 * refuse them in its own forms, is outside the window of a server that serves this one
 * (shared/sync/versions.ts). Stored ids are not rewritten: they are in the server's rows, other desktops'
 * outboxes, printed documents and the audit chains' hashes.
 *
 * The one rewrite: a synced row's `field_seqs` that says only "every field at the row's seq" (`{"*": N}` with
 * N = row_seq, most pulled rows) becomes `*` (db/sync/field-seqs.ts reads both). No trigger watches the column,
 * and the values it stands for are unchanged, so bases, conflicts and pushes see the same seqs.
 */
const SYNCED_TABLES = [
  'offices',
  'staff',
  'cases',
  'parties',
  'claims',
  'events',
  'settings',
  'element_sheets',
  'documents',
  'staff_leaves',
  'staff_relationships',
  'case_assignments',
  'sync_conflicts',
];

export const up = SYNCED_TABLES.map(
  (t) =>
    `UPDATE ${t} SET field_seqs = '*' WHERE row_seq IS NOT NULL AND field_seqs = '{"*":' || row_seq || '}';`,
).join('\n');
