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

/** The advisory lock that orders one office's chain; held to COMMIT by whoever appends to it. */
export const auditLockKey = (officeId: string): string => `audit:${officeId}`;

/**
 * The append as a write of a transaction's last statement (final-statement.ts): the chain's head is read and the
 * link computed in the same statement, so no round trip sits between them. The caller holds `auditLockKey` before
 * that statement starts (its snapshot then includes the previous holder's entry).
 */
export function auditWrite(e: AuditEntry, now: Date = new Date()): TailWrite {
  const at = now.toISOString();
  return {
    sql: (
      p,
    ) => `INSERT INTO audit_log (office_id, at, actor_id, client_id, mutation_id, action, detail, prev_hash, hash)
      SELECT r.office_id, r.at::timestamptz, r.actor_id, r.client_id, r.mutation_id, r.action, r.detail, h.prev,
        encode(sha256(convert_to(h.prev || E'\\n' || r.body, 'UTF8')), 'hex')
      FROM jsonb_to_record(${p}) AS r(office_id text, at text, actor_id text, client_id text, mutation_id bigint,
        action text, detail jsonb, body text)
      CROSS JOIN LATERAL (SELECT coalesce((SELECT a.hash FROM audit_log a WHERE a.office_id = r.office_id
        ORDER BY a.id DESC LIMIT 1), '') AS prev) h`,
    value: {
      office_id: e.officeId,
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
 * The server's audit trail, one hash chain per office: each entry's hash covers the previous entry's hash of the
 * same office and the entry itself, so removing or editing an entry breaks every later link. The chain head is
 * taken under a transaction-scoped advisory lock per office, so concurrent writers (several server processes)
 * never fork it. A transaction that also writes the feed takes the feed counter first (seq.ts), then this lock.
 */
export async function appendAudit(q: Queryable, e: AuditEntry, now: Date = new Date()): Promise<void> {
  await q.query('SELECT pg_advisory_xact_lock(hashtext($1))', [auditLockKey(e.officeId)]);
  await runFinalStatement(q, [auditWrite(e, now)]);
}
