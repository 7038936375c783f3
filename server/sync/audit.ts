import { createHash } from 'node:crypto';
import type { Queryable } from '../db/types';

/**
 * The server's audit trail, one hash chain per office: each entry's hash covers the previous entry's hash of the
 * same office and the entry itself, so removing or editing an entry breaks every later link. The chain head is
 * taken under a transaction-scoped advisory lock per office, so concurrent writers (several server processes)
 * never fork it.
 */
export async function appendAudit(
  q: Queryable,
  e: {
    officeId: string;
    actorId: string | null;
    clientId: string | null;
    mutationId: number | null;
    action: string;
    detail: unknown;
  },
): Promise<void> {
  await q.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`audit:${e.officeId}`]);
  const prev = await q.query<{ hash: string }>(
    'SELECT hash FROM audit_log WHERE office_id = $1 ORDER BY id DESC LIMIT 1',
    [e.officeId],
  );
  const prevHash = prev.rows[0]?.hash ?? '';
  const body = JSON.stringify([e.officeId, e.actorId, e.clientId, e.mutationId, e.action, e.detail]);
  const hash = createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
  await q.query(
    `INSERT INTO audit_log (office_id, actor_id, client_id, mutation_id, action, detail, prev_hash, hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [e.officeId, e.actorId, e.clientId, e.mutationId, e.action, JSON.stringify(e.detail), prevHash, hash],
  );
}
