// Types of the working-day calendar (reference §2.1, §8). Dates are 'YYYY-MM-DD' strings everywhere.

/** One day fixed by a State Council notice. `isOffDay: false` marks a 调休 make-up working day. */
export interface CalendarDay {
  readonly date: string;
  readonly isOffDay: boolean;
  readonly name: string;
}

/**
 * One year's arrangement: the official data per notice year, or a year an administrator imported.
 * `source` is the notice's reference or URL, shown next to computed deadlines (reference §8.3 item 3).
 * `days` may include late-December days of the year before, as holiday-cn does (reference §8.2).
 */
export interface CalendarData {
  readonly year: number;
  readonly source: string;
  readonly days: readonly CalendarDay[];
}

/**
 * `holiday` is any day off fixed by a notice — a statutory holiday or a 调休 rest day, the data does not tell them
 * apart (reference §8.3 item 2); do not use it for the 300% overtime rule. `weekend` is an ordinary Saturday or
 * Sunday, `makeup_workday` a 调休 working day (often a weekend day).
 */
export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeup_workday';

export interface DayInfo {
  readonly date: string;
  readonly workday: boolean;
  readonly kind: DayKind;
  /** The holiday's name from the notice, for `holiday` and `makeup_workday` only. */
  readonly name?: string;
}

/** First and last day of the covered run of years, e.g. `{ from: '2007-01-01', to: '2026-12-31' }`. */
export interface CalendarCoverage {
  readonly from: string;
  readonly to: string;
}

/** Whether a last day that is off moves to the next working day (民诉法 art 85¶3; reference §2.2). */
export interface RollOptions {
  readonly rollForward: boolean;
}

/**
 * A working-day calendar over loaded years. Every method that must know whether some day is a working day throws
 * `CalendarGapError` when that day's year is not loaded — never a Monday–Friday guess (reference decisions item 3).
 * Invalid dates and counts throw RangeError. Methods are plain functions, safe to destructure.
 */
export interface Calendar {
  /** True for Monday–Friday that are not off, and for 调休 make-up working days. */
  readonly isWorkday: (date: string) => boolean;
  readonly isOffDay: (date: string) => boolean;
  readonly dayInfo: (date: string) => DayInfo;
  /**
   * The n-th working day after `date` (start day excluded, reference §2.2). The result is a working day, so it
   * never needs rolling forward. n = 0 returns `date` unchanged, even when it is off or its year is not loaded.
   */
  readonly addWorkdays: (date: string, n: number) => string;
  /** The n-th working day before `date` (`date` excluded); n = 0 returns `date` unchanged. */
  readonly subtractWorkdays: (date: string, n: number) => string;
  /**
   * `date` + n natural days (start day excluded). Without rollForward this is pure date math and needs no
   * calendar data; with it, an off result moves to the next working day (each day checked must be loaded).
   */
  readonly addNaturalDays: (date: string, n: number, options: RollOptions) => string;
  /** Corresponding day n months later, or that month's last day (民法典 art 202); then optional roll-forward. */
  readonly addMonths: (date: string, n: number, options: RollOptions) => string;
  /** Corresponding day n years later (2024-02-29 + 1 → 2025-02-28); then optional roll-forward. */
  readonly addYears: (date: string, n: number, options: RollOptions) => string;
  /** Working days in (from, to]; 0 when equal; negative (−count of (to, from]) when `to` is before `from`. */
  readonly workdaysBetween: (from: string, to: string) => number;
  /** The longest unbroken run of loaded years (the later one on a tie); null when no year is loaded. */
  readonly coverage: () => CalendarCoverage | null;
  /** Loaded years, ascending. */
  readonly coveredYears: () => number[];
  /** The notice reference or URL of a loaded year, for display beside a deadline. */
  readonly sourceOf: (year: number) => string | undefined;
  /** A NEW calendar with `data` layered on top; it replaces any year with the same number. This one is unchanged. */
  readonly withYear: (data: CalendarData) => Calendar;
}
