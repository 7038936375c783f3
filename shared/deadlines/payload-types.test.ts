import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { officialCalendar as cal } from '../calendar';
import type { ProcedureEvent } from '../procedure/procedure-state';
import { dayOf, isoOf } from '../util/day-number';
import { computeDeadlines, loadRuleSet, payloadTypesOf } from '.';

const rulesJson: unknown = JSON.parse(
  readFileSync(new URL('../../resources/deadline-rules/default.json', import.meta.url), 'utf8'),
);
const loaded = loadRuleSet(rulesJson);
if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
const RULES = loaded.rules;

describe('the event types whose payload the rules read', () => {
  it('are those a rule names with a condition, a date field or an extension field', () => {
    const types = payloadTypesOf(RULES);
    // where: an award's finality and outcome, a counterclaim merged, a service's document and addressee;
    // dateField: the hearing date; extension: the days granted.
    for (const t of ['arb.awarded', 'arb.counterclaimDecided', 'service.record', 'arb.hearingScheduled'])
      expect(types).toContain(t);
    expect(types).toContain('arb.extended');
    // Counted by type and date alone: their payloads are never read.
    for (const t of ['case.received', 'arb.accept', 'arb.composeTribunal', 'arb.suspended'])
      expect(types).not.toContain(t);
  });

  it('are worked out once per rule set', () => {
    expect(payloadTypesOf(RULES)).toBe(payloadTypesOf(RULES));
  });

  // Every field any rule reads, on every event, so an event of a type left out would change a result.
  const TYPES = [
    'arb.accept',
    'med.accept',
    'service.record',
    'arb.hearingScheduled',
    'arb.hearingPostponed',
    'arb.suspended',
    'arb.resumed',
    'arb.extended',
    'arb.awarded',
    'arb.counterclaimFiled',
    'arb.counterclaimDecided',
    'arb.composeTribunal',
    'arb.defenceFiled',
    'med.agreement',
    'arb.withdrawn',
  ];
  const step = fc.record({
    type: fc.constantFrom(...TYPES),
    after: fc.integer({ min: 0, max: 30 }),
    later: fc.integer({ min: 0, max: 40 }),
    days: fc.integer({ min: 1, max: 15 }),
    document: fc.constantFrom(
      'application_copy',
      'defence_copy',
      'tribunal_notice',
      'hearing_notice',
      'award',
    ),
    addresseeRole: fc.constantFrom('applicant', 'respondent'),
    method: fc.constantFrom('direct', 'public_notice'),
    final: fc.boolean(),
    merged: fc.boolean(),
    outcome: fc.constantFrom('mixed', 'upheld'),
  });

  it('are the only payloads that change a result: the others emptied, every deadline is the same', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('arbitration', 'mediation'),
        fc.array(step, { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 0, max: 200 }),
        (kind, steps, todayAfter) => {
          let day = dayOf('2025-03-03');
          const events: ProcedureEvent[] = [{ type: 'case.received', occurredOn: isoOf(day), payload: {} }];
          for (const { type, after, later, ...fields } of steps) {
            day += after;
            const on = isoOf(day + later);
            const payload = { ...fields, effectiveOn: on, servedOn: on, publishedOn: on, hearingDate: on };
            events.push({ type, occurredOn: isoOf(day), payload });
          }
          const read = new Set(payloadTypesOf(RULES));
          const slim = events.map((e) => (read.has(e.type) ? e : { ...e, payload: {} }));
          const today = isoOf(day + todayAfter);
          const input = { kind, rules: RULES, calendar: cal, today } as const;
          expect(computeDeadlines({ ...input, events: slim })).toEqual(
            computeDeadlines({ ...input, events }),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
