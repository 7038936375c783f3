import { describe, it, expect } from 'vitest';
import { officialCalendar as cal } from './official-calendar';
import { formatDay, toDayNumber, weekdayOf } from './iso-day';

// The 2025 and 2026 arrangements written out by hand from the reference (§8.1: the 2026 fixture and the 2025
// make-up days; 2025 days off from 国办发明电〔2024〕12号), NOT read from the data under test.

type Block = readonly [name: string, from: string, to: string];
type Day = readonly [name: string, date: string];

const OFF_2026: readonly Block[] = [
  ['元旦', '2026-01-01', '2026-01-03'],
  ['春节', '2026-02-15', '2026-02-23'],
  ['清明节', '2026-04-04', '2026-04-06'],
  ['劳动节', '2026-05-01', '2026-05-05'],
  ['端午节', '2026-06-19', '2026-06-21'],
  ['中秋节', '2026-09-25', '2026-09-27'],
  ['国庆节', '2026-10-01', '2026-10-07'],
];
const WORK_2026: readonly Day[] = [
  ['元旦', '2026-01-04'], // Sunday
  ['春节', '2026-02-14'], // Saturday
  ['春节', '2026-02-28'], // Saturday
  ['劳动节', '2026-05-09'], // Saturday
  ['国庆节', '2026-09-20'], // Sunday
  ['国庆节', '2026-10-10'], // Saturday
];

const OFF_2025: readonly Block[] = [
  ['元旦', '2025-01-01', '2025-01-01'],
  ['春节', '2025-01-28', '2025-02-04'],
  ['清明节', '2025-04-04', '2025-04-06'],
  ['劳动节', '2025-05-01', '2025-05-05'],
  ['端午节', '2025-05-31', '2025-06-02'],
  ['国庆节、中秋节', '2025-10-01', '2025-10-08'],
];
const WORK_2025: readonly Day[] = [
  ['春节', '2025-01-26'], // Sunday
  ['春节', '2025-02-08'], // Saturday
  ['劳动节', '2025-04-27'], // Sunday
  ['国庆节、中秋节', '2025-09-28'], // Sunday
  ['国庆节、中秋节', '2025-10-11'], // Saturday
];

function expand(blocks: readonly Block[]): Day[] {
  const days: Day[] = [];
  for (const [name, from, to] of blocks) {
    for (let d = toDayNumber(from); d <= toDayNumber(to); d++) days.push([name, formatDay(d)]);
  }
  return days;
}

describe.each([
  [2025, expand(OFF_2025), WORK_2025],
  [2026, expand(OFF_2026), WORK_2026],
] as const)('official %i arrangement', (year, offDays, workDays) => {
  it.each(offDays)('%s: %s is a day off', (name, date) => {
    expect(cal.isWorkday(date)).toBe(false);
    expect(cal.isOffDay(date)).toBe(true);
    expect(cal.dayInfo(date)).toEqual({ date, workday: false, kind: 'holiday', name });
  });

  it.each(workDays)('%s: %s is a make-up working day', (name, date) => {
    expect(weekdayOf(toDayNumber(date)) % 6).toBe(0); // each falls on a Saturday or Sunday
    expect(cal.isWorkday(date)).toBe(true);
    expect(cal.isOffDay(date)).toBe(false);
    expect(cal.dayInfo(date)).toEqual({ date, workday: true, kind: 'makeup_workday', name });
  });

  it(`every other day of ${year} follows the ordinary week`, () => {
    const listed = new Set([...offDays, ...workDays].map(([, date]) => date));
    let checked = 0;
    for (let d = toDayNumber(`${year}-01-01`); d <= toDayNumber(`${year}-12-31`); d++) {
      const date = formatDay(d);
      if (listed.has(date)) continue;
      const weekend = weekdayOf(d) === 0 || weekdayOf(d) === 6;
      expect(cal.isWorkday(date), date).toBe(!weekend);
      const info = cal.dayInfo(date);
      expect(info).toEqual({ date, workday: !weekend, kind: weekend ? 'weekend' : 'workday' });
      expect(info).not.toHaveProperty('name');
      checked++;
    }
    expect(checked + listed.size).toBe(365);
  });

  it('cites the notice', () => {
    expect(cal.sourceOf(year)).toMatch(
      /^https:\/\/www\.gov\.cn\/zhengce\/zhengceku\/20\d{4}\/content_\d+\.htm$/,
    );
  });
});

describe('days the reference singles out (§8.3 item 4)', () => {
  it('2025-01-26 (Sunday) is a working day', () => {
    expect(cal.isWorkday('2025-01-26')).toBe(true);
  });

  it('2026-10-08 (Thursday, right after National Day) is a working day', () => {
    expect(cal.dayInfo('2026-10-08')).toEqual({ date: '2026-10-08', workday: true, kind: 'workday' });
  });

  it('2026-10-06 and 10-07 are off (调休 rest days, paid back on 9-20 and 10-10)', () => {
    expect(cal.isOffDay('2026-10-06')).toBe(true);
    expect(cal.isOffDay('2026-10-07')).toBe(true);
  });

  it('2026-10-03 and 10-04, weekend days inside the block, are classed as holiday, not weekend', () => {
    expect(cal.dayInfo('2026-10-03').kind).toBe('holiday');
    expect(cal.dayInfo('2026-10-04').kind).toBe('holiday');
  });

  it('2026-10-11, a Sunday after the block, is an ordinary weekend', () => {
    expect(cal.dayInfo('2026-10-11')).toEqual({ date: '2026-10-11', workday: false, kind: 'weekend' });
  });
});

describe('late-December days fixed by the next year’s notice are merged by date (§8.2)', () => {
  it.each([
    ['2006-12-31', 'not loaded'], // in the 2007 file, but 2006 has no file of its own
    ['2007-12-29', true], // Saturday make-up day, from the 2008 file
    ['2007-12-31', false], // Monday off, from the 2008 file
    ['2011-12-31', true], // Saturday make-up day, from the 2012 file
    ['2018-12-29', true], // Saturday make-up day, from the 2019 file
    ['2018-12-31', false], // Monday off, from the 2019 file
    ['2022-12-31', false], // Saturday, listed as 元旦 in the 2023 file
  ] as const)('%s → %s', (date, expected) => {
    if (expected === 'not loaded') expect(() => cal.isWorkday(date)).toThrow(/2006 年的节假日安排尚未载入/);
    else expect(cal.isWorkday(date)).toBe(expected);
  });
});
