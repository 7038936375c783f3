import { createHash } from 'node:crypto';
import { canonicalJson } from '../../shared/util/canonical-json';
import type { Queryable } from '../db/types';

export type AuditEntry = {
  officeId: string;
  actorId: string | null;
  clientId: string | null;
  mutationId: number | null;
  action: string;
  detail: unknown;
};

/**
 * One link of an office's chain: the previous entry's hash and this entry's own fields, in canonical JSON so the
 * hash can be recomputed from what PostgreSQL gives back (jsonb reorders keys). The time is part of the entry.
 */
export function auditHash(prevHash: string, e: AuditEntry & { at: string }): string {
  const body = canonicalJson([
    e.officeId,
    e.at,
    e.actorId,
    e.clientId,
    e.mutationId,
    e.action,
    e.detail ?? null,
  ]);
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}

/**
 * The server's audit trail, one hash chain per office: each entry's hash covers the previous entry's hash of the
 * same office and the entry itself, so removing or editing an entry breaks every later link. The chain head is
 * taken under a transaction-scoped advisory lock per office, so concurrent writers (several server processes)
 * never fork it.
 */
export async function appendAudit(q: Queryable, e: AuditEntry, now: Date = new Date()): Promise<void> {
  await q.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`audit:${e.officeId}`]);
  const prev = await q.query<{ hash: string }>(
    'SELECT hash FROM audit_log WHERE office_id = $1 ORDER BY id DESC LIMIT 1',
    [e.officeId],
  );
  const prevHash = prev.rows[0]?.hash ?? '';
  const at = now.toISOString();
  const hash = auditHash(prevHash, { ...e, at });
  await q.query(
    `INSERT INTO audit_log (office_id, at, actor_id, client_id, mutation_id, action, detail, prev_hash, hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      e.officeId,
      at,
      e.actorId,
      e.clientId,
      e.mutationId,
      e.action,
      JSON.stringify(e.detail ?? null),
      prevHash,
      hash,
    ],
  );
}
