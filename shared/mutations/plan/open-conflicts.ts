import { AppFailure } from '../../result';
import { conflictEntityLabel, conflictFieldLabel } from '../../sync/conflict-display';
import type { RowReader } from './store-port';

/**
 * A case with an open conflict record holds a legal fact two people recorded differently: it is not closed and
 * no document is issued from it until a person has decided (docs/sync.md, merge policy: legal facts).
 */
export function refuseWhileConflicted(read: RowReader, caseId: string, what: string): void {
  const open = read.list('conflict', { caseId }).filter((c) => c.resolvedAt === null);
  if (open.length === 0) return;
  const names = open.flatMap((c) =>
    (Array.isArray(c.fields) ? (c.fields as { field: string }[]) : []).map(
      (f) => `${conflictEntityLabel(c.rowEntity)}·${conflictFieldLabel(c.rowEntity, f.field)}`,
    ),
  );
  throw new AppFailure(
    'CONFLICT',
    `本案有 ${open.length} 处同步冲突尚未处理（${[...new Set(names)].join('、')}），须由主任在“冲突处理”中处理后才能${what}`,
  );
}
