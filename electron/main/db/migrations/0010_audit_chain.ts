/**
 * The local audit trail becomes tamper-evident (issue 12 item 6): each entry stores its predecessor's hash and
 * its own, computed when it is written (db/repositories/audit-chain.ts). Entries written before this migration
 * keep no hash and are reported as such; the chain starts with the first entry after it. The append-only guard
 * now also covers the two hash columns (only the sync status may still change).
 */
export const up = `
ALTER TABLE audit_log ADD COLUMN prev_hash TEXT;
ALTER TABLE audit_log ADD COLUMN hash TEXT;
DROP TRIGGER audit_log_no_rewrite;
CREATE TRIGGER audit_log_no_rewrite BEFORE UPDATE ON audit_log
WHEN NEW.at IS NOT OLD.at OR NEW.user_id IS NOT OLD.user_id OR NEW.mutation IS NOT OLD.mutation
  OR NEW.before IS NOT OLD.before OR NEW.after IS NOT OLD.after OR NEW.entity_id IS NOT OLD.entity_id
  OR NEW.mutation_id IS NOT OLD.mutation_id OR NEW.entity IS NOT OLD.entity OR NEW.case_id IS NOT OLD.case_id
  OR NEW.office_id IS NOT OLD.office_id OR NEW.hlc IS NOT OLD.hlc
  OR NEW.prev_hash IS NOT OLD.prev_hash OR NEW.hash IS NOT OLD.hash
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE INDEX idx_audit_log_chain ON audit_log (id) WHERE hash IS NOT NULL;
`;
