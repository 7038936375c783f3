// The single pass over the records: each case lands in the figures its dates and facts put it in. Where a case
// counts (reference §6, the 劳动争议处理情况 table):
//  - an arbitration case counts only once accepted (受理): 上期未结 if accepted before the period and not closed
//    before it; 本期受理 if accepted within; 结案 if closed within (so an accepted-and-closed case is both);
//    期末未结 if accepted by the end and not closed by then. 上期未结 + 本期受理 = 结案 + 期末未结 always.
//  - an arbitration case that ended without acceptance (不予受理, withdrawn before acceptance) is never 受理 or
//    结案; it is listed on its own by its closing date.
//  - a station's mediation case (调解组织) is 案外调解: received, closed and 调解成功 by their dates.
// String comparison of 'YYYY-MM-DD' is date order, which keeps this pass cheap for 100k cases.

import { dayOf } from '../util/day-number';
import type { Measure } from './definitions';
import { MEASURE_CODES } from './definitions';
import { FigureBuilder } from './figure';
import type { StatReason, StatResult, StatsPeriod, StatsRecordInput } from './record';
import { STAT_REASONS } from './record';

type Builders<K extends string> = Record<K, FigureBuilder>;
const builders = <K extends string>(keys: readonly K[]): Builders<K> =>
  Object.fromEntries(keys.map((k) => [k, new FigureBuilder()])) as Builders<K>;

export const CLOSE_METHODS = ['mediation', 'award', 'other'] as const;
export type CloseMethod = (typeof CLOSE_METHODS)[number];
export const RESULT_KEYS = ['employer', 'worker', 'partial', 'unspecified'] as const;
export type ResultKey = StatResult | 'unspecified';
const EXTRA = [
  'acceptedCollective',
  'acceptedWorkerApplicant',
  'workers',
  'workersCollective',
  'unacceptedClosed',
  'stationReceived',
  'claimedFen',
  'awardedFen',
  'closedDays',
] as const;

export type Tally = {
  readonly measures: Builders<Measure>;
  readonly extra: Builders<(typeof EXTRA)[number]>;
  readonly byReason: Builders<StatReason>;
  readonly byMethod: Builders<CloseMethod>;
  readonly byResult: Builders<ResultKey>;
};

export function closeMethodOf(outcome: string | null | undefined): CloseMethod {
  if (outcome === 'arb_mediated') return 'mediation';
  if (outcome === 'arb_awarded') return 'award';
  return 'other';
}

export function tallyRecords(records: readonly StatsRecordInput[], { from, to }: StatsPeriod): Tally {
  const t: Tally = {
    measures: builders(MEASURE_CODES),
    extra: builders(EXTRA),
    byReason: builders(STAT_REASONS),
    byMethod: builders(CLOSE_METHODS),
    byResult: builders(RESULT_KEYS),
  };
  for (const r of records) {
    if (r.kind === 'mediation') tallyStation(t, r, from, to);
    else tallyArbitration(t, r, from, to);
  }
  return t;
}

function tallyStation(t: Tally, r: StatsRecordInput, from: string, to: string): void {
  if (r.receivedDate >= from && r.receivedDate <= to) t.extra.stationReceived.add(r.id);
  const closed = r.closedDate ?? null;
  if (closed === null || closed < from || closed > to) return;
  t.measures.stationClosed.add(r.id);
  if (r.outcome === 'med_agreement') t.measures.stationMediated.add(r.id);
}

function tallyArbitration(t: Tally, r: StatsRecordInput, from: string, to: string): void {
  const accepted = r.acceptedDate ?? null;
  const closed = r.closedDate ?? null;
  const m = t.measures;
  if (accepted === null) {
    if (closed !== null && closed >= from && closed <= to) t.extra.unacceptedClosed.add(r.id);
    return;
  }
  if (accepted > to) return;
  if (accepted < from) {
    if (closed === null || closed >= from) m.carriedOver.add(r.id);
  } else {
    m.accepted.add(r.id);
    if (r.isCollective) t.extra.acceptedCollective.add(r.id);
    if (r.workerApplicant) t.extra.acceptedWorkerApplicant.add(r.id);
    t.byReason[r.reasons[0] ?? '其他'].add(r.id);
    t.extra.workers.add(r.id, r.workerCount);
    if (r.isCollective) t.extra.workersCollective.add(r.id, r.workerCount);
    t.extra.claimedFen.add(r.id, r.claimedFen);
  }
  if (closed === null || closed > to) {
    m.openAtEnd.add(r.id);
    return;
  }
  if (closed < from) return;
  tallyClosed(t, r, accepted, closed);
}

function tallyClosed(t: Tally, r: StatsRecordInput, accepted: string, closed: string): void {
  const m = t.measures;
  m.closed.add(r.id);
  const method = closeMethodOf(r.outcome);
  t.byMethod[method].add(r.id);
  if (method === 'mediation') m.closedMediation.add(r.id);
  else if (method === 'award') {
    m.closedAward.add(r.id);
    if (r.finality === 'final') m.awardFinal.add(r.id);
    else if (r.finality === 'mixed') m.awardMixed.add(r.id);
    t.extra.awardedFen.add(r.id, r.awardedFen ?? 0);
  } else {
    m.closedOther.add(r.id);
    if (r.outcome === 'arb_withdrawn' || r.outcome === 'arb_deemed_withdrawn') m.closedWithdrawn.add(r.id);
  }
  t.byResult[r.result ?? 'unspecified'].add(r.id);
  const deadline = r.deadlineLastDay ?? null;
  if (deadline === null) m.closedLimitUnknown.add(r.id);
  else if (closed <= deadline) m.closedOnTime.add(r.id);
  const review = r.reviewPassed ?? null;
  if (review !== null) {
    m.reviewed.add(r.id);
    if (review) m.reviewPassed.add(r.id);
  }
  t.extra.closedDays.add(r.id, dayOf(closed) - dayOf(accepted));
}
