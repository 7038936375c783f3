import { describe, it, expect } from 'vitest';
import { CalendarGapError, officialCalendar as cal } from '../calendar';
import { addDays } from './dates';
import { escalation } from './escalation';
import type { EscalationLevel } from './escalation';
import { away, settingsWith } from './test-fixtures';

// The official 2026 arrangement (reference §8): 国庆节 2026-10-01 … 10-07 off; Sunday 09-20 and Saturday 10-10 are
// make-up working days. With N = 2, a deadline due Friday 2026-10-09 starts its ladder on 09-30 (the second
// working day before it: 10-08, then 09-30 across the holiday); B follows on 10-08 and the director on 10-09.

const ab = { a: 'arb1', b: 'arb2' };
const settings = settingsWith();
const dueOct9 = { ruleId: 'A6', label: '组庭通知', dueDate: '2026-10-09' };

/** Every day from `from` to `to` with the level that fires that day (only days where one fires). */
function firings(
  deadline: typeof dueOct9,
  from: string,
  to: string,
  lastActionOn?: string,
  leaves = [] as ReturnType<typeof away>[],
) {
  const out: [string, EscalationLevel][] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) {
    const e = escalation(deadline, ab, d, cal, settings, lastActionOn, leaves);
    if (e.firesToday) out.push([d, e.level]);
  }
  return out;
}

describe('escalation — on the working-day calendar around National Day 2026', () => {
  it('fires each level once, on the right working day, skipping the holiday', () => {
    expect(firings(dueOct9, '2026-09-20', '2026-10-20')).toEqual([
      ['2026-09-30', 'A'],
      ['2026-10-08', 'B'],
      ['2026-10-09', 'director'],
    ]);
  });

  it('reports the level reached on days in between, and none before it starts', () => {
    expect(escalation(dueOct9, ab, '2026-09-29', cal, settings)).toMatchObject({
      level: 'none',
      firesOn: null,
    });
    expect(escalation(dueOct9, ab, '2026-10-03', cal, settings)).toMatchObject({
      level: 'A',
      firesOn: '2026-09-30',
      firesToday: false,
    });
    expect(escalation(dueOct9, ab, '2026-10-15', cal, settings)).toMatchObject({
      level: 'director',
      firesOn: '2026-10-09',
      firesToday: false,
    });
  });

  it('counts a 调休 Saturday as a working day: B fires on Saturday 2026-10-10', () => {
    const dueOct12 = { ...dueOct9, dueDate: '2026-10-12' };
    expect(firings(dueOct12, '2026-10-01', '2026-10-20')).toEqual([
      ['2026-10-09', 'A'],
      ['2026-10-10', 'B'],
      ['2026-10-12', 'director'],
    ]);
  });

  it('skips 中秋节 (Friday 2026-09-25) and the weekend: due Tuesday 09-29 → A Thursday 09-24, B Monday 09-28', () => {
    const dueSep29 = { ...dueOct9, dueDate: '2026-09-29' };
    expect(firings(dueSep29, '2026-09-15', '2026-10-05')).toEqual([
      ['2026-09-24', 'A'],
      ['2026-09-28', 'B'],
      ['2026-09-29', 'director'],
    ]);
  });

  it('an action on or after the first day stops the ladder; an older one does not', () => {
    expect(firings(dueOct9, '2026-09-20', '2026-10-20', '2026-10-08')).toEqual([['2026-09-30', 'A']]);
    expect(escalation(dueOct9, ab, '2026-10-08', cal, settings, '2026-10-08')).toMatchObject({
      level: 'none',
      stopped: true,
    });
    expect(firings(dueOct9, '2026-09-20', '2026-10-20', '2026-09-29')).toHaveLength(3);
  });

  it('goes straight to B when A is away on the first day, and to the director when B is away on B’s day', () => {
    expect(firings(dueOct9, '2026-09-20', '2026-10-20', undefined, [away('arb1', '2026-09-30')])).toEqual([
      ['2026-09-30', 'B'],
      ['2026-10-08', 'director'],
    ]);
    expect(firings(dueOct9, '2026-09-20', '2026-10-20', undefined, [away('arb2', '2026-10-08')])).toEqual([
      ['2026-09-30', 'A'],
      ['2026-10-08', 'director'],
    ]);
  });

  it('honours the committee’s N', () => {
    const e = escalation(dueOct9, ab, '2026-09-28', cal, settingsWith({ escalationDays: 3 }));
    expect(e.schedule).toEqual([
      { level: 'A', on: '2026-09-29' },
      { level: 'B', on: '2026-09-30' },
      { level: 'director', on: '2026-10-08' },
    ]);
    expect(e.level).toBe('none');
  });

  it('throws CalendarGapError for a year without holiday data, never guessing', () => {
    expect(() => escalation({ ...dueOct9, dueDate: '2027-03-01' }, ab, '2027-02-20', cal, settings)).toThrow(
      CalendarGapError,
    );
  });
});
