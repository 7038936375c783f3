import { z } from 'zod';
import { IsoDate } from '../schema/primitives';
import { isValidIsoDate } from '../validate/date';

// Validates a year an administrator imports or enters from the State Council notice (reference §8.3 item 1:
// the notice appears about November and the app may be offline). Same shape as `CalendarData`.

/** One day of the notice: a day off (`isOffDay: true`) or a 调休 make-up working day (`false`). */
export const CalendarDayEntry = z.object({
  date: IsoDate,
  isOffDay: z.boolean({ message: '请注明该日是放假还是调休上班' }),
  name: z
    .string({ message: '请填写节日名称' })
    .trim()
    .min(1, { message: '请填写节日名称' })
    .max(50, { message: '节日名称不能超过 50 个字符' }),
});

/**
 * A year's arrangement. Every date must be a real day of that year — or, as in holiday-cn (reference §8.2), of
 * the December before or the January after, which a notice sometimes fixes (the 2019 notice set 2018-12-29…31).
 * No date may appear twice, and the source (notice number or URL) is required so deadlines can cite it (§8.3).
 */
export const CalendarYearData = z
  .object({
    year: z
      .number({ message: '请填写年份' })
      .int({ message: '年份须为整数' })
      .min(2000, { message: '年份须在 2000 至 2199 之间' })
      .max(2199, { message: '年份须在 2000 至 2199 之间' }),
    source: z
      .string({ message: '请填写通知文号或网址' })
      .trim()
      .min(1, { message: '请填写通知文号或网址' })
      .max(500, { message: '通知文号或网址不能超过 500 个字符' }),
    days: z
      .array(CalendarDayEntry, { message: '请填写放假和调休日期' })
      .min(1, { message: '至少需要一天放假或调休安排' }),
  })
  .superRefine((value, ctx) => {
    const seen = new Set<string>();
    value.days.forEach((day, index) => {
      if (!isValidIsoDate(day.date)) return; // already reported by IsoDate
      if (!isInYearOrNeighbour(day.date, value.year)) {
        ctx.addIssue({
          code: 'custom',
          path: ['days', index, 'date'],
          message: `${day.date} 不属于 ${value.year} 年的安排（只允许该年的日期，以及上年 12 月、次年 1 月的日期）`,
        });
      }
      if (seen.has(day.date)) {
        ctx.addIssue({ code: 'custom', path: ['days', index, 'date'], message: `${day.date} 重复出现` });
      }
      seen.add(day.date);
    });
  });
export type CalendarYearDataInput = z.input<typeof CalendarYearData>;

function isInYearOrNeighbour(date: string, year: number): boolean {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  return y === year || (y === year - 1 && m === 12) || (y === year + 1 && m === 1);
}
