import type { Queryable } from '../db/types';
import { auditHash } from '../sync/audit';

export type ChainReport = {
  officeId: string;
  entries: number;
  /** The first entry whose link does not hold, and why; null when the whole chain verifies. */
  broken: { id: number; reason: string } | null;
};

type Row = {
  id: string | number;
  office_id: string;
  chain: string;
  at: Date | string;
  actor_id: string | null;
  client_id: string | null;
  mutation_id: string | number | null;
  action: string;
  detail: unknown;
  prev_hash: string | null;
  hash: string;
};

const iso = (v: Date | string): string => (v instanceof Date ? v : new Date(v)).toISOString();

/**
 * Walks every office's audit chains in order and recomputes each link (issue 12 item 6). An office has its
 * server-side chain and one chain per device that pushed to it (migration 0006, audit.ts `deviceChain`); each
 * link is checked against its own chain's previous entry. The office's first entry whose stored previous hash is
 * not its predecessor's hash (an entry removed or inserted before it) or whose own hash does not match its fields
 * (an entry edited) is named; later entries of that office are not judged. A device chain must also end at the
 * device's last pushed mutation (`sync_clients.last_mutation_id`), since entries cut from a chain's end break no
 * link. Reads in pages, so a long trail never sits in memory at once.
 */
export async function verifyAuditChains(q: Queryable, pageSize = 5000): Promise<ChainReport[]> {
  const reports = new Map<string, ChainReport>();
  const heads = new Map<string, string>();
  let after = 0;
  for (;;) {
    const page = await q.query<Row>(
      `SELECT id, office_id, chain, at, actor_id, client_id, mutation_id, action, detail, prev_hash, hash
         FROM audit_log WHERE id > $1 ORDER BY id LIMIT $2`,
      [after, pageSize],
    );
    for (const r of page.rows) {
      const officeId = r.office_id;
      const rep = reports.get(officeId) ?? { officeId, entries: 0, broken: null };
      reports.set(officeId, rep);
      rep.entries++;
      if (rep.broken !== null) continue;
      const id = Number(r.id);
      const chainKey = `${officeId}\u0000${r.chain}`;
      const head = heads.get(chainKey) ?? '';
      if ((r.prev_hash ?? '') !== head) {
        rep.broken = { id, reason: '前一条记录的摘要不符（其前有记录被删除、插入或改动）' };
        continue;
      }
      const expected = auditHash(head, {
        officeId,
        at: iso(r.at),
        actorId: r.actor_id,
        clientId: r.client_id,
        mutationId: r.mutation_id === null ? null : Number(r.mutation_id),
        action: r.action,
        detail: r.detail,
      });
      if (expected !== r.hash) {
        rep.broken = { id, reason: '本条记录的内容与其摘要不符（记录被改动）' };
        continue;
      }
      heads.set(chainKey, r.hash);
    }
    if (page.rows.length < pageSize) break;
    after = Number(page.rows[page.rows.length - 1]?.id);
  }
  // Entries cut from the end of a device's chain break no link: its last entry must be the device's last push.
  const tails = await q.query<{ office_id: string; id: string; mutation_id: string; lmid: string }>(
    `SELECT DISTINCT ON (a.chain) a.office_id, a.id, a.mutation_id, c.last_mutation_id AS lmid
       FROM audit_log a JOIN sync_clients c ON a.chain = 'device:' || c.client_id
      ORDER BY a.chain, a.mutation_id DESC`,
  );
  for (const t of tails.rows) {
    const rep = reports.get(t.office_id);
    if (rep === undefined || rep.broken !== null || Number(t.mutation_id) === Number(t.lmid)) continue;
    rep.broken = {
      id: Number(t.id),
      reason: `设备审计链止于第 ${t.mutation_id} 条操作，而该设备已推送到第 ${t.lmid} 条（链尾的记录被删除）`,
    };
  }
  return [...reports.values()].sort((a, b) => (a.officeId < b.officeId ? -1 : 1));
}
