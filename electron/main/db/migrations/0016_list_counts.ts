/**
 * The case list's totals without counting (issue 14 item 1). A list page's total was counted on indexes: every
 * live case for the whole list (100,000 index entries at 100k cases), a 案由's range of case_reasons (26,000 for
 * 加班费) — a few milliseconds each, and most of a list page's time; after anything else had used SQLite's page
 * cache, the pages had to be read again and the p95 reached 5–12 ms.
 *
 * Two small tables keep the counts as rows change, by triggers, so no write path — a mutation, a pulled row (an
 * upsert: its UPDATE fires), a rebase's cleanup — can leave them behind:
 *   case_counts        live (not deleted) cases by status, kind and voided mark;
 *   case_reason_counts case_reasons' rows by reason (deleted and voided cases are still subtracted by the list,
 *                      each few, through their partial indexes).
 * Both are local (never synced) and filled from the rows here; the triggers on `cases` only read it.
 */
export const up = `
CREATE TABLE case_counts (
  status TEXT NOT NULL,
  kind TEXT NOT NULL,
  voided INTEGER NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (status, kind, voided)
) STRICT, WITHOUT ROWID;
INSERT INTO case_counts (status, kind, voided, n)
  SELECT status, kind, voided_at IS NOT NULL, count(*) FROM cases WHERE deleted_at IS NULL GROUP BY 1, 2, 3;
CREATE TRIGGER cases_count_on_insert AFTER INSERT ON cases WHEN new.deleted_at IS NULL
BEGIN
  INSERT INTO case_counts (status, kind, voided, n) VALUES (new.status, new.kind, new.voided_at IS NOT NULL, 1)
    ON CONFLICT (status, kind, voided) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER cases_count_on_delete AFTER DELETE ON cases WHEN old.deleted_at IS NULL
BEGIN
  UPDATE case_counts SET n = n - 1
    WHERE status = old.status AND kind = old.kind AND voided = (old.voided_at IS NOT NULL);
END;
CREATE TRIGGER cases_count_on_update AFTER UPDATE OF status, kind, deleted_at, voided_at ON cases
BEGIN
  UPDATE case_counts SET n = n - 1
    WHERE old.deleted_at IS NULL
      AND status = old.status AND kind = old.kind AND voided = (old.voided_at IS NOT NULL);
  INSERT INTO case_counts (status, kind, voided, n)
    SELECT new.status, new.kind, new.voided_at IS NOT NULL, 1 WHERE new.deleted_at IS NULL
    ON CONFLICT (status, kind, voided) DO UPDATE SET n = n + 1;
END;

CREATE TABLE case_reason_counts (
  reason TEXT PRIMARY KEY,
  n INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
INSERT INTO case_reason_counts (reason, n) SELECT reason, count(*) FROM case_reasons GROUP BY reason;
CREATE TRIGGER case_reasons_count_on_insert AFTER INSERT ON case_reasons
BEGIN
  INSERT INTO case_reason_counts (reason, n) VALUES (new.reason, 1)
    ON CONFLICT (reason) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER case_reasons_count_on_delete AFTER DELETE ON case_reasons
BEGIN
  UPDATE case_reason_counts SET n = n - 1 WHERE reason = old.reason;
END;
CREATE TRIGGER case_reasons_count_on_update AFTER UPDATE OF reason ON case_reasons
BEGIN
  UPDATE case_reason_counts SET n = n - 1 WHERE reason = old.reason;
  INSERT INTO case_reason_counts (reason, n) VALUES (new.reason, 1)
    ON CONFLICT (reason) DO UPDATE SET n = n + 1;
END;
`;
