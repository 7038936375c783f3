import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCalendar, officialCalendar } from '../calendar';
import { RULES } from '../../tests/helpers/deadline-rules';
import { withRef, type Hit } from './case-log';
import { computeDue, type DueResult } from './due-date';

// computeDue builds each result as one literal (no spread, see `result` in due-date.ts), and a hit takes its
// reference through `withRef` instead of `{ ...hit, ref }`: the same fields as before, for every branch.

const rule = (id: string) => {
  const r = RULES.find((x) => x.id === id);
  if (r === undefined) throw new Error(id);
  return r;
};
const due = (id: string, start: string, calendar = officialCalendar, today = '2026-11-25'): DueResult =>
  computeDue({ rule: rule(id), start, intervals: [], extensionDays: 0, calendar, today });
const BASE = ['raw', 'due', 'parts', 'extensionDays', 'rolled', 'offNotRolled'];
const CASES: [name: string, result: () => DueResult, keys: string[], expected: Partial<DueResult>][] = [
  [
    "a 'before' rule keeps the lenient and strict days",
    () => due('arb.hearing_notice', '2026-10-20'),
    [...BASE, 'lenient', 'strict'],
    { raw: '2026-10-12', due: '2026-10-12', lenient: '2026-10-13', strict: '2026-10-12', rolled: false },
  ],
  [
    'a working-day count without excluded days',
    () => due('arb.serve_copy', '2026-09-07'),
    BASE,
    { raw: '2026-09-14', due: '2026-09-14', rolled: false, offNotRolled: false },
  ],
  [
    'a natural-day count ending on an off day, not rolled forward',
    () => due('arb.award_limit', '2026-09-02'),
    BASE,
    { raw: '2026-10-17', due: '2026-10-17', rolled: false, offNotRolled: true },
  ],
  [
    'a natural-day count ending on an off day, rolled forward',
    () => due('arb.worker_suit', '2026-10-02'),
    BASE,
    { raw: '2026-10-17', due: '2026-10-19', rolled: true, offNotRolled: false },
  ],
  [
    'a count reaching a year without data is a gap, never a guess',
    () => due('arb.serve_copy', '2026-12-29', createCalendar([])),
    [...BASE, 'gap'],
    { raw: null, due: null, rolled: false, offNotRolled: false },
  ],
];

describe('computeDue', () => {
  it.each(CASES)('%s', (_, result, keys, expected) => {
    const r = result();
    expect(Object.keys(r).sort()).toEqual([...keys].sort());
    expect(r).toMatchObject(expected);
  });
});

describe('withRef', () => {
  it('is the hit with its reference, as a spread would give it', () => {
    const hit = fc.record({
      index: fc.nat(),
      type: fc.string(),
      date: fc.string(),
      payload: fc.dictionary(fc.string(), fc.jsonValue()),
    });
    const ref = fc.record({ event: fc.string() });
    fc.assert(
      fc.property(hit, ref, (h: Hit, r) => {
        expect(withRef(h, r)).toStrictEqual({ ...h, ref: r });
      }),
    );
  });
});
