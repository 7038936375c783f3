// Calendar-date checks shared by the ID-number validator and the date formatters.
// Dates are plain 'YYYY-MM-DD' strings throughout the app (reference §5.3), so we
// validate the string itself instead of round-tripping through `Date`, whose
// parser silently rolls 2026-02-30 over to 2026-03-02.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Gregorian leap-year rule (divisible by 4, except centuries not divisible by 400). */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in `month` (1–12) of `year`; 0 for an out-of-range month. */
export function daysInMonth(year: number, month: number): number {
  switch (month) {
    case 1:
    case 3:
    case 5:
    case 7:
    case 8:
    case 10:
    case 12:
      return 31;
    case 4:
    case 6:
    case 9:
    case 11:
      return 30;
    case 2:
      return isLeapYear(year) ? 29 : 28;
    default:
      return 0;
  }
}

/** True when year/month/day name a real day of the proleptic Gregorian calendar. */
export function isValidCalendarDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 0 &&
    year <= 9999 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** Parsed parts of a strict 'YYYY-MM-DD' string, or null when it is not a real date. */
export function parseIsoDate(s: string): { year: number; month: number; day: number } | null {
  const m = ISO_DATE.exec(s);
  if (m === null) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return isValidCalendarDate(year, month, day) ? { year, month, day } : null;
}

/**
 * Strict 'YYYY-MM-DD' that names a real calendar day:
 * rejects 2026-02-30 and 2025-02-29, accepts 2024-02-29. No surrounding whitespace,
 * no time part, no single-digit month/day.
 */
export function isValidIsoDate(s: string): boolean {
  return parseIsoDate(s) !== null;
}
