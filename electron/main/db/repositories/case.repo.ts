import type { CaseStatus } from '../../../../shared/domain/case/case-status';
import type { Db } from '../connection';
import { toInt } from './row-json';

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

/** Writes of the case row and its derived local indexes (reasons, search text). */
export function createCaseRepo(db: Db) {
  const insert = db.prepare(
    `INSERT INTO cases (id, office_id, kind, provisional_no, official_no, status, received_date, accepted_date,
       closed_date, reasons, is_collective, worker_count, is_migrant_wage, summary, created_at, created_by, updated_at)
     VALUES (@id, @officeId, @kind, @provisionalNo, @officialNo, @status, @receivedDate, @acceptedDate,
       @closedDate, @reasons, @isCollective, @workerCount, @isMigrantWage, @summary, @createdAt, @createdBy, @updatedAt)`,
  );
  const insertReason = db.prepare('INSERT OR IGNORE INTO case_reasons (reason, case_id) VALUES (?, ?)');
  const upsertSearch = db.prepare(
    `INSERT INTO case_search (case_id, text) VALUES (?, ?)
     ON CONFLICT(case_id) DO UPDATE SET text = excluded.text`,
  );
  return {
    insert(c: CaseRecord): void {
      insert.run({
        ...c,
        reasons: JSON.stringify(c.reasons),
        isCollective: toInt(c.isCollective),
        isMigrantWage: toInt(c.isMigrantWage),
      });
      for (const r of c.reasons) insertReason.run(r, c.id);
    },
    setSearchText(caseId: string, text: string): void {
      upsertSearch.run(caseId, text);
    },
  };
}
export type CaseRepo = ReturnType<typeof createCaseRepo>;
