// The public entry: the official 劳动争议处理情况 table, the rates and the breakdowns the 统计分析 page charts,
// all from one list of per-case records and one period. Pure: no clock, no I/O.

import type { Measure, RateDefinitions, RateId } from './definitions';
import { DEFAULT_RATE_DEFINITIONS } from './definitions';
import type { Figure } from './figure';
import type { Rate } from './rates';
import { ratesOf } from './rates';
import type { StatReason, StatsPeriod, StatsRecordInput } from './record';
import { StatsPeriod as PeriodSchema } from './record';
import type { CloseMethod, ResultKey, Tally } from './tally';
import { tallyRecords } from './tally';

type Done<K extends string> = Readonly<Record<K, Figure>>;
const doneAll = <K extends string>(b: Record<K, { done(): Figure }>): Done<K> =>
  Object.fromEntries(Object.entries<{ done(): Figure }>(b).map(([k, f]) => [k, f.done()])) as Done<K>;

export type OfficialTable = {
  readonly carriedOver: Figure;
  readonly accepted: Figure;
  readonly acceptedCollective: Figure;
  readonly acceptedWorkerApplicant: Figure;
  readonly byReason: Done<StatReason>;
  /** People, not cases. */
  readonly workers: Figure;
  readonly workersCollective: Figure;
  readonly closed: Figure;
  readonly closedByMethod: Done<CloseMethod>;
  readonly closedByResult: Done<ResultKey>;
  readonly openAtEnd: Figure;
  /** 案外调解: the stations' mediation cases. */
  readonly stationReceived: Figure;
  readonly stationClosed: Figure;
  readonly stationMediated: Figure;
  /** Arbitration applications that ended without being accepted (不予受理, withdrawn before acceptance). */
  readonly unacceptedClosed: Figure;
};

export type PeriodFigures = {
  readonly table: OfficialTable;
  readonly measures: Done<Measure>;
  readonly rates: Readonly<Record<RateId, Rate>>;
  /** Natural days from acceptance to closing, averaged over the cases closed in the period. */
  readonly averageDaysToClose: {
    readonly totalDays: number;
    readonly cases: Figure;
    readonly value: number | null;
  };
  /** 涉案金额 in fen: claimed in the cases accepted, awarded in the awards closed (a 调解书 records no amount). */
  readonly amounts: { readonly claimedFen: Figure; readonly awardedFen: Figure };
};

export type StatisticsOptions = StatsPeriod & { readonly definitions?: RateDefinitions };

export function figuresOf(tally: Tally, definitions: RateDefinitions): PeriodFigures {
  const measures = doneAll(tally.measures);
  const extra = doneAll(tally.extra);
  const days = extra.closedDays;
  return {
    table: {
      carriedOver: measures.carriedOver,
      accepted: measures.accepted,
      acceptedCollective: extra.acceptedCollective,
      acceptedWorkerApplicant: extra.acceptedWorkerApplicant,
      byReason: doneAll(tally.byReason),
      workers: extra.workers,
      workersCollective: extra.workersCollective,
      closed: measures.closed,
      closedByMethod: doneAll(tally.byMethod),
      closedByResult: doneAll(tally.byResult),
      openAtEnd: measures.openAtEnd,
      stationReceived: extra.stationReceived,
      stationClosed: measures.stationClosed,
      stationMediated: measures.stationMediated,
      unacceptedClosed: extra.unacceptedClosed,
    },
    measures,
    rates: ratesOf(definitions, measures),
    averageDaysToClose: {
      totalDays: days.value,
      cases: { value: days.caseIds.length, caseIds: days.caseIds },
      value: days.caseIds.length === 0 ? null : days.value / days.caseIds.length,
    },
    amounts: { claimedFen: extra.claimedFen, awardedFen: extra.awardedFen },
  };
}

/** Checks the period (Chinese message naming the field) before any counting. */
export function checkPeriod(period: StatsPeriod): StatsPeriod {
  const r = PeriodSchema.safeParse({ from: period.from, to: period.to });
  if (!r.success) {
    const issue = r.error.issues[0];
    const field = issue?.path[0] === 'from' ? '开始日期' : '结束日期';
    throw new RangeError(`统计期间${field}：${issue?.message ?? '无效'}`);
  }
  return r.data;
}

/** The period's figures over all records (see tally.ts for where each case counts). */
export function officialStatistics(
  records: readonly StatsRecordInput[],
  options: StatisticsOptions,
): PeriodFigures & { readonly period: StatsPeriod } {
  const period = checkPeriod(options);
  return {
    period,
    ...figuresOf(tallyRecords(records, period), options.definitions ?? DEFAULT_RATE_DEFINITIONS),
  };
}
