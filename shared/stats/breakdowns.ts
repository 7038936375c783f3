// What the 统计分析 charts need beyond the table: the monthly trend of accepted and closed cases, and the main
// figures per handler (承办人) and per office (仲裁委 / 调解组织). Each group is tallied exactly like the whole
// period, so a group's figures are the table's figures restricted to its cases.

import type { RateDefinitions, RateId } from './definitions';
import type { Figure } from './figure';
import { FigureBuilder } from './figure';
import type { Rate } from './rates';
import { ratesOf } from './rates';
import type { StatsPeriod, StatsRecordInput } from './record';
import { tallyRecords } from './tally';

export type MonthRow = {
  /** 'YYYY-MM' */
  readonly month: string;
  readonly accepted: Figure;
  readonly closed: Figure;
  readonly stationMediated: Figure;
};

export type GroupRow = {
  readonly key: string;
  readonly label: string;
  readonly accepted: Figure;
  readonly closed: Figure;
  readonly stationClosed: Figure;
  readonly rates: Readonly<Record<RateId, Rate>>;
};

const inPeriod = (d: string | null | undefined, p: StatsPeriod): d is string =>
  d != null && d >= p.from && d <= p.to;

/** One row per calendar month the period touches (a partial first or last month counts its days in the period). */
export function monthlyTrend(records: readonly StatsRecordInput[], period: StatsPeriod): MonthRow[] {
  const rows = new Map<
    string,
    { accepted: FigureBuilder; closed: FigureBuilder; stationMediated: FigureBuilder }
  >();
  for (let m = period.from.slice(0, 7); m <= period.to.slice(0, 7); m = nextMonth(m))
    rows.set(m, {
      accepted: new FigureBuilder(),
      closed: new FigureBuilder(),
      stationMediated: new FigureBuilder(),
    });
  for (const r of records) {
    if (r.kind === 'mediation') {
      if (r.outcome === 'med_agreement' && inPeriod(r.closedDate, period))
        rows.get(r.closedDate.slice(0, 7))?.stationMediated.add(r.id);
      continue;
    }
    if (inPeriod(r.acceptedDate, period)) rows.get(r.acceptedDate.slice(0, 7))?.accepted.add(r.id);
    if (r.acceptedDate != null && inPeriod(r.closedDate, period))
      rows.get(r.closedDate.slice(0, 7))?.closed.add(r.id);
  }
  return [...rows].map(([month, b]) => ({
    month,
    accepted: b.accepted.done(),
    closed: b.closed.done(),
    stationMediated: b.stationMediated.done(),
  }));
}

function nextMonth(m: string): string {
  const y = Number(m.slice(0, 4));
  const mo = Number(m.slice(5, 7));
  return mo === 12
    ? `${String(y + 1).padStart(4, '0')}-01`
    : `${m.slice(0, 4)}-${String(mo + 1).padStart(2, '0')}`;
}

/** The period's figures per group; groups sorted by label (Chinese collation) for a stable display. */
export function groupedFigures(
  records: readonly StatsRecordInput[],
  period: StatsPeriod,
  definitions: RateDefinitions,
  groupOf: (r: StatsRecordInput) => { key: string; label: string },
): GroupRow[] {
  const groups = new Map<string, { label: string; records: StatsRecordInput[] }>();
  for (const r of records) {
    const g = groupOf(r);
    const entry = groups.get(g.key);
    if (entry === undefined) groups.set(g.key, { label: g.label, records: [r] });
    else entry.records.push(r);
  }
  const rows: GroupRow[] = [];
  for (const [key, g] of groups) {
    const t = tallyRecords(g.records, period);
    const measures = Object.fromEntries(
      Object.entries(t.measures).map(([k, b]) => [k, b.done()]),
    ) as Parameters<typeof ratesOf>[1];
    if (
      measures.accepted.value +
        measures.closed.value +
        measures.carriedOver.value +
        measures.stationClosed.value ===
      0
    )
      continue;
    rows.push({
      key,
      label: g.label,
      accepted: measures.accepted,
      closed: measures.closed,
      stationClosed: measures.stationClosed,
      rates: ratesOf(definitions, measures),
    });
  }
  return rows.sort((a, b) => a.label.localeCompare(b.label, 'zh-Hans-CN'));
}

export const byHandler = (r: StatsRecordInput) =>
  r.handlerId == null
    ? { key: '', label: '未指定承办人' }
    : { key: r.handlerId, label: r.handlerName ?? r.handlerId };

export const byOffice = (r: StatsRecordInput) => ({ key: r.officeId, label: r.officeName });
