// Length of service for 经济补偿 / 赔偿金 (reference §3.3(5), Decisions §4): from the start date through
// the last day of work, both days included, in whole calendar years, then whole months, then days.
// 入职 2023-11-01, 离职 2024-10-31 is exactly one year. A period whose corresponding day does not exist
// in the target month ends at that month's end (《民法典》第二百零一条第二款; see dates.ts).

import { dayNumber, wholeMonthsInclusive } from './dates';
import type { Ymd } from './dates';
import { CalcInputError } from './errors';
import { requireDate } from './inputs';
import type { ServiceLength } from './types';

/** Internal form on parsed dates; `end` must not be before `start`. */
export function serviceBetween(start: Ymd, end: Ymd): ServiceLength {
  const { months, days } = wholeMonthsInclusive(start, dayNumber(end));
  return { years: Math.floor(months / 12), months: months % 12, days };
}

/**
 * Service from `startDate` through `endDate` inclusive:
 * serviceLength('2019-03-15', '2025-09-30') → { years: 6, months: 6, days: 16 }.
 * Throws CalcInputError for an invalid date or an end before the start.
 */
export function serviceLength(startDate: string, endDate: string): ServiceLength {
  const start = requireDate(startDate, 'startDate', '入职日期');
  const end = requireDate(endDate, 'endDate', '离职日期');
  if (dayNumber(end) < dayNumber(start)) {
    throw new CalcInputError(
      'endDate',
      `离职日期（endDate）${endDate} 早于入职日期（startDate）${startDate}`,
    );
  }
  return serviceBetween(start, end);
}

/** '6 年 6 个月 16 日', omitting nothing so the reader sees the remainder that decided N. */
export const serviceText = (s: ServiceLength): string => `${s.years} 年 ${s.months} 个月 ${s.days} 日`;
