import type { ChainReport } from '../../server/admin/verify-audit';

/**
 * The soak's invariants (docs/sync.md §3.2) as pure functions over what was collected from the server's database
 * and from every client, so each can be shown to catch a planted violation (invariants.test.ts). Each returns
 * the violations it found, in Chinese, naming the client, mutation, case or office; an empty list means it holds.
 */
export type Violation = { invariant: string; detail: string };

/** An outcome as a client holds it (a wire client's acknowledged set, a desktop's decided outbox entries). */
export type ClientAck = { clientId: string; mutationId: number; outcome: string };
export type ServerOutcome = { clientId: string; mutationId: number; outcome: string };

const key = (clientId: string, mutationId: number) => `${clientId}#${mutationId}`;

/**
 * I2/I4: every mutation a client holds an outcome for has exactly one outcome on the server, the same one, and
 * exactly one audit entry; and every client's server outcomes run 1..n without a hole.
 */
export function ackedExactlyOnce(
  acks: readonly ClientAck[],
  server: readonly ServerOutcome[],
  auditKeys: readonly { clientId: string; mutationId: number }[],
): Violation[] {
  const v: Violation[] = [];
  const inv = '已确认的修改恰好应用一次';
  const byKey = new Map<string, ServerOutcome[]>();
  for (const o of server)
    byKey.set(key(o.clientId, o.mutationId), [...(byKey.get(key(o.clientId, o.mutationId)) ?? []), o]);
  const audits = new Map<string, number>();
  for (const a of auditKeys)
    audits.set(key(a.clientId, a.mutationId), (audits.get(key(a.clientId, a.mutationId)) ?? 0) + 1);
  for (const a of acks) {
    const k = key(a.clientId, a.mutationId);
    const found = byKey.get(k) ?? [];
    if (found.length !== 1)
      v.push({
        invariant: inv,
        detail: `${a.clientId} 的第 ${a.mutationId} 条：服务器上有 ${found.length} 个结果`,
      });
    else if (found[0]?.outcome !== a.outcome)
      v.push({
        invariant: inv,
        detail: `${a.clientId} 的第 ${a.mutationId} 条：客户端记为 ${a.outcome}，服务器为 ${found[0]?.outcome ?? ''}`,
      });
  }
  for (const [k, list] of byKey) {
    if (list.length > 1) v.push({ invariant: inv, detail: `${k}：服务器上有 ${list.length} 个结果` });
    if ((audits.get(k) ?? 0) !== 1)
      v.push({ invariant: inv, detail: `${k}：审计记录 ${audits.get(k) ?? 0} 条（应为 1 条）` });
  }
  const perClient = new Map<string, number[]>();
  for (const o of server) perClient.set(o.clientId, [...(perClient.get(o.clientId) ?? []), o.mutationId]);
  for (const [clientId, ids] of perClient) {
    const sorted = [...new Set(ids)].sort((x, y) => x - y);
    if (sorted.some((id, i) => id !== i + 1))
      v.push({
        invariant: inv,
        detail: `${clientId} 的服务器结果编号不连续：${sorted.slice(0, 10).join(',')}…`,
      });
  }
  return v;
}

/** I1/I7: a client whose checkpoint checksums differed from the server's needed a re-snapshot. */
export function rowsMatchServer(
  clients: readonly { clientId: string; resnapshots: readonly string[]; pending: number }[],
): Violation[] {
  const inv = '客户端数据与服务器一致';
  return clients.flatMap((c) => [
    ...(c.resnapshots.length > 0
      ? [
          {
            invariant: inv,
            detail: `${c.clientId} 的校验和与服务器不符，需重新快照：${c.resnapshots.join('、')}`,
          },
        ]
      : []),
    ...(c.pending > 0 ? [{ invariant: inv, detail: `${c.clientId} 仍有 ${c.pending} 条未同步` }] : []),
  ]);
}

/** I9: an official 案号 names one case. */
export function uniqueOfficialNumbers(
  cases: readonly { caseId: string; officialNo: string | null }[],
): Violation[] {
  const seen = new Map<string, string>();
  const v: Violation[] = [];
  for (const c of cases) {
    if (c.officialNo === null) continue;
    const other = seen.get(c.officialNo);
    if (other !== undefined)
      v.push({ invariant: '案号不重复', detail: `${c.officialNo} 同时用于 ${other} 与 ${c.caseId}` });
    else seen.set(c.officialNo, c.caseId);
  }
  return v;
}

/** I6: every office's audit chain verifies (server/admin/verify-audit.ts). */
export function auditChainsVerify(reports: readonly ChainReport[]): Violation[] {
  return reports
    .filter((r) => r.broken !== null)
    .map((r) => ({
      invariant: '审计链可验证',
      detail: `机构 ${r.officeId} 的审计链在第 ${r.broken?.id ?? 0} 条断开：${r.broken?.reason ?? ''}`,
    }));
}

export type ServerConflict = {
  id: string;
  otherClient: string;
  otherMutationId: number;
  rowEntity: string;
  rowId: string;
};

/**
 * I5: one conflict record per conflicting push and row — every push answered applied_with_conflict has a record,
 * every record names such a push, no push and row has two — and every client in scope holds each record exactly
 * once and none the server lacks.
 */
export function conflictsSurfacedOnce(
  server: readonly ServerConflict[],
  conflictingPushes: readonly { clientId: string; mutationId: number }[],
  clients: readonly { clientId: string; conflictIds: readonly string[] }[],
): Violation[] {
  const inv = '冲突记录恰好一次';
  const v: Violation[] = [];
  const pushes = new Set(conflictingPushes.map((p) => key(p.clientId, p.mutationId)));
  const recorded = new Map<string, number>();
  for (const c of server) {
    const k = key(c.otherClient, c.otherMutationId);
    if (!pushes.has(k))
      v.push({ invariant: inv, detail: `冲突记录 ${c.id} 所指的推送 ${k} 不是“有冲突”的结果` });
    const rowKey = `${k}|${c.rowEntity}|${c.rowId}`;
    recorded.set(rowKey, (recorded.get(rowKey) ?? 0) + 1);
    recorded.set(k, (recorded.get(k) ?? 0) + 1);
  }
  for (const [k, n] of recorded)
    if (k.includes('|') && n > 1) v.push({ invariant: inv, detail: `${k} 有 ${n} 条冲突记录` });
  for (const p of pushes)
    if (!recorded.has(p)) v.push({ invariant: inv, detail: `有冲突的推送 ${p} 没有冲突记录` });
  const ids = new Set(server.map((c) => c.id));
  for (const c of clients) {
    const counts = new Map<string, number>();
    for (const id of c.conflictIds) counts.set(id, (counts.get(id) ?? 0) + 1);
    for (const id of ids)
      if ((counts.get(id) ?? 0) !== 1)
        v.push({ invariant: inv, detail: `${c.clientId} 持有冲突记录 ${id} ${counts.get(id) ?? 0} 次` });
    for (const id of counts.keys())
      if (!ids.has(id)) v.push({ invariant: inv, detail: `${c.clientId} 持有服务器没有的冲突记录 ${id}` });
  }
  return v;
}
