import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { officialCalendar as cal } from '../calendar';
import type { ProcedureEvent } from '../procedure/procedure-state';
import { computeDeadlines, DeadlineRule, loadRuleSet, type Deadline } from '.';
import { dayOf, isoOf, shiftDays } from '../util/day-number';

// Read as data, the way the app reads it (composite tsconfigs would need the JSON listed to import it).
const rulesJson: unknown = JSON.parse(
  readFileSync(new URL('../../resources/deadline-rules/default.json', import.meta.url), 'utf8'),
);

// Properties over 2008 … mid-2026 with bounded offsets, so no computation reaches a year without data.

const loaded = loadRuleSet(rulesJson);
if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));

const SUSPENSION = { label: '中止', from: { event: 'arb.suspended' }, to: { event: 'arb.resumed' } };
const rule = (id: string, unit: 'workday' | 'month', count: number, rollForward = false) =>
  DeadlineRule.parse({
    id,
    label: '测试期限',
    kinds: ['arbitration'],
    trigger: { event: 'arb.accept' },
    count,
    unit,
    rollForward,
    responsible: 'committee',
    citation: '《测试规则》',
    excludedIntervals: [SUSPENSION],
    extension: { event: 'arb.extended', field: 'days' },
  });
// The defaults plus a workday and a month rule with the same exclusions, so every counting path is exercised.
const RULES = [...loaded.rules, rule('test.workday', 'workday', 10), rule('test.month', 'month', 2, true)];

const ev = (type: string, occurredOn: string, payload: Record<string, unknown> = {}): ProcedureEvent => ({
  type,
  occurredOn,
  payload,
});
const date = fc.integer({ min: dayOf('2008-01-01'), max: dayOf('2026-04-30') }).map(isoOf);

/** An accepted case, its copy served, a hearing set, and optionally one closed or still-running suspension. */
const scenario = fc.record({
  accepted: date,
  servedAfter: fc.integer({ min: 0, max: 20 }),
  hearingAfter: fc.integer({ min: 15, max: 40 }),
  suspendAfter: fc.integer({ min: 0, max: 60 }),
  suspendFor: fc.integer({ min: 0, max: 40 }),
  resumed: fc.boolean(),
  todayAfter: fc.integer({ min: 0, max: 100 }),
  extension: fc.integer({ min: 1, max: 15 }),
});
type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function base(s: Scenario): ProcedureEvent[] {
  const served = shiftDays(s.accepted, s.servedAfter);
  return [
    ev('case.received', shiftDays(s.accepted, -2)),
    ev('arb.accept', s.accepted),
    ev('service.record', served, {
      document: 'application_copy',
      addresseeRole: 'respondent',
      method: 'direct',
      sentOn: served,
      servedOn: served,
    }),
    ev('arb.hearingScheduled', s.accepted, { hearingDate: shiftDays(s.accepted, s.hearingAfter) }),
  ];
}
function suspension(s: Scenario): ProcedureEvent[] {
  const from = shiftDays(s.accepted, s.suspendAfter);
  return s.resumed
    ? [ev('arb.suspended', from), ev('arb.resumed', shiftDays(from, s.suspendFor))]
    : [ev('arb.suspended', from)];
}
const today = (s: Scenario) => shiftDays(s.accepted, s.todayAfter);
const compute = (events: ProcedureEvent[], t: string) =>
  computeDeadlines({ kind: 'arbitration', events, rules: RULES, calendar: cal, today: t });
const dueById = (ds: Deadline[]) => new Map(ds.map((d) => [d.ruleId, d.dueDate]));

function neverEarlier(before: Deadline[], after: Deadline[]): void {
  const was = dueById(before);
  for (const d of after) {
    const old = was.get(d.ruleId);
    if (old === undefined || old === null || d.dueDate === null) continue;
    expect(d.dueDate >= old, `${d.ruleId}: ${old} → ${d.dueDate}`).toBe(true);
  }
}

describe('deadline properties', () => {
  it('adding a suspension (closed or still running) never moves a deadline earlier', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const t = today(s);
        neverEarlier(compute(base(s), t), compute([...base(s), ...suspension(s)], t));
      }),
    );
  });

  it('extending never moves a deadline earlier, and moves the 45-day limit by exactly the extension when nothing else applies', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const t = today(s);
        const without = compute(base(s), t);
        const withExt = compute(
          [...base(s), ev('arb.extended', shiftDays(s.accepted, 10), { days: s.extension })],
          t,
        );
        neverEarlier(without, withExt);
        const limit = (ds: Deadline[]) => ds.find((d) => d.ruleId === 'arb.award_limit')?.dueDate ?? '';
        expect(limit(withExt)).toBe(shiftDays(limit(without), s.extension));
      }),
    );
  });

  it('a workday rule’s due date is always a working day, whatever lies excluded', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 1, max: 30 }), (s, count) => {
        const rules = [rule('test.workday', 'workday', count)];
        const events = [...base(s), ...suspension(s)];
        for (const d of computeDeadlines({
          kind: 'arbitration',
          events,
          rules,
          calendar: cal,
          today: today(s),
        })) {
          expect(d.dueDate).not.toBeNull();
          expect(cal.isWorkday(d.dueDate as string)).toBe(true);
        }
        for (const d of compute(events, today(s))) {
          if (
            d.unit === 'workday' &&
            d.dueDate !== null &&
            !d.ruleId.startsWith('arb.hearing') &&
            !d.ruleId.startsWith('arb.postponement')
          )
            expect(cal.isWorkday(d.dueDate), d.ruleId).toBe(true);
        }
      }),
    );
  });

  it('a rolled-forward due date is the first working day after an off raw day', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        for (const d of compute([...base(s), ...suspension(s)], today(s))) {
          if (d.rolledFrom === undefined || d.dueDate === null) continue;
          expect(cal.isOffDay(d.rolledFrom)).toBe(true);
          expect(cal.addNaturalDays(d.rolledFrom, 0, { rollForward: true })).toBe(d.dueDate);
        }
      }),
    );
  });

  it('the strict hearing-notice date leaves n full working days before the hearing; the lenient one is the n-th', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const hearing = shiftDays(s.accepted, s.hearingAfter);
        const d = compute(base(s), today(s)).find((x) => x.ruleId === 'arb.hearing_notice');
        if (d?.dueDate == null || d.lenientDueDate === undefined) throw new Error('missing hearing notice');
        expect(cal.addWorkdays(d.dueDate, 5) < hearing).toBe(true);
        expect(cal.addWorkdays(shiftDays(d.dueDate, 1), 5) < hearing).toBe(false); // the latest such day
        // Lenient = counted backwards from the hearing (excluded): 5 working days in [lenient, hearing).
        expect(cal.isWorkday(d.lenientDueDate)).toBe(true);
        expect(cal.workdaysBetween(shiftDays(d.lenientDueDate, -1), shiftDays(hearing, -1))).toBe(5);
      }),
    );
  });

  it('computing is deterministic and does not touch its input', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const events = [...base(s), ...suspension(s)].map((e) =>
          Object.freeze({ ...e, payload: Object.freeze({ ...e.payload }) }),
        );
        const frozen = Object.freeze(events);
        const a = compute(frozen as ProcedureEvent[], today(s));
        const b = compute(frozen as ProcedureEvent[], today(s));
        expect(b).toEqual(a);
      }),
    );
  });
});
