import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { chineseDate, arabicDate } from './chinese-date';

describe('chineseDate (reference §5.3)', () => {
  it.each([
    ['2026-11-25', '二〇二六年十一月二十五日'],
    ['2016-08-29', '二〇一六年八月二十九日'],
    ['2000-01-01', '二〇〇〇年一月一日'],
    ['2026-10-10', '二〇二六年十月十日'],
    ['2026-12-20', '二〇二六年十二月二十日'],
    ['2026-01-30', '二〇二六年一月三十日'],
    ['2026-01-31', '二〇二六年一月三十一日'],
    ['2024-02-29', '二〇二四年二月二十九日'],
    ['1999-09-09', '一九九九年九月九日'],
    ['2026-03-11', '二〇二六年三月十一日'],
    ['2026-03-19', '二〇二六年三月十九日'],
  ])('%s → %s', (date, text) => {
    expect(chineseDate(date)).toBe(text);
  });

  it.each(['2026-02-30', '2025-02-29', '2026-1-5', '2026/01/05', '', '2026-13-01'])(
    'throws RangeError for %j',
    (date) => {
      expect(() => chineseDate(date)).toThrow(RangeError);
      expect(() => arabicDate(date)).toThrow(RangeError);
    },
  );

  // Reads the Chinese form back, to check it describes the same date.
  function readBack(text: string): string {
    const m =
      /^([〇一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日$/u.exec(
        text,
      );
    if (m === null) throw new Error(`unexpected form ${text}`);
    const digit = (c: string): number => '〇一二三四五六七八九'.indexOf(c);
    const small = (s: string): number => {
      const [tens = '', ones = ''] = s.split('十');
      if (!s.includes('十')) return digit(s);
      return (tens === '' ? 1 : digit(tens)) * 10 + (ones === '' ? 0 : digit(ones));
    };
    const year = [...(m[1] ?? '')].map(digit).join('');
    const pad = (n: number): string => String(n).padStart(2, '0');
    return `${year}-${pad(small(m[2] ?? ''))}-${pad(small(m[3] ?? ''))}`;
  }

  it('round-trips every date in 1900–2199', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1900-01-01T00:00:00Z'),
          max: new Date('2199-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          const text = chineseDate(iso);
          expect(text).not.toMatch(/[0-9零]/);
          expect(readBack(text)).toBe(iso);
        },
      ),
    );
  });
});

describe('arabicDate (GB/T 9704-2012 7.3.5.4)', () => {
  it.each([
    ['2026-11-25', '2026年11月25日'],
    ['2026-01-05', '2026年1月5日'],
    ['2026-10-01', '2026年10月1日'],
    ['2024-02-29', '2024年2月29日'],
  ])('%s → %s', (date, text) => {
    expect(arabicDate(date)).toBe(text);
  });
});
