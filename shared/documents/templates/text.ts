// Small text rules of the templates: body dates in Arabic numerals (reference §5.3), hearing times, numbered lists,
// and the way notices address a party ("你" / "你单位").

import { arabicDate } from '../../format';

const WEEKDAYS = '日一二三四五六';

/** '2026-04-10' → '2026年4月10日（星期五）'. */
export function dateWithWeekday(date: string): string {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return `${arabicDate(date)}（星期${WEEKDAYS.charAt(day)}）`;
}

/** '09:30' → '上午9时30分', '14:00' → '下午2时'. */
export function timeText(time: string): string {
  const [h = 0, m = 0] = time.split(':').map(Number);
  const half = h < 12 ? '上午' : '下午';
  const hour = h <= 12 ? h : h - 12;
  return `${half}${hour}时${m === 0 ? '' : `${m}分`}`;
}

/** '2026年4月10日（星期五）上午9时30分'. */
export const dateTimeText = (date: string, time: string): string =>
  `${dateWithWeekday(date)}${timeText(time)}`;

/** A payload date that may be ISO ('2026-05-01' → '2026年5月1日') or free text (kept as written). */
export const looseDate = (s: string): string => (/^\d{4}-\d{2}-\d{2}$/.test(s) ? arabicDate(s) : s);

/** Split free text into its non-empty lines. */
export const lines = (s: string): string[] =>
  s
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');

/** Number lines '1. …' unless the text already numbers them itself. */
export function numbered(items: readonly string[]): string[] {
  const already = items.every((l) =>
    /^(\d+[.、．]|[一二三四五六七八九十]+、|（[一二三四五六七八九十\d]+）)/.test(l),
  );
  return already ? [...items] : items.map((l, i) => `${i + 1}. ${l}`);
}

/** End a sentence with '。' unless it already ends with punctuation. */
export const sentence = (s: string): string => (/[。！？；：]$/.test(s) ? s : `${s}。`);

/** Join names with '、'. */
export const names = (list: readonly string[]): string => list.join('、');

/** A sentence used inside another one: trailing '。' / '；' removed. */
export const clause = (s: string): string => s.trim().replace(/[。；，]+$/, '');

/** A full-width space (written as an escape: lint forbids the literal character). */
export const GAP = '\u3000';

/** Room for handwriting before each unit: handwritten('时', '分') → '\u3000\u3000时\u3000\u3000分'. */
export const handwritten = (...units: string[]): string => units.map((u) => `${GAP}${GAP}${u}`).join('');
