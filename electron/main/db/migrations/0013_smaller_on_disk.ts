/**
 * Small on disk (issue 12 item 5), continued from 0012.
 *
 * The deadline projection. A row kept its one-line explanation and its rule's
 * name and citation as text — the same citation twice (in the explanation and beside it) on every row of every
 * case. Now a row keeps the explanation's basis (the dates and facts it is built from, shared/deadlines/
 * explanation-basis.ts) and points at its rule's terms (name, citation, period), stored once per version of a
 * rule in `deadline_rule_terms`; the text is built when the row is read. The open-deadline index covers only
 * the open rows 期限待办 and 分案 query, not every closed case's history.
 *
 * case_deadlines is a local projection of each case's event log (never synced, rebuilt from the log), so it is
 * dropped and recreated empty: DEADLINE_PROJECTION_VERSION 3 makes the next start compute every case again
 * (deadline-service.ts bringProjectionUpToDate).
 *
 * The audit: `detail_args` = 1 marks an entry whose compressed images start from its own outbox row's args as
 * DEFLATE's preset dictionary (db/repositories/audit-detail.ts); entries written before keep verifying as they
 * are. The append-only guard now covers that column too. Its two indexes go: no query reads the audit by case
 * (the entries are read whole, in order, by audit.repo.ts), and the chain's head is the last row, which a
 * backwards scan of the table finds first.
 *
 * The outbox: `args_dict` = 1 marks acknowledged args compressed against the frozen dictionary of their
 * vocabulary (db/sync/outbox-args-dictionary.ts); entries compacted before read as they were.
 *
 * All of these tables are local: nothing another desktop or the server reads changes.
 */
export const up = `
DROP INDEX idx_case_deadlines_status_due;
DROP TABLE case_deadlines;
CREATE TABLE deadline_rule_terms (
  id INTEGER PRIMARY KEY,
  terms TEXT NOT NULL UNIQUE
) STRICT;
CREATE TABLE case_deadlines (
  case_id TEXT NOT NULL REFERENCES cases(id),
  rule_id TEXT NOT NULL,
  terms_id INTEGER NOT NULL REFERENCES deadline_rule_terms(id),
  start_date TEXT,
  due_date TEXT,
  status TEXT NOT NULL,
  completed_on TEXT,
  days_left INTEGER,
  gap TEXT,
  basis TEXT NOT NULL,
  PRIMARY KEY (case_id, rule_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX idx_case_deadlines_open_due ON case_deadlines (due_date)
  WHERE status IN ('pending', 'overdue', 'paused');

DROP INDEX idx_audit_log_case_id;
DROP INDEX idx_audit_log_chain;
ALTER TABLE audit_log ADD COLUMN detail_args INTEGER CHECK (detail_args IN (1));
DROP TRIGGER audit_log_no_rewrite;
CREATE TRIGGER audit_log_no_rewrite BEFORE UPDATE ON audit_log
WHEN NEW.at IS NOT OLD.at OR NEW.user_id IS NOT OLD.user_id OR NEW.mutation IS NOT OLD.mutation
  OR NEW.before IS NOT OLD.before OR NEW.after IS NOT OLD.after OR NEW.entity_id IS NOT OLD.entity_id
  OR NEW.mutation_id IS NOT OLD.mutation_id OR NEW.entity IS NOT OLD.entity OR NEW.case_id IS NOT OLD.case_id
  OR NEW.office_id IS NOT OLD.office_id OR NEW.hlc IS NOT OLD.hlc
  OR NEW.prev_hash IS NOT OLD.prev_hash OR NEW.hash IS NOT OLD.hash OR NEW.detail IS NOT OLD.detail
  OR NEW.detail_args IS NOT OLD.detail_args
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

ALTER TABLE outbox ADD COLUMN args_dict INTEGER CHECK (args_dict IN (1));
`;
