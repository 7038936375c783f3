import type { RiskCase, RiskParty } from '../../../../shared/risk/risk-warnings';
import type { Db } from '../connection';

type CaseRow = {
  id: string;
  official_no: string | null;
  provisional_no: string;
  status: string;
  received_date: string;
  is_collective: number;
  worker_count: number | null;
};
type PartyRow = {
  case_id: string;
  role: string;
  name: string;
  id_number: string | null;
  credit_code: string | null;
};

const LIVE = 'c.deleted_at IS NULL AND c.voided_at IS NULL';
const OPEN = "c.status NOT IN ('closed', 'archived')";
const CASE_COLS =
  'c.id, c.official_no, c.provisional_no, c.status, c.received_date, c.is_collective, c.worker_count';
// A principal sharing an ID number, a credit code or (when it has neither) a name with the given keys.
const SHARES = `EXISTS (SELECT 1 FROM parties p WHERE p.case_id = c.id AND p.deleted_at IS NULL
    AND p.role IN ('applicant', 'respondent')
    AND (p.id_number IN (SELECT value FROM json_each(?)) OR p.credit_code IN (SELECT value FROM json_each(?))
      OR p.name IN (SELECT value FROM json_each(?))))`;

/**
 * The cases 风险预警 (shared/risk/risk-warnings.ts) compares: live (not voided) cases with their applicants and
 * respondents. Only cases sharing a principal with the ones in question are read, so a registration check on a
 * large database reads a handful of rows, not all of them.
 */
export function createRiskRepo(db: Db) {
  const sharing = db.prepare<[string, string, string], CaseRow>(
    `SELECT ${CASE_COLS} FROM cases c WHERE ${LIVE} AND ${SHARES}`,
  );
  const open = db.prepare<[], CaseRow>(`SELECT ${CASE_COLS} FROM cases c WHERE ${LIVE} AND ${OPEN}`);
  // Every case sharing a principal with an open case: what the dashboard's repeat and duplicate checks need.
  const nearOpen = db.prepare<[], CaseRow>(
    `WITH k AS (SELECT p.id_number, p.credit_code, p.name FROM parties p JOIN cases c ON c.id = p.case_id
                WHERE ${LIVE} AND ${OPEN} AND p.deleted_at IS NULL AND p.role IN ('applicant', 'respondent'))
     SELECT ${CASE_COLS} FROM cases c WHERE ${LIVE} AND EXISTS (
       SELECT 1 FROM parties p WHERE p.case_id = c.id AND p.deleted_at IS NULL AND p.role IN ('applicant', 'respondent')
         AND (p.id_number IN (SELECT id_number FROM k WHERE id_number IS NOT NULL)
           OR p.credit_code IN (SELECT credit_code FROM k WHERE credit_code IS NOT NULL)
           OR p.name IN (SELECT name FROM k)))`,
  );
  const partiesOf = db.prepare<[string], PartyRow>(
    `SELECT case_id, role, name, id_number, credit_code FROM parties
     WHERE case_id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL AND role IN ('applicant', 'respondent')
     ORDER BY case_id, sort_order`,
  );

  const withParties = (rows: readonly CaseRow[]): RiskCase[] => {
    const byCase = new Map<string, RiskParty[]>();
    for (const p of partiesOf.all(JSON.stringify(rows.map((r) => r.id)))) {
      const list = byCase.get(p.case_id) ?? [];
      list.push({ role: p.role, name: p.name, idNumber: p.id_number, creditCode: p.credit_code });
      byCase.set(p.case_id, list);
    }
    return rows.map((r) => ({
      id: r.id,
      caseNo: r.official_no ?? r.provisional_no,
      open: r.status !== 'closed' && r.status !== 'archived',
      receivedDate: r.received_date,
      isCollective: r.is_collective === 1,
      workerCount: r.worker_count,
      parties: byCase.get(r.id) ?? [],
    }));
  };

  return {
    /** Live cases with a principal that has one of these ID numbers, credit codes or names. */
    sharingParties: (keys: { idNumbers: string[]; creditCodes: string[]; names: string[] }): RiskCase[] =>
      withParties(
        sharing.all(
          JSON.stringify(keys.idNumbers),
          JSON.stringify(keys.creditCodes),
          JSON.stringify(keys.names),
        ),
      ),
    /** The open cases and every live case sharing a principal with one of them (the dashboard's input). */
    openAndRelated: (): RiskCase[] => {
      const rows = new Map<string, CaseRow>();
      for (const r of [...open.all(), ...nearOpen.all()]) rows.set(r.id, r);
      return withParties([...rows.values()]);
    },
  };
}
export type RiskRepo = ReturnType<typeof createRiskRepo>;
