import { createHash } from 'node:crypto';
import { canonicalJson } from '../../shared/util/canonical-json';
import type { Queryable } from '../db/types';
import { runFinalStatement, type TailWrite } from './final-statement';

export type AuditEntry = {
  officeId: string;
  actorId: string | null;
  clientId: string | null;
  mutationId: number | null;
  action: string;
  detail: unknown;
};

/** The entry's own fields in canonical JSON (jsonb reorders keys, so the hash is recomputable from a read). */
const auditBody = (e: AuditEntry & { at: string }): string =>
  canonicalJson([e.officeId, e.at, e.actorId, e.clientId, e.mutationId, e.action, e.detail ?? null]);

/**
 * One link of an office's chain: SHA-256 of the previous entry's hash, a newline and this entry's own fields. The
 * time is part of the entry. The server computes the same digest in SQL when it appends (`auditWrite`).
 */
export function auditHash(prevHash: string, e: AuditEntry & { at: string }): string {
  return createHash('sha256').update(prevHash).update('\n').update(auditBody(e)).digest('hex');
}

/** The advisory lock that orders an office's server-side chain; held to COMMIT by whoever appends to it. */
export const auditLockKey = (officeId: string): string => `audit:${officeId}`;

/**
 * Which chain of its office an entry extends (migration 0006): '' for the office's server-side chain (enrolment,
 * device admin, adoption), ordered by `auditLockKey`; a device's own chain for the entries of the mutations it
 * pushed, ordered by that device's `sync_clients` row, which a push holds locked to COMMIT anyway. So pushes of
 * different devices no longer queue on one lock through each other's COMMIT.
 */
export const deviceChain = (clientId: string): string => `device:${clientId}`;

/**
 * The append as a write of a transaction's last statement (final-statement.ts): the chain's head is read and the
 * link computed in the same statement, so no round trip sits between them. The caller holds whatever orders the
 * chain (above) before that statement starts (its snapshot then includes the previous holder's entry).
 */
export function auditWrite(e: AuditEntry, chain: string, now: Date = new Date()): TailWrite {
  const at = now.toISOString();
  return {
    sql: (
      p,
    ) => `INSERT INTO audit_log (office_id, chain, at, actor_id, client_id, mutation_id, action, detail, prev_hash,
        hash)
      SELECT r.office_id, r.chain, r.at::timestamptz, r.actor_id, r.client_id, r.mutation_id, r.action, r.detail,
        h.prev, encode(sha256(convert_to(h.prev || E'\\n' || r.body, 'UTF8')), 'hex')
      FROM jsonb_to_record(${p}) AS r(office_id text, chain text, at text, actor_id text, client_id text,
        mutation_id bigint, action text, detail jsonb, body text)
      CROSS JOIN LATERAL (SELECT coalesce((SELECT a.hash FROM audit_log a WHERE a.office_id = r.office_id
        AND a.chain = r.chain ORDER BY a.id DESC LIMIT 1), '') AS prev) h`,
    value: {
      office_id: e.officeId,
      chain,
      at,
      actor_id: e.actorId,
      client_id: e.clientId,
      mutation_id: e.mutationId,
      action: e.action,
      detail: e.detail ?? null,
      body: auditBody({ ...e, at }),
    },
  };
}

/**
 * The server's audit trail, hash chains per office: each entry's hash covers the previous entry's hash of the
 * same chain and the entry itself, so removing or editing an entry breaks every later link. This appends to the
 * office's server-side chain, whose head is taken under a transaction-scoped advisory lock per office, so
 * concurrent writers (several server processes) never fork it. Pushed mutations extend their device's chain
 * instead (push.ts, `deviceChain`).
 */
export async function appendAudit(q: Queryable, e: AuditEntry, now: Date = new Date()): Promise<void> {
  await q.query('SELECT pg_advisory_xact_lock(hashtext($1))', [auditLockKey(e.officeId)]);
  await runFinalStatement(q, [auditWrite(e, '', now)]);
}
