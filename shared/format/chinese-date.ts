// Dates written on documents (reference §5.3): Chinese numerals for 裁决书/调解书/决定书
// ("二〇二六年十一月二十五日", 法〔2016〕221号), Arabic numerals without leading zeros
// for 公文-style documents ("2026年11月25日", GB/T 9704-2012 7.3.5.4).

import { parseIsoDate } from '../validate/date';

// Year digits one by one, zero written as 〇 (reference §5.3).
const YEAR_DIGITS = '〇一二三四五六七八九';
const UNITS = '一二三四五六七八九';

/** '2026-11-25' → '二〇二六年十一月二十五日'. Throws RangeError for an invalid date. */
export function chineseDate(date: string): string {
  const { month, day } = parse(date, 'chineseDate');
  const yearText = date
    .slice(0, 4)
    .split('')
    .map((d) => YEAR_DIGITS.charAt(Number(d)))
    .join('');
  return `${yearText}年${smallNumber(month)}月${smallNumber(day)}日`;
}

/** '2026-01-05' → '2026年1月5日' (full year, no leading zeros). Throws RangeError for an invalid date. */
export function arabicDate(date: string): string {
  const { year, month, day } = parse(date, 'arabicDate');
  return `${year}年${month}月${day}日`;
}

/** 1–31 in Chinese numerals: 十, 十一 … 十九, 二十, 二十一 … 三十一 (reference §5.3). */
function smallNumber(n: number): string {
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const onesText = ones === 0 ? '' : UNITS.charAt(ones - 1);
  if (tens === 0) return onesText;
  const tensText = tens === 1 ? '' : UNITS.charAt(tens - 1);
  return `${tensText}十${onesText}`;
}

function parse(date: string, fn: string): { year: number; month: number; day: number } {
  const parts = parseIsoDate(date);
  if (parts === null) throw new RangeError(`${fn}: invalid date '${date}', expected YYYY-MM-DD`);
  return parts;
}
