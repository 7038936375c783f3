// The limitation check at intake (issue 3 item 3; reference §2.5, §2.2). It shows the bar date and warns; it
// never blocks: the time bar is the respondent's defence (《民法典》第一百九十三条, by analogy).
//
// Semantics (readings are listed in index.ts):
// - start: see period-start.ts; the period is one year counted the 《民法典》第二百零一、二百零二条 way (start day
//   excluded, corresponding day) through `calendar.addYears`;
// - interruption (第二十七条第二款): at day d within the running period (start ≤ d ≤ its last day, rolled forward)
//   and not after the application, the period restarts: new last day = d + 1 year. One after the period expired
//   does not revive it; one before the start or after the application is ignored; all with a warning;
// - suspension (第二十七条第三款): the last day moves out by the suspended days inside the running period;
// - the last day rolls forward when off (《民法典》第二百零三条). A year without holiday data is never guessed:
//   the bar date is then null with the calendar's Chinese message as a warning.

import { CalendarGapError } from '../calendar';
import type { Calendar } from '../calendar';
import { CIVIL_193, CIVIL_201, CIVIL_202, CIVIL_203, LAW_27_2, LAW_27_3, RULES_27 } from './basis';
import { dayOf, isoOf } from '../util/day-number';
import { interruptionKindLabel, isRulesOnlyKind } from './interruption-kinds';
import type { LimitationInput } from './limitation.schema';
import type { LimitationOptions, LimitationResult } from './limitation-types';
import { periodStart } from './period-start';
import { DEFAULT_REMUNERATION_TYPES } from './remuneration-claims';
import { Report } from './report';
import { extendedEnd, mergeSpans, overlapDays } from './suspension-days';
import type { SuspensionSpan } from './suspension-days';

const RAW = { rollForward: false } as const;
const ROLL = { rollForward: true } as const;

/** Thrown inside the check when the answer depends on a year without holiday data. */
class Undetermined extends Error {
  constructor(readonly gap: Error) {
    super(gap.message);
  }
}

function isCalendarGap(error: unknown): error is Error {
  return (
    error instanceof CalendarGapError ||
    (error instanceof Error && (error as { code?: unknown }).code === 'CALENDAR_GAP')
  );
}

/**
 * Checks the arbitration limitation period for one claim. `input` is a parsed `LimitationInput`; invalid dates
 * throw RangeError. A CALENDAR_GAP never escapes: it becomes `barDate: null` and a warning.
 */
export function checkLimitation(
  input: LimitationInput,
  calendar: Calendar,
  options: LimitationOptions = {},
): LimitationResult {
  const report = new Report();
  const application = dayOf(input.applicationOn);
  if (dayOf(input.knewOn) > application) {
    report.warnings.push(
      `知道或者应当知道权利被侵害之日 ${input.knewOn} 晚于仲裁申请日 ${input.applicationOn}，请核实日期`,
    );
  }

  const start = periodStart(input, options.remunerationTypes ?? DEFAULT_REMUNERATION_TYPES, report);
  if (start === null) {
    if (input.interruptions.length > 0 || input.suspensions.length > 0) {
      report.explain.push('所填时效中断、中止事由无需计算');
    }
    return report.finish('not_running', null, 'not_applicable');
  }

  const anniversary = (day: number): number => dayOf(calendar.addYears(isoOf(day), 1, RAW));
  const rolled = (day: number): number => {
    try {
      return dayOf(calendar.addNaturalDays(isoOf(day), 0, ROLL));
    } catch (error) {
      if (isCalendarGap(error)) throw new Undetermined(error);
      throw error;
    }
  };

  report.cite(CIVIL_201, CIVIL_202);
  const spans = suspensionSpans(input, application, report);
  let from = start.day;
  let plainEnd = anniversary(from);
  /** The last day before the latest restart: an interruption never shortens the period (see index.ts). */
  let floor = Number.NEGATIVE_INFINITY;
  const currentEnd = (): number => Math.max(extendedEnd(from, plainEnd, spans), floor);
  report.explain.push(`${start.name} ${isoOf(from)} 起算一年 → ${isoOf(plainEnd)}`);

  try {
    const interruptions = [...input.interruptions].sort((a, b) => dayOf(a.on) - dayOf(b.on));
    for (const interruption of interruptions) {
      const day = dayOf(interruption.on);
      const what = `${interruption.on} ${interruptionKindLabel(interruption.kind)}`;
      if (day < start.day) {
        report.warnings.push(`${what}，${start.beforeStart}，不引起时效中断，已忽略`);
        continue;
      }
      if (day > application) {
        report.warnings.push(`${what}，晚于仲裁申请日 ${input.applicationOn}，与本次申请的时效无关，已忽略`);
        continue;
      }
      const end = currentEnd();
      if (day > end && day > rolled(end)) {
        report.warnings.push(
          `${what}时，仲裁时效已于 ${isoOf(rolled(end))} 届满；已届满的时效不因此中断或重新起算，已忽略`,
        );
        continue;
      }
      floor = end;
      from = day;
      plainEnd = anniversary(day);
      report.cite(LAW_27_2);
      if (isRulesOnlyKind(interruption.kind)) report.cite(RULES_27);
      const note = interruption.kind === 'other' ? '（请核实是否属于第二十七条第二款所列情形）' : '';
      report.explain.push(`${what}${note}，时效中断，重新起算一年 → ${isoOf(plainEnd)}`);
    }
    return finalDay(input, report, { from, plainEnd, floor, spans, application }, rolled);
  } catch (error) {
    if (!(error instanceof Undetermined)) throw error;
    report.warnings.push(`无法确定仲裁时效届满日：${error.gap.message}`);
    report.warnings.push(
      `无法判断申请日 ${input.applicationOn} 是否超过仲裁时效，请导入所缺年份的节假日安排后重新检查`,
    );
    return report.finish('undetermined', null, 'unknown');
  }
}

interface Period {
  readonly from: number;
  readonly plainEnd: number;
  readonly floor: number;
  readonly spans: readonly SuspensionSpan[];
  readonly application: number;
}

/** Suspensions, then the floor, then roll-forward; the outcome against the application day. */
function finalDay(
  input: LimitationInput,
  report: Report,
  { from, plainEnd, floor, spans, application }: Period,
  rolled: (day: number) => number,
): LimitationResult {
  const extended = extendedEnd(from, plainEnd, spans);
  let running = plainEnd;
  for (const span of spans) {
    const days = overlapDays(span, from, extended);
    const what = `${isoOf(span.from)} 至 ${isoOf(span.to)} 因${span.reasons.join('、')}中止`;
    if (days === 0) {
      const why = span.to <= from ? '在本次时效期间起算之前' : '在时效期间届满之后';
      report.explain.push(`${what}，${why}，不予顺延`);
      continue;
    }
    running += days;
    report.cite(LAW_27_3);
    const part = days === span.to - span.from + 1 ? ` ${days} 日` : `，其中 ${days} 日在时效期间内`;
    report.explain.push(`${what}${part}，期间顺延 → ${isoOf(running)}`);
  }

  let end = extended;
  if (floor > extended) {
    end = floor;
    report.explain.push(
      `重新起算的届满日早于原届满日 ${isoOf(floor)}，时效中断不缩短期间，仍以 ${isoOf(floor)} 为末日`,
    );
  }

  let barDay: number;
  try {
    barDay = rolled(end);
  } catch (error) {
    if (!(error instanceof Undetermined) || application > end) throw error;
    // Rolling forward can only move the last day later, so an application by `end` is in time whatever the data.
    report.warnings.push(`无法确定仲裁时效届满日：${error.gap.message}`);
    report.explain.push(`届满日不早于 ${isoOf(end)}（如为休息日应顺延，但所需年份的节假日安排尚未载入）`);
    report.explain.push(`申请日 ${input.applicationOn} 未超过仲裁时效`);
    return report.finish('in_time', null, true);
  }

  const barDate = isoOf(barDay);
  if (barDay !== end) {
    report.cite(CIVIL_203);
    report.explain.push(`末日 ${isoOf(end)} 为休息日，顺延至 ${barDate}`);
  }
  if (application <= barDay) {
    report.explain.push(`仲裁时效届满日 ${barDate}；申请日 ${input.applicationOn} 未超过仲裁时效`);
    return report.finish('in_time', barDate, true);
  }
  report.cite(CIVIL_193);
  report.explain.push(`仲裁时效届满日 ${barDate}；申请日 ${input.applicationOn} 已超过仲裁时效`);
  report.warnings.push(
    `申请日 ${input.applicationOn} 已超过仲裁时效（届满日 ${barDate}）。时效属于被申请人的抗辩事由，本系统不据此拒绝受理。`,
  );
  return report.finish('time_barred', barDate, false);
}

/**
 * The suspensions as merged day spans, cut at the application day (later facts do not bear on this
 * application). A suspension without an end is taken to last through the application day, with a warning.
 */
function suspensionSpans(input: LimitationInput, application: number, report: Report): SuspensionSpan[] {
  const spans: { from: number; to: number; reason: string }[] = [];
  for (const s of input.suspensions) {
    const reason = s.reason.replace(/^因/, '');
    const fromDay = dayOf(s.from);
    if (fromDay > application) {
      report.warnings.push(`${s.from} 起因${reason}中止，晚于仲裁申请日 ${input.applicationOn}，已忽略`);
      continue;
    }
    if (s.to === undefined) {
      report.warnings.push(
        `${s.from} 起因${reason}中止，尚未填写中止事由消除之日，暂按持续至仲裁申请日 ${input.applicationOn} 计算，请核实`,
      );
    }
    const toDay = s.to === undefined ? application : Math.min(dayOf(s.to), application);
    if (toDay < fromDay) continue; // to before from: rejected by the schema
    spans.push({ from: fromDay, to: toDay, reason });
  }
  return mergeSpans(spans);
}
