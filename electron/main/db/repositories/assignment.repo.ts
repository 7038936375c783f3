import type { Leave, Relationship } from '../../../../shared/assignment';
import type { Db } from '../connection';

export type AssignmentRecord = {
  id: string;
  caseId: string;
  a: string;
  b: string;
  kind: 'proposal' | 'override' | 'reassign';
  reason: string;
  handover: unknown;
  handoverConfirmedAt: string | null;
  handoverConfirmedBy: string | null;
  createdAt: string;
  createdBy: string;
};

/** Leave, declared relationships and the assignment history (AB角). */
export function createAssignmentRepo(db: Db) {
  const leaves = db.prepare<
    [],
    {
      id: string;
      staff_id: string;
      kind: Leave['kind'];
      from_date: string;
      to_date: string;
      note: string | null;
    }
  >(
    'SELECT id, staff_id, kind, from_date, to_date, note FROM staff_leaves WHERE deleted_at IS NULL ORDER BY from_date',
  );
  const rels = db.prepare<
    [],
    {
      staff_id: string;
      id_number: string | null;
      credit_code: string | null;
      party_name: string | null;
      relation: string;
      note: string | null;
    }
  >(
    'SELECT staff_id, id_number, credit_code, party_name, relation, note FROM staff_relationships WHERE deleted_at IS NULL',
  );
  const byCase = db.prepare<[string], Record<string, unknown>>(
    'SELECT * FROM case_assignments WHERE case_id = ? AND deleted_at IS NULL ORDER BY created_at',
  );
  const toRecord = (r: Record<string, unknown>): AssignmentRecord => ({
    id: r['id'] as string,
    caseId: r['case_id'] as string,
    a: r['a_id'] as string,
    b: r['b_id'] as string,
    kind: r['kind'] as AssignmentRecord['kind'],
    reason: r['reason'] as string,
    handover: typeof r['handover'] === 'string' ? (JSON.parse(r['handover']) as unknown) : null,
    handoverConfirmedAt: (r['handover_confirmed_at'] as string | null) ?? null,
    handoverConfirmedBy: (r['handover_confirmed_by'] as string | null) ?? null,
    createdAt: r['created_at'] as string,
    createdBy: r['created_by'] as string,
  });
  return {
    leaves: (): Leave[] =>
      leaves.all().map((r) => ({
        id: r.id,
        staffId: r.staff_id,
        kind: r.kind,
        from: r.from_date,
        to: r.to_date,
        ...(r.note ? { note: r.note } : {}),
      })),
    relationships: (): Relationship[] =>
      rels.all().map((r) => ({
        staffId: r.staff_id,
        relation: r.relation,
        ...(r.id_number ? { idNumber: r.id_number } : {}),
        ...(r.credit_code ? { creditCode: r.credit_code } : {}),
        ...(r.party_name ? { partyName: r.party_name } : {}),
        ...(r.note ? { note: r.note } : {}),
      })),
    history: (caseId: string): AssignmentRecord[] => byCase.all(caseId).map(toRecord),
  };
}
export type AssignmentRepo = ReturnType<typeof createAssignmentRepo>;
