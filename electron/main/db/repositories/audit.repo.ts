import type { Db } from '../connection';

export type AuditEntry = {
  at: string;
  userId: string;
  mutation: string;
  mutationId: number;
  entity: string;
  entityId: string;
  caseId: string | null;
  officeId: string | null;
  before: unknown;
  after: unknown;
  hlc: string;
};

export type AuditRow = Omit<AuditEntry, 'before' | 'after'> & {
  id: number;
  before: unknown;
  after: unknown;
  status: string;
};

export function createAuditRepo(db: Db) {
  const insert = db.prepare(
    `INSERT INTO audit_log (at, user_id, mutation, mutation_id, entity, entity_id, case_id, office_id, before, after, hlc)
     VALUES (@at, @userId, @mutation, @mutationId, @entity, @entityId, @caseId, @officeId, @before, @after, @hlc)`,
  );
  const list = db.prepare<[], Record<string, unknown>>('SELECT * FROM audit_log ORDER BY id');
  const json = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));
  return {
    append(e: AuditEntry): void {
      insert.run({ ...e, before: json(e.before), after: json(e.after) });
    },
    list(): AuditRow[] {
      return list.all().map((r) => ({
        id: r['id'] as number,
        at: r['at'] as string,
        userId: r['user_id'] as string,
        mutation: r['mutation'] as string,
        mutationId: r['mutation_id'] as number,
        entity: r['entity'] as string,
        entityId: r['entity_id'] as string,
        caseId: (r['case_id'] as string | null) ?? null,
        officeId: (r['office_id'] as string | null) ?? null,
        before: typeof r['before'] === 'string' ? (JSON.parse(r['before']) as unknown) : null,
        after: typeof r['after'] === 'string' ? (JSON.parse(r['after']) as unknown) : null,
        hlc: r['hlc'] as string,
        status: r['status'] as string,
      }));
    },
  };
}
export type AuditRepo = ReturnType<typeof createAuditRepo>;
