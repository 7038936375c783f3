/**
 * Sync rebase (issue 11, docs/sync.md §2.8): applying a pull first puts every row a pending local mutation
 * touched back to its last server-confirmed image, which for a step recorded offline means removing its event
 * before the mutation is re-applied on top of the server's rows. The append-only guard on events stays for
 * everything else: it yields only while `sync_meta.rebase_in_progress` exists, a key the rebase sets and
 * removes inside its own transaction (so it is never visible to any other write).
 */
export const up = `
DROP TRIGGER events_append_only_delete;
CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events
WHEN NOT EXISTS (SELECT 1 FROM sync_meta WHERE key = 'rebase_in_progress')
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
`;
