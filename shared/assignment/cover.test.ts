import { describe, it, expect } from 'vitest';
import { effectiveHandler, todoFor } from './cover';
import { away, caseOf } from './test-fixtures';

// A (arb1) is on leave 2026-10-12 … 2026-10-16 inclusive; B (arb2) covers exactly those days (reference §4).
const leaves = [away('arb1', '2026-10-12', '2026-10-16')];
const deadlines = [
  { ruleId: 'A8', label: '开庭通知', dueDate: '2026-10-20' },
  { ruleId: 'A6', label: '组庭通知', dueDate: '2026-10-14' },
];
const c = caseOf({ id: 'c1', caseNumber: '京劳人仲字〔2026〕第1号', a: 'arb1', b: 'arb2', deadlines });
const own = caseOf({
  id: 'c2',
  a: 'arb2',
  b: 'arb3',
  deadlines: [{ ruleId: 'A2', label: '受理审查', dueDate: '2026-10-13' }],
});
const closed = caseOf({ id: 'c3', a: 'arb1', b: 'arb2', status: 'closed' });
const cases = [c, own, closed];

const ids = (staffId: string, on: string) => todoFor(staffId, cases, leaves, on).map((t) => t.caseId);

describe('effectiveHandler', () => {
  it.each([
    ['2026-10-11', 'arb1'], // the day before the leave
    ['2026-10-12', 'arb2'], // first day
    ['2026-10-14', 'arb2'],
    ['2026-10-16', 'arb2'], // last day
    ['2026-10-17', 'arb1'], // the day after
  ])('on %s the case is handled by %s', (on, who) => {
    expect(effectiveHandler(c, leaves, on)).toBe(who);
  });

  it('is null when A and B are both away, and B acts when no A is recorded', () => {
    const both = [...leaves, away('arb2', '2026-10-16', '2026-10-19')];
    expect(effectiveHandler(c, both, '2026-10-15')).toBe('arb2');
    expect(effectiveHandler(c, both, '2026-10-16')).toBeNull();
    expect(effectiveHandler(c, both, '2026-10-19')).toBe('arb1');
    expect(effectiveHandler({ b: 'arb2' }, [], '2026-10-16')).toBe('arb2');
    expect(effectiveHandler({}, [], '2026-10-16')).toBeNull();
  });
});

describe('todoFor — the cover appears on B’s list exactly for the leave period', () => {
  it('the day before: A has the case, B only their own', () => {
    expect(ids('arb1', '2026-10-11')).toEqual(['c1']);
    expect(ids('arb2', '2026-10-11')).toEqual(['c2']);
  });
  it('first day: the case moves to B, marked as covering', () => {
    expect(ids('arb1', '2026-10-12')).toEqual([]);
    const items = todoFor('arb2', cases, leaves, '2026-10-12');
    expect(items.map((t) => [t.caseId, t.role, t.covering])).toEqual([
      ['c2', 'A', false],
      ['c1', 'B', true],
    ]);
    expect(items[1]?.caseNumber).toBe('京劳人仲字〔2026〕第1号');
    expect(items[1]?.deadlines.map((d) => d.dueDate)).toEqual(['2026-10-14', '2026-10-20']);
  });
  it('last day: still with B', () => {
    expect(ids('arb2', '2026-10-16')).toEqual(['c2', 'c1']);
    expect(ids('arb1', '2026-10-16')).toEqual([]);
  });
  it('the day after: gone from B’s list, back on A’s', () => {
    expect(ids('arb2', '2026-10-17')).toEqual(['c2']);
    expect(ids('arb1', '2026-10-17')).toEqual(['c1']);
  });
  it('closed cases never appear', () => {
    expect(ids('arb1', '2026-10-01')).not.toContain('c3');
  });
});
