import type { DeadlineRow } from '../../../shared/contracts/procedure.schema';
import { deadlineReach } from '../../../shared/deadlines/list-reach';
import type { StaffRole } from '../../../shared/domain/reference-data';

export type DeadlineWindow = 'overdue' | 'today' | 'week' | 'open';
export type DeadlineScope = 'mine' | 'all';
export type GroupBy = 'case' | 'handler' | 'none';
export type SortKey = 'caseNo' | 'label' | 'dueDate' | 'daysLeft' | 'handler';
export type SortState = { key: SortKey; dir: 'asc' | 'desc' };

export const WINDOWS: readonly { key: DeadlineWindow; label: string; empty: string }[] = [
  { key: 'overdue', label: '已超期', empty: '没有已超期的期限' },
  { key: 'today', label: '今日到期', empty: '今天没有到期的期限' },
  { key: 'week', label: '本周到期', empty: '本周没有到期的期限' },
  { key: 'open', label: '全部未完成', empty: '没有未完成的期限' },
];

export const DEFAULT_SORT: SortState = { key: 'dueDate', dir: 'asc' };

/**
 * 全部 (every handler's deadlines) is for the 主任 and the administrator, and for a 书记员 within their office and
 * its stations (shared/deadlines/list-reach.ts); main applies the same rule.
 */
export const canSeeAll = (roles: readonly StaffRole[]): boolean => deadlineReach(roles) !== 'mine';

/** The 全部 button's label: a clerk's reaches their office only. */
export const allScopeLabel = (roles: readonly StaffRole[]): string =>
  deadlineReach(roles) === 'office' ? '本机构全部' : '全部';

/** 承办人 filter: 'any' (every A角), 'unassigned' (cases without one), or one person's staff id. */
export type HandlerFilter = string;

export function handlerOptions(
  staff: readonly { id: string; name: string; roles: readonly string[]; active: boolean }[],
): { value: HandlerFilter; label: string }[] {
  return [
    { value: 'any', label: '全部承办人' },
    { value: 'unassigned', label: '未分配承办人' },
    ...staff
      .filter((p) => p.roles.includes('arbitrator') || p.roles.includes('mediator'))
      .map((p) => ({ value: p.id, label: p.active ? p.name : `${p.name}（停用）` })),
  ];
}

/** The `handler` field of deadlines:list for a filter choice. */
export const handlerInput = (f: HandlerFilter): { handler?: string } => (f === 'any' ? {} : { handler: f });

export const partiesText = (r: Pick<DeadlineRow, 'applicants' | 'respondents'>): string =>
  [r.applicants, r.respondents].filter((x) => x !== '').join(' 与 ');

export const handlerText = (r: Pick<DeadlineRow, 'handlerName'>): string => r.handlerName ?? '未分配承办人';

/** Missing values (a due date the calendar cannot compute) sort last in either direction. */
function sortValue(r: DeadlineRow, key: SortKey): string | number | null {
  switch (key) {
    case 'caseNo':
      return r.caseNo;
    case 'label':
      return r.label;
    case 'dueDate':
      return r.dueDate;
    case 'daysLeft':
      return r.daysLeft;
    case 'handler':
      return r.handlerName;
  }
}

const compareValues = (a: string | number, b: string | number): number =>
  typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b), 'zh-CN');

export function sortRows(rows: readonly DeadlineRow[], sort: SortState): DeadlineRow[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  return rows
    .map((r, i) => ({ r, i }))
    .sort((x, y) => {
      const a = sortValue(x.r, sort.key);
      const b = sortValue(y.r, sort.key);
      if (a === null || b === null) return a === b ? x.i - y.i : a === null ? 1 : -1;
      return sign * compareValues(a, b) || x.i - y.i;
    })
    .map((x) => x.r);
}

export type DisplayRow =
  | { type: 'group'; key: string; title: string; count: number }
  | { type: 'row'; key: string; row: DeadlineRow };

const rowKey = (r: DeadlineRow) => `${r.caseId}:${r.ruleId}`;

function groupOf(r: DeadlineRow, groupBy: Exclude<GroupBy, 'none'>): { key: string; title: string } {
  if (groupBy === 'handler') return { key: `h:${r.handlerId ?? ''}`, title: handlerText(r) };
  const parties = partiesText(r);
  return { key: `c:${r.caseId}`, title: parties === '' ? r.caseNo : `${r.caseNo}  ${parties}` };
}

/**
 * The table's rows: sorted, then (when grouping) gathered under a header per case or handler. Groups appear in
 * the order of their first row, so with the default sort the group with the most urgent deadline comes first.
 */
export function buildDisplayRows(
  rows: readonly DeadlineRow[],
  groupBy: GroupBy,
  sort: SortState,
): DisplayRow[] {
  const sorted = sortRows(rows, sort);
  if (groupBy === 'none') return sorted.map((r) => ({ type: 'row', key: rowKey(r), row: r }));
  const groups = new Map<string, { title: string; rows: DeadlineRow[] }>();
  for (const r of sorted) {
    const g = groupOf(r, groupBy);
    const entry = groups.get(g.key);
    if (entry === undefined) groups.set(g.key, { title: g.title, rows: [r] });
    else entry.rows.push(r);
  }
  const out: DisplayRow[] = [];
  for (const [key, g] of groups) {
    out.push({ type: 'group', key, title: g.title, count: g.rows.length });
    for (const r of g.rows) out.push({ type: 'row', key: rowKey(r), row: r });
  }
  return out;
}
