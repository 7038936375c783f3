// Plain calendar-day arithmetic on 'YYYY-MM-DD' strings through integer day numbers (days since 1970-01-01),
// never `Date`: a deadline is a calendar day, not an instant. Shared by the limitation and AB角 modules.

import { parseIsoDate } from '../validate/date';

/** Day number of a real 'YYYY-MM-DD' (H. Hinnant's days_from_civil); RangeError with a Chinese message otherwise. */
export function dayOf(date: string): number {
  const parts = parseIsoDate(date);
  if (parts === null) {
    throw new RangeError(`日期无效：${JSON.stringify(date)}（格式应为 YYYY-MM-DD，且须为真实日期）`);
  }
  const { year, month, day } = parts;
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of `dayOf` (Hinnant's civil_from_days). */
export function isoOf(dayNumber: number): string {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
