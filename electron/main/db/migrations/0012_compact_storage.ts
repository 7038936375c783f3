/**
 * Small on disk (issue 12 item 5). An audit entry's before/after images are stored compressed in `detail`
 * (db/repositories/audit-detail.ts) instead of the two JSON text columns, which new entries leave NULL; entries
 * written before keep their text and verify as they did, since the hash chain covers the images, not their
 * stored form. The append-only guard now covers `detail` too. An acknowledged outbox entry's args are kept
 * compressed in `args_z` (its `args` then empty) by the compaction of db/sync/sync-outbox.ts. Both tables are
 * local (not synced entity tables), so this changes nothing another desktop or the server reads.
 */
export const up = `
ALTER TABLE audit_log ADD COLUMN detail BLOB;
DROP TRIGGER audit_log_no_rewrite;
CREATE TRIGGER audit_log_no_rewrite BEFORE UPDATE ON audit_log
WHEN NEW.at IS NOT OLD.at OR NEW.user_id IS NOT OLD.user_id OR NEW.mutation IS NOT OLD.mutation
  OR NEW.before IS NOT OLD.before OR NEW.after IS NOT OLD.after OR NEW.entity_id IS NOT OLD.entity_id
  OR NEW.mutation_id IS NOT OLD.mutation_id OR NEW.entity IS NOT OLD.entity OR NEW.case_id IS NOT OLD.case_id
  OR NEW.office_id IS NOT OLD.office_id OR NEW.hlc IS NOT OLD.hlc
  OR NEW.prev_hash IS NOT OLD.prev_hash OR NEW.hash IS NOT OLD.hash OR NEW.detail IS NOT OLD.detail
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
ALTER TABLE outbox ADD COLUMN args_z BLOB;
`;
