// A year without loaded holiday data is a visible gap, never guessed (reference decisions item 3, §0.4 item 3,
// §8.3 item 3): no algorithm can predict 调休, so any computation needing such a day fails with this error.

/** Thrown when a computation needs a day of a year whose State Council arrangement is not loaded. */
export class CalendarGapError extends Error {
  readonly code = 'CALENDAR_GAP' as const;
  /** The year whose arrangement is missing. */
  readonly year: number;
  /** The first day the computation needed in that year. */
  readonly date: string;

  constructor(year: number, date: string) {
    super(`${year} 年的节假日安排尚未载入，无法计算工作日；请在“设置—工作日历”中导入国务院办公厅通知`);
    this.name = 'CalendarGapError';
    this.year = year;
    this.date = date;
  }
}
