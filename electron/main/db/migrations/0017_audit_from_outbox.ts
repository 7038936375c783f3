/**
 * Small on disk (issue 12 item 5), continued from 0013.
 *
 * The audit. Every entry is written with its outbox row in the same transaction (run-mutation.ts `record`), from
 * the same stamp: its time, author, mutation name and HLC are that row's device_time, user_id, name and hlc, and
 * for a change of a case its entity id is its case id. Storing them twice cost about 150 bytes an entry (a fifth
 * of the audit). The table is rebuilt with those columns nullable, NULL meaning "as in the outbox row" (or "the
 * case id"); a value that differs — entries written by older versions or by hand — is kept as it was, so the copy
 * is lossless whatever the history. `status` was never changed from 'pending'; NULL now reads as that.
 *
 * The hash chain is not touched: the hash covers the values (canonical JSON), not their stored form, and the
 * reader (audit.repo.ts) puts the outbox row's values back before hashing, so every entry verifies as before.
 * Since the audit now leans on those four outbox columns, a trigger refuses any change of them (nothing in the
 * app changes them; the outbox row itself is never deleted: the audit's foreign key).
 *
 * Ids are copied, and the AUTOINCREMENT high-water mark with them, so no entry id is ever used twice.
 *
 * The search's trigram index keeps which cases hold a trigram, not where (`detail=none`, `columnsize=0`): the
 * positions were there only for phrase MATCH, and a 3–17 character search is now `text GLOB`, which FTS5
 * answers from the same index and checks against the text (case-list-plan.ts). Half of the index's size. With
 * `secure-delete` a changed case's old trigrams leave the index at once instead of as delete markers waiting for
 * a merge (a third of what remained, as the bench writes cases: 1.3 → 0.9 MB at 5,000). It needs SQLite 3.42 or
 * later to read the index (FTS5 format 5); both builds ship 3.53, and an older app refuses this schema anyway.
 *
 * idx_cases_received_date (received date, id) goes: idx_cases_live_received (0014) begins with the same two
 * columns under the same condition, and every list and count plan that took the older index takes that one
 * instead (EXPLAIN QUERY PLAN over every sort, filter and scope). An index is not part of the synced schema.
 *
 * The audit and the search index are local (never synced), and no synced table's columns change: nothing another
 * desktop or the server reads is different.
 */
export const up = `
CREATE TABLE audit_log_0017 (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  mutation_id INTEGER NOT NULL REFERENCES outbox(mutation_id),
  entity TEXT NOT NULL,
  entity_id TEXT,
  case_id TEXT,
  office_id TEXT,
  detail BLOB,
  detail_args INTEGER CHECK (detail_args IN (1)),
  prev_hash TEXT,
  hash TEXT,
  at TEXT,
  user_id TEXT,
  mutation TEXT,
  hlc TEXT,
  before TEXT,
  after TEXT,
  status TEXT,
  CHECK (entity_id IS NOT NULL OR case_id IS NOT NULL)
) STRICT;
INSERT INTO audit_log_0017 (id, mutation_id, entity, entity_id, case_id, office_id, detail, detail_args,
    prev_hash, hash, at, user_id, mutation, hlc, before, after, status)
  SELECT a.id, a.mutation_id, a.entity,
    CASE WHEN a.entity_id IS a.case_id THEN NULL ELSE a.entity_id END,
    a.case_id, a.office_id, a.detail, a.detail_args, a.prev_hash, a.hash,
    CASE WHEN a.at IS o.device_time THEN NULL ELSE a.at END,
    CASE WHEN a.user_id IS o.user_id THEN NULL ELSE a.user_id END,
    CASE WHEN a.mutation IS o.name THEN NULL ELSE a.mutation END,
    CASE WHEN a.hlc IS o.hlc THEN NULL ELSE a.hlc END,
    a.before, a.after,
    CASE WHEN a.status = 'pending' THEN NULL ELSE a.status END
  FROM audit_log a LEFT JOIN outbox o ON o.mutation_id = a.mutation_id
  ORDER BY a.id;
UPDATE sqlite_sequence
  SET seq = max(seq, ifnull((SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'), 0))
  WHERE name = 'audit_log_0017';
INSERT INTO sqlite_sequence (name, seq)
  SELECT 'audit_log_0017', seq FROM sqlite_sequence WHERE name = 'audit_log'
    AND NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'audit_log_0017');
DROP TABLE audit_log;
ALTER TABLE audit_log_0017 RENAME TO audit_log;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_rewrite BEFORE UPDATE ON audit_log
WHEN NEW.id IS NOT OLD.id OR NEW.mutation_id IS NOT OLD.mutation_id OR NEW.entity IS NOT OLD.entity
  OR NEW.entity_id IS NOT OLD.entity_id OR NEW.case_id IS NOT OLD.case_id OR NEW.office_id IS NOT OLD.office_id
  OR NEW.detail IS NOT OLD.detail OR NEW.detail_args IS NOT OLD.detail_args
  OR NEW.prev_hash IS NOT OLD.prev_hash OR NEW.hash IS NOT OLD.hash
  OR NEW.at IS NOT OLD.at OR NEW.user_id IS NOT OLD.user_id OR NEW.mutation IS NOT OLD.mutation
  OR NEW.hlc IS NOT OLD.hlc OR NEW.before IS NOT OLD.before OR NEW.after IS NOT OLD.after
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER outbox_audited_no_rewrite BEFORE UPDATE OF name, user_id, hlc, device_time ON outbox
WHEN NEW.name IS NOT OLD.name OR NEW.user_id IS NOT OLD.user_id OR NEW.hlc IS NOT OLD.hlc
  OR NEW.device_time IS NOT OLD.device_time
BEGIN SELECT RAISE(ABORT, 'outbox name, author, HLC and time are part of the audit record'); END;

DROP TABLE case_fts;
CREATE VIRTUAL TABLE case_fts USING fts5(text, content='case_search', content_rowid='rowid',
  tokenize='trigram', detail=none, columnsize=0);
INSERT INTO case_fts (case_fts) VALUES ('rebuild');
INSERT INTO case_fts (case_fts, rank) VALUES ('secure-delete', 1);

DROP INDEX idx_cases_received_date;
`;
