import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeDeadlines } from '../deadlines';
import { officialCalendar } from '../calendar';
import { RULES } from '../../tests/helpers/deadline-rules';
import { EVENT_VOIDED, liveLog, liveReceipt, supersededIds } from './live-log';
import { foldEvents, type FoldableEvent } from './machine';
import { stepBrokenByVoid } from './void-check';

const ev = (
  id: string,
  type: string,
  occurredOn: string,
  extra: Partial<FoldableEvent> = {},
): FoldableEvent => ({
  id,
  type,
  occurredOn,
  payload: {},
  supersedesEventId: null,
  ...extra,
});
const voids = (id: string, target: string) =>
  ev(id, EVENT_VOIDED, '2026-11-25', { supersedesEventId: target });
const served = (id: string, on: string) =>
  ev(id, 'service.record', on, {
    payload: {
      document: 'application_copy',
      addressee: '某公司',
      addresseeRole: 'respondent',
      method: 'direct',
      sentOn: on,
      servedOn: on,
    },
  });
const BASICS = { kind: 'arbitration' as const, receivedDate: '2026-09-01', isCollective: false };

describe('the live log', () => {
  it('puts a correction in the place of the event it corrects and drops a voided one', () => {
    const log = [
      ev('r1', 'case.received', '2026-09-03'),
      ev('a1', 'arb.accept', '2026-09-03', { payload: { simple: false } }),
      ev('x1', 'service.record', '2026-09-20'),
      ev('r2', 'case.received', '2026-09-01', { supersedesEventId: 'r1' }),
      voids('v1', 'x1'),
    ];
    expect(liveLog(log).map((e) => e.id)).toEqual(['r2', 'a1']);
    expect(liveReceipt(log)?.occurredOn).toBe('2026-09-01');
    expect([...supersededIds(log)].sort()).toEqual(['r1', 'x1']);
  });

  it('follows a correction of a correction, and a void of a correction removes the step', () => {
    const log = [
      ev('r1', 'case.received', '2026-09-05'),
      ev('r2', 'case.received', '2026-09-04', { supersedesEventId: 'r1' }),
      ev('r3', 'case.received', '2026-09-02', { supersedesEventId: 'r2' }),
      ev('a1', 'arb.accept', '2026-09-06'),
      ev('a2', 'arb.accept', '2026-09-07', { supersedesEventId: 'a1' }),
      voids('v', 'a2'),
    ];
    expect(liveLog(log).map((e) => e.id)).toEqual(['r3']);
  });

  it('keeps the later of two corrections of the same event, and an event pointing outside the log in place', () => {
    const log = [
      ev('a1', 'arb.accept', '2026-09-02'),
      ev('a2', 'arb.accept', '2026-09-03', { supersedesEventId: 'a1' }),
      ev('a3', 'arb.accept', '2026-09-04', { supersedesEventId: 'a1' }),
      ev('n1', 'arb.note', '2026-09-05', { supersedesEventId: 'elsewhere' }),
    ];
    expect(liveLog(log).map((e) => e.id)).toEqual(['a3', 'n1']);
  });

  it('a corrected receipt dated the same day as acceptance still starts the accept-review period first', () => {
    // By date and recording time the new receipt would sort after the acceptance; in place, it comes first.
    const log = [
      ev('r1', 'case.received', '2026-09-03'),
      ev('a1', 'arb.accept', '2026-09-02', { payload: { simple: false } }),
      ev('r2', 'case.received', '2026-09-02', { supersedesEventId: 'r1' }),
    ];
    const review = computeDeadlines({
      kind: 'arbitration',
      events: log,
      rules: RULES,
      calendar: officialCalendar,
      today: '2026-09-10',
    }).find((d) => d.ruleId === 'arb.accept_review');
    expect(review).toMatchObject({ startDate: '2026-09-02', status: 'met', completedOn: '2026-09-02' });
  });

  it('property: voiding any subset of service records never leaves the fold with a date from a voided record', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 3, max: 28 }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
        (days, voided) => {
          const dates = days.map((d) => `2026-09-${String(d).padStart(2, '0')}`);
          const records = dates.map((on, i) => served(`s${i}`, on));
          const log: FoldableEvent[] = [
            ev('r', 'case.received', '2026-09-01'),
            ev('a', 'arb.accept', '2026-09-02', { payload: { simple: false } }),
            ...records,
            ...records.flatMap((r, i) => (voided[i] === true ? [voids(`v${i}`, r.id as string)] : [])),
          ];
          const liveDates = dates.filter((_, i) => voided[i] !== true).sort();
          const s = foldEvents(BASICS, log);
          expect(s.copyServedOn).toBe(liveDates[0] ?? null);
          const voidedDates = new Set(dates.filter((d, i) => voided[i] === true && !liveDates.includes(d)));
          if (s.copyServedOn !== null) expect(voidedDates.has(s.copyServedOn)).toBe(false);
        },
      ),
      { numRuns: 200, seed: 10 },
    );
  });
});

describe('voiding a step re-checks the later ones', () => {
  const accepted = [
    ev('r', 'case.received', '2026-09-01'),
    ev('a', 'arb.accept', '2026-09-02', { payload: { simple: false } }),
  ];
  it('names the later step that would lose its footing', () => {
    const log = [...accepted, served('s', '2026-09-05')];
    expect(stepBrokenByVoid(BASICS, log, 'a')).toMatchObject({
      eventId: 's',
      label: '登记送达',
      occurredOn: '2026-09-05',
      reason: '案件尚未受理，不能送达仲裁申请书副本',
    });
  });
  it('allows a void that leaves every later step legal', () => {
    const log = [...accepted, served('s', '2026-09-20')];
    expect(stepBrokenByVoid(BASICS, log, 's')).toBeNull();
  });
});
