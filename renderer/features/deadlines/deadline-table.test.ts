import { describe, expect, it } from 'vitest';
import type { DeadlineRow } from '../../../shared/contracts/procedure.schema';
import {
  allScopeLabel,
  buildDisplayRows,
  canSeeAll,
  handlerInput,
  handlerOptions,
  DEFAULT_SORT,
  handlerText,
  partiesText,
  sortRows,
} from './deadline-table';

const row = (over: Partial<DeadlineRow>): DeadlineRow => ({
  ruleId: 'arb.award_limit',
  label: '仲裁审理期限',
  responsible: 'committee',
  unit: 'natural_day',
  escalation: 'none',
  informational: false,
  startDate: '2026-09-01',
  dueDate: '2026-10-16',
  status: 'pending',
  completedOn: null,
  daysLeft: 10,
  explanation: '…',
  citation: '《劳动争议调解仲裁法》第四十三条',
  gap: null,
  caseId: 'c1',
  caseNo: '某劳人仲案〔2026〕1号',
  caseKind: 'arbitration',
  applicants: '张三',
  respondents: '某公司',
  handlerId: 'h1',
  handlerName: '李仲裁',
  ...over,
});

const a = row({
  caseId: 'c1',
  caseNo: 'A-1',
  ruleId: 'r1',
  dueDate: '2026-10-16',
  daysLeft: 10,
  handlerId: 'h1',
});
const b = row({
  caseId: 'c2',
  caseNo: 'A-2',
  ruleId: 'r1',
  dueDate: '2026-10-02',
  daysLeft: -4,
  handlerId: 'h2',
  handlerName: '王仲裁',
});
const c = row({
  caseId: 'c1',
  caseNo: 'A-1',
  ruleId: 'r2',
  dueDate: '2026-10-05',
  daysLeft: -1,
  handlerId: 'h1',
});
const gap = row({
  caseId: 'c3',
  caseNo: 'A-3',
  ruleId: 'r1',
  dueDate: null,
  daysLeft: null,
  handlerId: null,
  handlerName: null,
});

describe('sortRows', () => {
  it('sorts by due date with missing dates last in either direction', () => {
    expect(sortRows([a, gap, b, c], DEFAULT_SORT).map((r) => r.dueDate)).toEqual([
      '2026-10-02',
      '2026-10-05',
      '2026-10-16',
      null,
    ]);
    expect(sortRows([a, gap, b, c], { key: 'dueDate', dir: 'desc' }).map((r) => r.dueDate)).toEqual([
      '2026-10-16',
      '2026-10-05',
      '2026-10-02',
      null,
    ]);
  });
  it('sorts numbers numerically and keeps ties in their original order', () => {
    expect(sortRows([a, b, c], { key: 'daysLeft', dir: 'asc' }).map((r) => r.daysLeft)).toEqual([-4, -1, 10]);
    expect(sortRows([a, c], { key: 'caseNo', dir: 'asc' })).toEqual([a, c]);
  });
});

describe('buildDisplayRows', () => {
  it('lists rows flat when not grouping', () => {
    const rows = buildDisplayRows([a, b], 'none', DEFAULT_SORT);
    expect(rows.map((r) => r.type)).toEqual(['row', 'row']);
  });
  it('groups by case, the group with the most urgent deadline first', () => {
    const rows = buildDisplayRows([a, b, c], 'case', DEFAULT_SORT);
    expect(rows.map((r) => (r.type === 'group' ? `G:${r.title}:${r.count}` : r.row.ruleId))).toEqual([
      'G:A-2  张三 与 某公司:1',
      'r1',
      'G:A-1  张三 与 某公司:2',
      'r2',
      'r1',
    ]);
  });
  it('groups by handler, unassigned deadlines under their own header', () => {
    const rows = buildDisplayRows([a, gap, b], 'handler', DEFAULT_SORT);
    expect(rows.filter((r) => r.type === 'group').map((r) => (r.type === 'group' ? r.title : ''))).toEqual([
      '王仲裁',
      '李仲裁',
      '未分配承办人',
    ]);
  });
  it('gives every row a unique key', () => {
    const rows = buildDisplayRows([a, b, c, gap], 'case', DEFAULT_SORT);
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
  });
});

describe('helpers', () => {
  it('lets the director, the administrator and (within their office) a clerk see everyone’s deadlines', () => {
    expect(canSeeAll(['director'])).toBe(true);
    expect(canSeeAll(['admin'])).toBe(true);
    expect(canSeeAll(['arbitrator', 'clerk'])).toBe(true);
    expect(allScopeLabel(['clerk'])).toBe('本机构全部');
    expect(allScopeLabel(['clerk', 'director'])).toBe('全部');
    expect(canSeeAll(['arbitrator'])).toBe(false);
    expect(canSeeAll(['mediator'])).toBe(false);
  });
  it('offers every arbitrator and mediator, and unassigned cases, as a handler filter', () => {
    const opts = handlerOptions([
      { id: 'a', name: '甲', roles: ['arbitrator'], active: true },
      { id: 'c', name: '丙', roles: ['clerk'], active: true },
      { id: 'm', name: '丁', roles: ['mediator'], active: false },
    ]);
    expect(opts.map((o) => o.value)).toEqual(['any', 'unassigned', 'a', 'm']);
    expect(opts.at(-1)?.label).toBe('丁（停用）');
    expect(handlerInput('any')).toEqual({});
    expect(handlerInput('unassigned')).toEqual({ handler: 'unassigned' });
    expect(handlerInput('a')).toEqual({ handler: 'a' });
  });
  it('formats parties and handler', () => {
    expect(partiesText({ applicants: '张三、李四', respondents: '某公司' })).toBe('张三、李四 与 某公司');
    expect(partiesText({ applicants: '张三', respondents: '' })).toBe('张三');
    expect(handlerText({ handlerName: null })).toBe('未分配承办人');
  });
});
