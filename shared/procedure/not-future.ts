/**
 * A fact is recorded when it has happened: a procedural step, a 收件日期 at registration, import or correction,
 * may not be dated after today (dates still to come, such as a hearing date, belong in the payload). One rule,
 * worded once, for every write that records a date.
 */
export function futureDateReason(date: string, today: string): string | null {
  return date > today ? `${date} 晚于今天（${today}），不能登记尚未发生的事项` : null;
}
