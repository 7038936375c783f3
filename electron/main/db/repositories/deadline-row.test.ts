import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { officialCalendar as cal } from '../../../../shared/calendar';
import {
  computeDeadlines,
  DeadlineRule,
  loadRuleSet,
  type ExplanationBasis,
} from '../../../../shared/deadlines';
import type { ProcedureEvent } from '../../../../shared/procedure/procedure-state';
import { dayOf, isoOf, shiftDays } from '../../../../shared/util/day-number';
import { toProjected } from '../../services/deadline-projection';
import { decodeBasis, toColumns, toView } from './deadline-row';

/**
 * A stored deadline keeps its explanation's basis, not its text (migration 0013): what is read back must be
 * exactly what computing it fresh gives — the explanation word for word, and every other field of the view —
 * over logs that reach every branch of the wording: roll-forward and not, excluded periods closed and still
 * running, extensions, a calendar gap (2027 has no data), 'before' rules with the legal minimum, paused,
 * missed, lapsed and cancelled deadlines.
 */

const rulesJson: unknown = JSON.parse(
  readFileSync(new URL('../../../../resources/deadline-rules/default.json', import.meta.url), 'utf8'),
);
const loaded = loadRuleSet(rulesJson);
if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));

const SUSPENSION = { label: '中止', from: { event: 'arb.suspended' }, to: { event: 'arb.resumed' } };
const extra = (id: string, unit: 'workday' | 'month', rollForward: boolean) =>
  DeadlineRule.parse({
    id,
    label: '测试期限',
    kinds: ['arbitration'],
    trigger: { event: 'arb.accept' },
    count: unit === 'month' ? 2 : 10,
    unit,
    rollForward,
    responsible: 'committee',
    citation: '《测试规则》',
    excludedIntervals: [SUSPENSION],
    extension: { event: 'arb.extended', field: 'days' },
    cancelledBy: ['arb.withdrawn'],
  });
const lenient = DeadlineRule.parse({
  id: 'test.lenient_notice',
  label: '宽松读法通知',
  kinds: ['arbitration'],
  trigger: { event: 'arb.hearingScheduled', dateField: 'hearingDate' },
  count: 3,
  unit: 'workday',
  direction: 'before',
  beforeReading: 'lenient',
  rollForward: false,
  responsible: 'committee',
  citation: '《测试规则》',
});
const RULES = [
  ...loaded.rules,
  extra('test.workday', 'workday', false),
  extra('test.month', 'month', true),
  extra('test.month_kept', 'month', false),
  lenient,
];

const ev = (type: string, occurredOn: string, payload: Record<string, unknown> = {}): ProcedureEvent => ({
  type,
  occurredOn,
  payload,
});
const served = (document: string, addresseeRole: string, on: string) =>
  ev('service.record', on, { document, addresseeRole, method: 'direct', sentOn: on, servedOn: on });

const scenario = fc.record({
  accepted: fc.integer({ min: dayOf('2010-01-01'), max: dayOf('2027-03-31') }).map(isoOf),
  servedAfter: fc.option(fc.integer({ min: 0, max: 20 })),
  hearingAfter: fc.integer({ min: 10, max: 40 }),
  noticeBefore: fc.option(fc.integer({ min: 0, max: 12 })),
  suspension: fc.option(fc.record({ after: fc.integer({ min: 0, max: 50 }), days: fc.option(fc.nat(30)) })),
  extension: fc.option(fc.integer({ min: 1, max: 15 })),
  ending: fc.option(
    fc.record({
      type: fc.constantFrom('arb.withdrawn', 'arb.awarded', 'arb.mediated'),
      after: fc.integer({ min: 1, max: 90 }),
    }),
  ),
  awardServedAfter: fc.option(fc.integer({ min: 0, max: 10 })),
  todayAfter: fc.integer({ min: 0, max: 120 }),
});
type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function log(s: Scenario): ProcedureEvent[] {
  const at = (n: number) => shiftDays(s.accepted, n);
  const hearing = at(s.hearingAfter);
  const events = [
    ev('case.received', at(-2)),
    ev('arb.accept', s.accepted),
    ev('arb.hearingScheduled', s.accepted, { hearingDate: hearing }),
  ];
  if (s.servedAfter !== null) events.push(served('application_copy', 'respondent', at(s.servedAfter)));
  if (s.noticeBefore !== null)
    events.push(served('hearing_notice', 'applicant', shiftDays(hearing, -s.noticeBefore)));
  if (s.suspension !== null) {
    events.push(ev('arb.suspended', at(s.suspension.after)));
    if (s.suspension.days !== null)
      events.push(ev('arb.resumed', at(s.suspension.after + s.suspension.days)));
  }
  if (s.extension !== null) events.push(ev('arb.extended', at(12), { days: s.extension }));
  if (s.ending !== null) {
    events.push(ev(s.ending.type, at(s.ending.after)));
    if (s.ending.type === 'arb.awarded' && s.awardServedAfter !== null) {
      const on = at(s.ending.after + s.awardServedAfter);
      events.push(served('award', 'applicant', on), served('award', 'respondent', on));
    }
  }
  return events.sort((a, b) => (a.occurredOn < b.occurredOn ? -1 : a.occurredOn > b.occurredOn ? 1 : 0));
}

/** The parts of the basis that change the wording, so the test can say it reached each. */
const featuresOf = (b: ExplanationBasis | null) => ({
  rolled: b?.rolled === true,
  offNotRolled: b?.offNotRolled === true,
  gap: b?.gap !== undefined,
  rawWithoutDue: b?.raw !== null && b?.due === null,
  openPart: b?.parts.some((p) => p.open) === true,
  closedPart: b?.parts.some((p) => !p.open) === true,
  extension: (b?.extensionDays ?? 0) > 0,
  lenient: b?.lenient !== undefined,
  lenientOnly: b?.terms.beforeReading === 'lenient' && b.terms.direction === 'before',
  timelinessUnknown: b?.timelinessUnknown === true,
  doneAfterStrict:
    b?.completedOn !== undefined &&
    b.strict !== undefined &&
    b.completedOn > b.strict &&
    b.lenient !== undefined &&
    b.completedOn <= b.lenient,
});

describe('a stored deadline read back', () => {
  it('gives the same view, explanation included, as computing it fresh', () => {
    const statuses = new Set<string>();
    fc.assert(
      fc.property(scenario, (s) => {
        const today = shiftDays(s.accepted, s.todayAfter);
        for (const d of computeDeadlines({
          kind: 'arbitration',
          events: log(s),
          rules: RULES,
          calendar: cal,
          today,
        })) {
          const projected = toProjected(d);
          const row = { case_id: 'c', rule_id: d.ruleId, ...toColumns(projected) };
          // JSON as SQLite hands it back: the stored text, never the object written.
          const stored = JSON.parse(JSON.stringify(row)) as typeof row;
          expect(decodeBasis(stored, d.explanationBasis.terms)).toEqual(d.explanationBasis);
          const { basis: _, ...view } = projected;
          expect(toView(stored, d.explanationBasis.terms)).toEqual(view);
          statuses.add(d.status);
          for (const [seen, yes] of Object.entries(featuresOf(d.explanationBasis)))
            if (yes) statuses.add(seen);
        }
      }),
      { numRuns: 400, seed: 20261207 },
    );
    // The runs reached the wordings that depend on the status.
    expect([...statuses].sort()).toEqual(
      expect.arrayContaining([
        'cancelled',
        'expired',
        'met',
        'met_late',
        'missed',
        'overdue',
        'paused',
        'pending',
      ]),
    );
  });
});
