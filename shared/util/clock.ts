/** Dates are plain 'YYYY-MM-DD' strings in the committee's local time (China Standard Time, UTC+8). */
export type IsoDate = string;

const CST_OFFSET_MS = 8 * 3600 * 1000;

export function todayInChina(nowMs: number = Date.now()): IsoDate {
  return new Date(nowMs + CST_OFFSET_MS).toISOString().slice(0, 10);
}
