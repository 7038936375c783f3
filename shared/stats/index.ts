/**
 * Official statistics (issue 13, reference §6): `officialStatistics(records, { from, to })` → the 劳动争议处理情况
 * table, the configurable rates and their case lists. Pure TypeScript: no clock, no I/O.
 */
export { officialStatistics, checkPeriod, figuresOf } from './official-statistics';
export type { OfficialTable, PeriodFigures, StatisticsOptions } from './official-statistics';
export { StatsRecord, StatsPeriod, STAT_REASONS, STAT_RESULTS, FINALITIES } from './record';
export type { StatsRecordInput, StatReason, StatResult, Finality } from './record';
export {
  DEFAULT_RATE_DEFINITIONS,
  MEASURES,
  MEASURE_CODES,
  RATE_IDS,
  RateDefinition,
  RateDefinitions,
  STATS_DEFINITIONS_KEY,
  measureLabel,
} from './definitions';
export type { Measure, RateId } from './definitions';
export type { Figure } from './figure';
export type { Rate } from './rates';
export { rateOf, ratesOf } from './rates';
export { awardResultOf, statReasonsOf } from './from-case';
export { OFFICIAL_COLUMNS, headerGroups } from './table-layout';
export type { TableColumn } from './table-layout';
export { chinaTime, coverageText } from './coverage';
export type { CoverageFacts } from './coverage';
export { monthlyTrend, groupedFigures, byHandler, byOffice } from './breakdowns';
export type { MonthRow, GroupRow } from './breakdowns';
export { CLOSE_METHODS, RESULT_KEYS, closeMethodOf } from './tally';
export type { CloseMethod, ResultKey } from './tally';
