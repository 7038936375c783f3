import type { ClaimFacts, FactsSnapshot, PartyFacts } from './fact-diff';

/**
 * The three-way merge of a 更正 (issue 12 item 1): `seen` is what its author corrected from, `next` what they
 * saved, `current` what the store holds now. A field the author left as they saw it keeps its current value, so a
 * correction replayed on the server after someone else's never writes back the older value it merely displayed;
 * a field they changed takes their value (if someone else changed it too, the server's field versions turn that
 * into a conflict record). Parties and claims merge by id: the author's additions and removals apply, rows added
 * by someone else meanwhile stay, and a row someone else removed stays removed.
 */
export function mergeFacts(current: FactsSnapshot, seen: FactsSnapshot, next: FactsSnapshot): FactsSnapshot {
  const pick = <T>(n: T, s: T, c: T): T => (same(n, s) ? c : n);
  return {
    officeId: pick(next.officeId, seen.officeId, current.officeId),
    receivedDate: pick(next.receivedDate, seen.receivedDate, current.receivedDate),
    reasons: pick(next.reasons, seen.reasons, current.reasons),
    isCollective: pick(next.isCollective, seen.isCollective, current.isCollective),
    workerCount: pick(next.workerCount, seen.workerCount, current.workerCount),
    isMigrantWage: pick(next.isMigrantWage, seen.isMigrantWage, current.isMigrantWage),
    summary: pick(next.summary, seen.summary, current.summary),
    parties: mergeRows<PartyFacts>(current.parties, seen.parties, next.parties),
    claims: mergeRows<ClaimFacts>(current.claims, seen.claims, next.claims),
  };
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function mergeRows<R extends { id: string }>(
  current: readonly R[],
  seen: readonly R[],
  next: readonly R[],
): R[] {
  const seenById = new Map(seen.map((r) => [r.id, r]));
  const currentById = new Map(current.map((r) => [r.id, r]));
  const nextIds = new Set(next.map((r) => r.id));
  const out: R[] = [];
  for (const n of next) {
    const s = seenById.get(n.id);
    const c = currentById.get(n.id);
    if (s === undefined) out.push(n);
    else if (c !== undefined) {
      const merged = { ...c } as Record<string, unknown>;
      for (const [f, v] of Object.entries(n)) if (!same(v, (s as Record<string, unknown>)[f])) merged[f] = v;
      out.push(merged as R);
    }
  }
  for (const c of current) if (!seenById.has(c.id) && !nextIds.has(c.id)) out.push(c);
  return out;
}
