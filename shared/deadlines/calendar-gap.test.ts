import { describe, expect, it } from 'vitest';
import { officialCalendar, type CalendarData } from '../calendar';
import { RULES, ev, served, ACCEPTED, run, one } from '../../tests/helpers/deadline-rules';
import { computeDeadlines } from '.';

// Years without holiday data (product decision 3) and how the event log is read.

describe('CALENDAR_GAP: a year without data is shown, never guessed', () => {
  const FAKE_2027: CalendarData = {
    year: 2027,
    source: '测试用虚构通知',
    days: [{ date: '2027-01-01', isOffDay: true, name: '元旦' }],
  };
  it('received 2026-12-28 + 5 working days runs into 2027: dueDate null with the Chinese message', () => {
    const d = one([ev('case.received', '2026-12-28')], 'arb.accept_review', '2026-12-29');
    expect(d.dueDate).toBeNull();
    expect(d.status).toBe('pending');
    expect(d.daysLeft).toBeUndefined();
    expect(d.gap?.year).toBe(2027);
    expect(d.gap?.message).toContain('2027 年的节假日安排尚未载入');
    expect(d.explanation).toContain('→ 无法计算（2027 年的节假日安排尚未载入');
  });
  it('completion before the missing year is certainly on time', () => {
    expect(
      one(
        [ev('case.received', '2026-12-28'), ev('arb.accept', '2026-12-30')],
        'arb.accept_review',
        '2026-12-30',
      ),
    ).toMatchObject({ status: 'met', dueDate: null });
  });
  it('an imported year counts: the calendar is a parameter', () => {
    const cal = officialCalendar.withYear(FAKE_2027);
    const d = one([ev('case.received', '2026-12-28')], 'arb.accept_review', '2026-12-29', cal);
    expect(d).toMatchObject({ dueDate: '2027-01-05', status: 'pending' }); // 12-29, 12-30, 12-31, (01-01 off), 01-04, 01-05
    expect(d.gap).toBeUndefined();
  });
  it('the 45-day limit needs no holiday data (no roll-forward): accepted 2026-12-20 → 2027-02-03', () => {
    const d = one(
      [ev('case.received', '2026-12-18'), ev('arb.accept', '2026-12-20')],
      'arb.award_limit',
      '2026-12-21',
    );
    expect(d).toMatchObject({ dueDate: '2027-02-03', daysLeft: 44 });
    expect(d.gap).toBeUndefined();
  });
  it('a rolled period whose raw last day is in the missing year shows the raw day and the gap', () => {
    const d = one([...ACCEPTED, served('award', 'applicant', '2026-12-20')], 'arb.worker_suit', '2026-12-21');
    expect(d).toMatchObject({ dueDate: null, status: 'pending', gap: { year: 2027 } });
    expect(d.explanation).toContain('→ 2027-01-04，无法判断末日是否为休息日');
  });
});

describe('the log', () => {
  it('only rules whose trigger has happened appear', () => {
    expect(run([ev('case.received', '2026-09-01')], '2026-09-01').map((d) => d.ruleId)).toEqual([
      'arb.accept_review',
    ]);
  });
  it('a superseded event is ignored, as in foldEvents', () => {
    const events = [
      { ...ev('case.received', '2026-08-28'), id: 'e1' },
      { ...ev('arb.accept', '2026-09-01'), id: 'e2' },
      { ...ev('arb.accept', '2026-09-02'), id: 'e3', supersedesEventId: 'e2' },
    ];
    expect(
      computeDeadlines({
        kind: 'arbitration',
        events,
        rules: RULES,
        calendar: officialCalendar,
        today: '2026-09-03',
      }).find((d) => d.ruleId === 'arb.award_limit')?.startDate,
    ).toBe('2026-09-02');
  });
  it('an invalid today is refused', () => {
    expect(() => run(ACCEPTED, '2026-02-30')).toThrow(RangeError);
  });
});
