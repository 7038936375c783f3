import type { CaseStatus } from '../../../../shared/domain/case/case-status';
import type { Db } from '../connection';

export type CaseRecord = {
  id: string;
  officeId: string;
  kind: 'mediation' | 'arbitration';
  provisionalNo: string;
  officialNo: string | null;
  status: CaseStatus;
  receivedDate: string;
  acceptedDate: string | null;
  closedDate: string | null;
  reasons: string[];
  isCollective: boolean;
  workerCount: number | null;
  isMigrantWage: boolean;
  summary: string | null;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
};

/** The whole case row, typed: what services and mutations read (SQL column names stay inside db/). */
export type CaseRow = CaseRecord & {
  outcome: string | null;
  isSimple: boolean;
  archivedDate: string | null;
  linkedCaseId: string | null;
  /** A角 (承办人), B角 and the assigned 书记员. */
  handlerId: string | null;
  bHandlerId: string | null;
  clerkId: string | null;
  /** 仲裁时效 facts given at intake, as stored JSON (validated where it is read). */
  limitation: string | null;
  /** 作废: when, by whom and why; null for a case in force. */
  voided: { at: string; by: string; reason: string } | null;
};

/** The `cases` table's columns as SQLite returns them (read only inside db/). */
export type CaseColumns = {
  id: string;
  office_id: string;
  kind: CaseRow['kind'];
  provisional_no: string;
  official_no: string | null;
  status: CaseStatus;
  received_date: string;
  accepted_date: string | null;
  closed_date: string | null;
  reasons: string;
  is_collective: number;
  worker_count: number | null;
  is_migrant_wage: number;
  summary: string | null;
  created_at: string;
  created_by: string;
  updated_at: string;
  outcome: string | null;
  is_simple: number;
  archived_date: string | null;
  linked_case_id: string | null;
  handler_id: string | null;
  b_handler_id: string | null;
  clerk_id: string | null;
  limitation: string | null;
  voided_at: string | null;
  voided_by: string | null;
  void_reason: string | null;
};

const toCaseRow = (r: CaseColumns): CaseRow => ({
  id: r.id,
  officeId: r.office_id,
  kind: r.kind,
  provisionalNo: r.provisional_no,
  officialNo: r.official_no,
  status: r.status,
  receivedDate: r.received_date,
  acceptedDate: r.accepted_date,
  closedDate: r.closed_date,
  reasons: JSON.parse(r.reasons) as string[],
  isCollective: r.is_collective === 1,
  workerCount: r.worker_count,
  isMigrantWage: r.is_migrant_wage === 1,
  summary: r.summary,
  createdAt: r.created_at,
  createdBy: r.created_by,
  updatedAt: r.updated_at,
  outcome: r.outcome,
  isSimple: r.is_simple === 1,
  archivedDate: r.archived_date,
  linkedCaseId: r.linked_case_id,
  handlerId: r.handler_id,
  bHandlerId: r.b_handler_id,
  clerkId: r.clerk_id,
  limitation: r.limitation,
  voided:
    r.voided_at === null ? null : { at: r.voided_at, by: r.voided_by ?? '', reason: r.void_reason ?? '' },
});

/** Writes of the case row and its derived local indexes (reasons, search text). */
export function createCaseRepo(db: Db) {
  const insertReason = db.prepare('INSERT OR IGNORE INTO case_reasons (reason, case_id) VALUES (?, ?)');
  const upsertSearch = db.prepare(
    `INSERT INTO case_search (case_id, text) VALUES (?, ?)
     ON CONFLICT(case_id) DO UPDATE SET text = excluded.text`,
  );
  const byId = db.prepare<[string], CaseColumns>('SELECT * FROM cases WHERE id = ? AND deleted_at IS NULL');
  const kinds = db.prepare<[string], { id: string; kind: CaseRow['kind']; voided: number }>(
    `SELECT id, kind, voided_at IS NOT NULL AS voided FROM cases
     WHERE id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL`,
  );
  const setClerk = db.prepare('UPDATE cases SET clerk_id = ?, updated_at = ? WHERE id = ?');
  const allSearch = db.prepare<[], { rowid: number; text: string }>('SELECT rowid, text FROM case_search');
  const replaceSearch = db.prepare('UPDATE case_search SET text = ? WHERE rowid = ?');
  const clearReasons = db.prepare('DELETE FROM case_reasons WHERE case_id = ?');
  return {
    /** The live case (not tombstoned), typed; voided cases included (they stay readable). */
    get(id: string): CaseRow | null {
      const r = byId.get(id);
      return r === undefined ? null : toCaseRow(r);
    },
    /**
     * What the deadline engine needs of each live case named (its kind, and whether it is voided), in one query
     * for a recompute's chunk; a deleted or unknown id is absent from the map.
     */
    kindsOf(ids: readonly string[]): Map<string, { kind: CaseRow['kind']; voided: boolean }> {
      return new Map(
        kinds.all(JSON.stringify(ids)).map((r) => [r.id, { kind: r.kind, voided: r.voided === 1 }]),
      );
    },
    setClerk: (id: string, clerkId: string, at: string) => void setClerk.run(clerkId, at, id),
    setSearchText(caseId: string, text: string): void {
      upsertSearch.run(caseId, text);
    },
    /** Every stored search text rewritten by `rewrite` (the FTS index follows through its triggers); the count changed. */
    rewriteSearchTexts(rewrite: (text: string) => string): number {
      let changed = 0;
      for (const row of allSearch.all()) {
        const next = rewrite(row.text);
        if (next === row.text) continue;
        replaceSearch.run(next, row.rowid);
        changed++;
      }
      return changed;
    },
    /** The 案由 index rebuilt from the row's reasons (after a pulled case row replaced them). */
    setReasons(id: string, reasons: readonly string[]): void {
      clearReasons.run(id);
      for (const r of reasons) insertReason.run(r, id);
    },
  };
}
export type CaseRepo = ReturnType<typeof createCaseRepo>;
