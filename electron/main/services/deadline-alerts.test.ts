import { describe, expect, it } from 'vitest';
import type { DeadlineRow } from '../../../shared/contracts/procedure.schema';
import { selectAlerts } from './deadline-alerts';

const row = (over: Partial<DeadlineRow>): DeadlineRow => ({
  ruleId: 'arb.award_limit',
  label: '仲裁审限',
  responsible: 'committee',
  unit: 'natural_day',
  informational: false,
  startDate: '2026-09-01',
  dueDate: '2026-10-16',
  status: 'pending',
  completedOn: null,
  daysLeft: 5,
  explanation: '',
  citation: '',
  gap: null,
  caseId: 'c1',
  caseNo: '示劳人仲案字〔2026〕第1号',
  caseKind: 'arbitration',
  applicants: '张三',
  respondents: '某公司',
  handlerId: 'u1',
  handlerName: '李',
  escalation: 'none',
  ...over,
});

describe('selectAlerts', () => {
  it('announces the morning summary once a day, from 08:00', () => {
    const rows = [
      row({ status: 'overdue', dueDate: '2026-10-10' }),
      row({ dueDate: '2026-10-12', daysLeft: 0 }),
    ];
    expect(selectAlerts(rows, '2026-10-12', 7, new Set())).toEqual([]);
    const alerts = selectAlerts(rows, '2026-10-12', 8, new Set());
    expect(alerts.map((a) => a.keys)).toEqual([['morning:2026-10-12']]);
    expect(alerts[0]?.body).toBe('已超期 1 项，今日到期 1 项，本周共 2 项。');
    expect(selectAlerts(rows, '2026-10-12', 9, new Set(['morning:2026-10-12']))).toEqual([]);
  });

  it('announces the deadlines exactly two working days away, once each', () => {
    const rows = [
      row({ daysLeft: 2, dueDate: '2026-10-14' }),
      row({ caseId: 'c2', daysLeft: 3 }),
      row({ caseId: 'c3', daysLeft: 1 }),
    ];
    const alerts = selectAlerts(rows, '2026-10-12', 10, new Set(['morning:2026-10-12']));
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ keys: ['due:c1:arb.award_limit:2026-10-14'], caseId: 'c1' });
    expect(
      selectAlerts(
        rows,
        '2026-10-12',
        11,
        new Set(['morning:2026-10-12', 'due:c1:arb.award_limit:2026-10-14']),
      ),
    ).toEqual([]);
  });

  it('names no party, case number or deadline: counts only, since a notification shows to anyone at the desk', () => {
    const rows = [
      row({ daysLeft: 2, dueDate: '2026-10-14' }),
      row({ ruleId: 'arb.hearing_notice', label: '开庭通知送达', daysLeft: 2, dueDate: '2026-10-14' }),
      row({ caseId: 'c2', caseNo: '示劳人仲案字〔2026〕第2号', applicants: '李四、王五', daysLeft: 2 }),
      row({ caseId: 'c3', status: 'overdue', daysLeft: -1, dueDate: '2026-10-09' }),
    ];
    const alerts = selectAlerts(rows, '2026-10-12', 9, new Set());
    expect(alerts.map((a) => [a.title, a.body])).toEqual([
      ['今日期限待办', '已超期 1 项，今日到期 0 项，本周共 4 项。'],
      ['期限提醒', '有 2 件案件的期限将于 2 个工作日后到期，请在期限待办中查看。'],
    ]);
    const text = alerts.map((a) => `${a.title} ${a.body}`).join('\n');
    for (const r of rows)
      for (const secret of [r.applicants, r.respondents, r.caseNo, r.handlerName, r.label])
        expect(text).not.toContain(secret);
    // Two cases: clicking cannot open one of them, so none is named for the click either.
    expect(alerts[1]?.caseId).toBeUndefined();
    expect(alerts[1]?.keys).toHaveLength(3);
  });
});
