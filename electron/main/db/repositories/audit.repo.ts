import type { Db } from '../connection';
import { localAuditHash, type AuditEntry, type LocalChainReport } from './audit-chain';

export type { AuditEntry } from './audit-chain';

export type AuditRow = Omit<AuditEntry, 'before' | 'after'> & {
  id: number;
  before: unknown;
  after: unknown;
  status: string;
};

export function createAuditRepo(db: Db) {
  const insert = db.prepare(
    `INSERT INTO audit_log (at, user_id, mutation, mutation_id, entity, entity_id, case_id, office_id, before, after, hlc,
       prev_hash, hash)
     VALUES (@at, @userId, @mutation, @mutationId, @entity, @entityId, @caseId, @officeId, @before, @after, @hlc,
       @prevHash, @hash)`,
  );
  const head = db.prepare<[], { hash: string }>(
    'SELECT hash FROM audit_log WHERE hash IS NOT NULL ORDER BY id DESC LIMIT 1',
  );
  const list = db.prepare<[], Record<string, unknown>>('SELECT * FROM audit_log ORDER BY id');
  const json = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));
  return {
    /** Appends one entry linked to the last (the caller's transaction makes read-then-write atomic). */
    append(e: AuditEntry): void {
      const prevHash = head.get()?.hash ?? '';
      const hash = localAuditHash(prevHash, e);
      insert.run({ ...e, before: json(e.before), after: json(e.after), prevHash, hash });
    },
    /**
     * Recomputes the chain and names the first entry an edit, removal or insertion broke. Entries without a hash
     * are accepted only before the chain's first entry (written before migration 0010); one after it was inserted.
     */
    verifyChain(): LocalChainReport {
      let prev: string | null = null;
      let entries = 0;
      let before = 0;
      const broken = (id: number, reason: string): LocalChainReport => ({
        entries,
        unchained: before,
        broken: { id, reason },
      });
      for (const r of list.iterate()) {
        const row = toRow(r);
        const hash = r['hash'] as string | null;
        if (hash === null) {
          if (prev !== null) return broken(row.id, '记录缺少摘要（在摘要链开始之后插入）');
          before++;
          continue;
        }
        entries++;
        if ((r['prev_hash'] as string | null) !== (prev ?? ''))
          return broken(row.id, '前一条记录的摘要不符（其前有记录被删除、插入或改动）');
        if (localAuditHash(prev ?? '', row) !== hash)
          return broken(row.id, '本条记录的内容与其摘要不符（记录被改动）');
        prev = hash;
      }
      return { entries, unchained: before, broken: null };
    },
    list(): AuditRow[] {
      return list.all().map(toRow);
    },
  };
}

function toRow(r: Record<string, unknown>): AuditRow {
  return {
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
  };
}
export type AuditRepo = ReturnType<typeof createAuditRepo>;
