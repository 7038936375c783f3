// The workload report as CSV for export (RFC 4180 quoting, CRLF; a UTF-8 BOM by default so Excel on Chinese
// Windows opens it as UTF-8). A cell starting with = + - @ is prefixed with ' so spreadsheets never run it.

import type { WorkloadRow } from './workload';

export const WORKLOAD_CSV_HEADER = [
  '姓名',
  '在办加权工作量',
  '承办在办案件数',
  '协办在办案件数',
  '本周到期期限',
  '临近期限',
  '已逾期期限',
  '本月结案',
  '平均结案天数',
  '今日代A角办理',
  '今日不在岗',
] as const;

function cell(v: string | number | boolean | null): string {
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? '是' : '否';
  let s = typeof v === 'number' ? String(Math.round(v * 100) / 100) : v;
  if (typeof v === 'string' && /^[=+\-@\t\r]/u.test(s)) s = `'${s}`;
  return /[",\r\n]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s;
}

export function toCsv(rows: readonly WorkloadRow[], options: { readonly bom?: boolean } = {}): string {
  const lines = [
    WORKLOAD_CSV_HEADER.join(','),
    ...rows.map((r) =>
      [
        r.name,
        r.openWeighted,
        r.openCount,
        r.openAsB,
        r.dueThisWeek,
        r.dueSoon,
        r.overdue,
        r.closedThisMonth,
        r.averageDaysToClose,
        r.coveredAsB,
        r.awayToday,
      ]
        .map(cell)
        .join(','),
    ),
  ];
  return `${options.bom === false ? '' : '\uFEFF'}${lines.join('\r\n')}\r\n`;
}
