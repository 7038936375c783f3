import { createHash } from 'node:crypto';
import { canonicalJson } from '../../../../shared/util/canonical-json';

/** One audit entry as a mutation records it. */
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

/**
 * One link of the desktop's audit chain (issue 12 item 6), like the server's per office: the previous entry's
 * hash and this entry's fields in canonical JSON, so the hash can be recomputed from the stored row.
 */
export function localAuditHash(prevHash: string, e: AuditEntry): string {
  const body = canonicalJson([
    e.at,
    e.userId,
    e.mutation,
    e.mutationId,
    e.entity,
    e.entityId,
    e.caseId,
    e.officeId,
    e.before ?? null,
    e.after ?? null,
    e.hlc,
  ]);
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}

export type LocalChainReport = {
  /** Entries in the chain (written since the chain began). */
  entries: number;
  /** Entries written before the chain existed (migration 0010): kept, but without a hash to check. */
  unchained: number;
  broken: { id: number; reason: string } | null;
};
