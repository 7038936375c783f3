import { OFFICIAL_HOLIDAY_YEARS } from '../../shared/calendar/official-data';

/**
 * The deadline floor's own date arithmetic: a plain loop over epoch days, sharing no code with the app's
 * calendar or deadline engine — only the official notices' data (which days are off or worked). A floor built
 * from the app's calendar would hide any slowness in it; this one is what the same dates cost by hand.
 */
export type FloorPeriod = {
  start: string;
  count: number;
  unit: string;
  direction: string;
  roll: boolean;
  strict: boolean;
};

const DAY_MS = 86_400_000;
const dayOf = (iso: string): number =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;
const isoOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** Day → off (true) or worked (false) as the notices fix it; any other day follows the weekday. */
function noticeDays(): Map<number, boolean> {
  const fixed = new Map<number, boolean>();
  for (const year of OFFICIAL_HOLIDAY_YEARS) {
    for (const [entries, off] of [
      [year.off, true],
      [year.work, false],
    ] as const) {
      for (const [, range] of entries) {
        const [from = '', to = from] = range.split('..');
        for (let d = dayOf(from); d <= dayOf(to); d++) fixed.set(d, off);
      }
    }
  }
  return fixed;
}

/** A function giving each period's last day: working days stepped one by one, natural days added. */
export function createFloorDates(): (p: FloorPeriod) => string {
  const fixed = noticeDays();
  // 1970-01-01 (day 0) was a Thursday.
  const isOff = (d: number): boolean => fixed.get(d) ?? ((d + 4) % 7 === 0 || (d + 4) % 7 === 6);
  return (p) => {
    let d = dayOf(p.start);
    if (p.unit === 'workday') {
      const step = p.direction === 'before' ? -1 : 1;
      for (let k = 0; k < p.count;) {
        d += step;
        if (!isOff(d)) k++;
      }
      if (p.direction === 'before' && p.strict) d -= 1;
      return isoOf(d);
    }
    d += p.direction === 'before' ? -p.count : p.count;
    if (p.direction === 'before' && p.strict) d -= 1;
    if (p.roll && p.direction !== 'before') while (isOff(d)) d++;
    return isoOf(d);
  };
}
