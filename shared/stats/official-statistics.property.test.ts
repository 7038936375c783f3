import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoOf, dayOf } from '../util/day-number';
import { CASE_OUTCOMES } from '../procedure/outcomes';
import { RATE_IDS } from './definitions';
import { officialStatistics } from './official-statistics';
import type { StatsRecordInput } from './record';
import { STAT_REASONS } from './record';
import { rec } from './test-fixtures';

// Random case histories over two years against the table's invariants.
const FIRST = dayOf('2025-01-01');
const LAST = dayOf('2026-12-31');
const day = fc.integer({ min: FIRST, max: LAST });

const record = (i: number) =>
  fc
    .record({
      kind: fc.constantFrom('arbitration', 'mediation' as const),
      received: day,
      acceptAfter: fc.option(fc.integer({ min: 0, max: 10 })),
      closeAfter: fc.option(fc.integer({ min: 0, max: 120 })),
      outcome: fc.constantFrom(...CASE_OUTCOMES.map((o) => o.code)),
      finality: fc.option(fc.constantFrom('final', 'non_final', 'mixed' as const)),
      result: fc.option(fc.constantFrom('employer', 'worker', 'partial' as const)),
      reasons: fc.subarray([...STAT_REASONS]),
      workers: fc.integer({ min: 1, max: 30 }),
      deadline: fc.option(fc.integer({ min: 30, max: 80 })),
      review: fc.option(fc.boolean()),
    })
    .map((g): StatsRecordInput => {
      const accepted = g.kind === 'arbitration' && g.acceptAfter !== null ? g.received + g.acceptAfter : null;
      const base = accepted ?? g.received;
      return rec(`c${i}`, {
        kind: g.kind,
        receivedDate: isoOf(g.received),
        acceptedDate: accepted === null ? null : isoOf(accepted),
        closedDate: g.closeAfter === null ? null : isoOf(base + g.closeAfter),
        outcome: g.closeAfter === null ? null : g.outcome,
        finality: g.finality,
        result: g.result,
        reasons: g.reasons,
        workerCount: g.workers,
        isCollective: g.workers >= 10,
        deadlineLastDay: accepted === null || g.deadline === null ? null : isoOf(accepted + g.deadline),
        reviewPassed: g.review,
      });
    });

const records = fc
  .integer({ min: 0, max: 60 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => record(i))));
const period = fc
  .tuple(day, day)
  .map(([a, b]) => ({ from: isoOf(Math.min(a, b)), to: isoOf(Math.max(a, b)) }));
const sorted = (ids: readonly string[]) => [...ids].sort();

describe('officialStatistics properties', () => {
  it('结案 by 处理方式 and by 处理结果 each sum to 结案; by reason sums to 受理; 上期未结 + 受理 = 结案 + 期末未结', () => {
    fc.assert(
      fc.property(records, period, (rs, p) => {
        const t = officialStatistics(rs, p).table;
        const m = t.closedByMethod;
        expect(m.mediation.value + m.award.value + m.other.value).toBe(t.closed.value);
        const r = t.closedByResult;
        expect(r.employer.value + r.worker.value + r.partial.value + r.unspecified.value).toBe(
          t.closed.value,
        );
        expect(STAT_REASONS.reduce((sum, k) => sum + t.byReason[k].value, 0)).toBe(t.accepted.value);
        expect(t.carriedOver.value + t.accepted.value).toBe(t.closed.value + t.openAtEnd.value);
      }),
    );
  });

  it('splitting a period never loses or doubles a case', () => {
    fc.assert(
      fc.property(records, period, fc.double({ min: 0, max: 1, noNaN: true }), (rs, p, at) => {
        const a = dayOf(p.from);
        const b = dayOf(p.to);
        fc.pre(b > a);
        const cut = a + Math.min(b - a - 1, Math.floor(at * (b - a)));
        const whole = officialStatistics(rs, p).table;
        const first = officialStatistics(rs, { from: p.from, to: isoOf(cut) }).table;
        const second = officialStatistics(rs, { from: isoOf(cut + 1), to: p.to }).table;
        for (const k of [
          'accepted',
          'closed',
          'stationReceived',
          'stationClosed',
          'unacceptedClosed',
        ] as const)
          expect(sorted([...first[k].caseIds, ...second[k].caseIds])).toEqual(sorted(whole[k].caseIds));
        expect(sorted(second.carriedOver.caseIds)).toEqual(sorted(first.openAtEnd.caseIds));
        expect(sorted(first.carriedOver.caseIds)).toEqual(sorted(whole.carriedOver.caseIds));
      }),
    );
  });

  it('every rate value is numerator ÷ denominator of its case lists, numerator within denominator by default', () => {
    fc.assert(
      fc.property(records, period, (rs, p) => {
        const s = officialStatistics(rs, p);
        for (const id of RATE_IDS) {
          const r = s.rates[id];
          expect(r.numerator.value).toBe(new Set(r.numerator.caseIds).size);
          expect(r.denominator.value).toBe(new Set(r.denominator.caseIds).size);
          if (r.denominator.value === 0) expect(r.value).toBeNull();
          else expect(r.value).toBe(r.numerator.value / r.denominator.value);
          if (id !== 'arbitrationClosing') {
            const den = new Set(r.denominator.caseIds);
            expect(r.numerator.caseIds.every((c) => den.has(c))).toBe(true);
          }
        }
      }),
    );
  });
});
