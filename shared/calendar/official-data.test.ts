import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { OFFICIAL_HOLIDAY_YEARS } from './official-data';
import { OFFICIAL_CALENDAR_DATA, officialCalendar } from './official-calendar';

// The embedded data must equal resources/holiday-cn day by day (official-data.ts is generated from it).

interface HolidayCnFile {
  year: number;
  papers: string[];
  days: { name: string; date: string; isOffDay: boolean }[];
}

const dir = fileURLToPath(new URL('../../resources/holiday-cn/', import.meta.url));
const files: HolidayCnFile[] = readdirSync(dir)
  .filter((f) => /^\d{4}\.json$/.test(f))
  .sort()
  .map((f) => JSON.parse(readFileSync(dir + f, 'utf8')) as HolidayCnFile);

describe('official data', () => {
  it('ships the holiday-cn files 2007–2027 with the MIT licence and source note', () => {
    expect(files.map((f) => f.year)).toEqual(Array.from({ length: 21 }, (_, i) => 2007 + i));
    expect(readFileSync(dir + 'LICENSE', 'utf8')).toMatch(/MIT License[\s\S]*NateScarlet/);
    expect(readFileSync(dir + 'SOURCE.md', 'utf8')).toMatch(/holiday-cn/);
  });

  it('embeds exactly the years whose file has days (2027 is an empty placeholder)', () => {
    const withDays = files.filter((f) => f.days.length > 0).map((f) => f.year);
    expect(OFFICIAL_HOLIDAY_YEARS.map((y) => y.year)).toEqual(withDays);
    expect(withDays).not.toContain(2027);
  });

  it.each(files.filter((f) => f.days.length > 0).map((f) => [f.year, f] as const))(
    '%i: same days, names and notices as the JSON',
    (year, file) => {
      const embedded = OFFICIAL_CALENDAR_DATA.find((d) => d.year === year);
      const sorted = [...file.days].sort((a, b) => (a.date < b.date ? -1 : 1));
      expect(embedded?.days).toEqual(sorted.map(({ date, isOffDay, name }) => ({ date, isOffDay, name })));
      expect(embedded?.source).toBe(file.papers.join('；'));
    },
  );

  it('the calendar answers every listed day of a covered year as the files say', () => {
    const covered = new Set(officialCalendar.coveredYears());
    let checked = 0;
    for (const file of files) {
      for (const day of file.days) {
        if (!covered.has(Number(day.date.slice(0, 4)))) continue; // 2006-12-30/31 sit in the 2007 file
        expect(officialCalendar.isWorkday(day.date), day.date).toBe(!day.isOffDay);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(600);
  });
});
