import { CASE_OUTCOMES } from '../../shared/procedure/outcomes';
import { officialStatistics, STAT_REASONS, type StatsRecordInput } from '../../shared/stats';
import { isoOf, dayOf } from '../../shared/util/day-number';
import { createRng } from '../../shared/util/seeded-random';
import { measurePair, type RunPlan, type Stats } from './timing';

/** `n` plausible records over two years (a fifth station mediation, most arbitration cases closed). */
export function seededRecords(n: number, seed: number): StatsRecordInput[] {
  // The project's seeded generator, so the records are the same for the same seed.
  const r = createRng(seed).next;
  const first = dayOf('2025-01-01');
  const arbOutcomes = CASE_OUTCOMES.filter((o) => o.kind === 'arbitration').map((o) => o.code);
  const medOutcomes = CASE_OUTCOMES.filter((o) => o.kind === 'mediation').map((o) => o.code);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  return Array.from({ length: n }, (_, i): StatsRecordInput => {
    const kind = r() < 0.2 ? 'mediation' : 'arbitration';
    const received = first + Math.floor(r() * 700);
    const accepted = kind === 'arbitration' && r() < 0.95 ? received + Math.floor(r() * 5) : null;
    const closed = r() < 0.85 ? (accepted ?? received) + Math.floor(r() * 70) : null;
    const workers = r() < 0.03 ? 10 + Math.floor(r() * 40) : 1;
    return {
      id: `c${i}`,
      caseNo: `示劳人仲案字〔2025〕${i}号`,
      kind,
      receivedDate: isoOf(received),
      acceptedDate: accepted === null ? null : isoOf(accepted),
      closedDate: closed === null ? null : isoOf(closed),
      outcome: closed === null ? null : pick(kind === 'mediation' ? medOutcomes : arbOutcomes),
      finality: pick(['final', 'non_final', 'mixed', null] as const),
      isCollective: workers >= 10,
      workerCount: workers,
      workerApplicant: r() < 0.97,
      reasons: [pick(STAT_REASONS)],
      claimedFen: Math.floor(r() * 10_000_000),
      awardedFen: Math.floor(r() * 5_000_000),
      result: pick(['employer', 'worker', 'partial', null] as const),
      deadlineLastDay: accepted === null ? null : isoOf(accepted + 45 + (r() < 0.1 ? 15 : 0)),
      handlerId: `h${Math.floor(r() * 20)}`,
      handlerName: `仲裁员${Math.floor(r() * 20)}`,
      officeId: `o${Math.floor(r() * 5)}`,
      officeName: `机构${Math.floor(r() * 5)}`,
      reviewPassed: pick([true, false, null] as const),
    };
  });
}

/**
 * officialStatistics over `n` seeded records for one year: the app builds every figure with its case ids and all
 * eight rates; the floor is a plain loop counting the table's main figures (上期未结, 受理, 结案 by 方式, 期末未结)
 * with no ids and no rates — the least any implementation must do.
 */
export function benchStats(
  n: number,
  seed: number,
  plan: RunPlan,
): { app: Stats; floor: Stats; records: number } {
  const records = seededRecords(n, seed);
  const period = { from: '2025-01-01', to: '2025-12-31' };
  const sink: number[] = [];
  const result = measurePair(
    plan,
    () => () => void sink.push(officialStatistics(records, period).table.closed.value),
    () => () => {
      let carried = 0;
      let accepted = 0;
      let closed = 0;
      let mediated = 0;
      let awarded = 0;
      let open = 0;
      for (const c of records) {
        if (c.kind !== 'arbitration' || c.acceptedDate == null || c.acceptedDate > period.to) continue;
        const end = c.closedDate ?? null;
        if (c.acceptedDate < period.from) {
          if (end === null || end >= period.from) carried += 1;
        } else accepted += 1;
        if (end === null || end > period.to) open += 1;
        else if (end >= period.from) {
          closed += 1;
          if (c.outcome === 'arb_mediated') mediated += 1;
          else if (c.outcome === 'arb_awarded') awarded += 1;
        }
      }
      sink.push(carried + accepted + closed + mediated + awarded + open);
    },
  );
  return { ...result, records: records.length };
}
