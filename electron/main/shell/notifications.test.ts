import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DeadlineRow } from '../../../shared/contracts/procedure.schema';

const h = vi.hoisted(() => ({
  shown: [] as { title: string; body: string }[],
  supported: true,
}));
vi.mock('electron', () => ({
  Notification: class {
    static isSupported = () => h.supported;
    private readonly o: { title: string; body: string };
    constructor(o: { title: string; body: string }) {
      this.o = o;
    }
    on() {
      return this;
    }
    show() {
      h.shown.push(this.o);
    }
  },
}));

const { startDeadlineNotifications } = await import('./notifications');

const row: DeadlineRow = {
  ruleId: 'arb.hearing_notice',
  label: '开庭通知送达',
  responsible: 'committee',
  unit: 'workday',
  informational: false,
  startDate: null,
  dueDate: '2026-10-14',
  status: 'pending',
  completedOn: null,
  daysLeft: 2,
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
};

afterEach(() => {
  h.shown.length = 0;
  vi.useRealTimers();
});

describe('deadline notifications (electron mocked)', () => {
  it('shows the morning summary and the two-working-days alert once, for the signed-in window', async () => {
    vi.useFakeTimers();
    const overdue: DeadlineRow = {
      ...row,
      ruleId: 'arb.serve_copy',
      dueDate: '2026-10-09',
      daysLeft: -1,
      status: 'overdue',
    };
    const dispatch = vi.fn((_channel: string, input: { window: string }) =>
      Promise.resolve({ ok: true as const, value: input.window === 'overdue' ? [overdue] : [row] }),
    );
    // 2026-10-12 09:00 in China
    const stop = startDeadlineNotifications({
      dispatcher: { dispatch },
      sessionKey: () => 'wc:1',
      intervalMs: 1000,
      now: () => Date.parse('2026-10-12T01:00:00Z'),
    });
    await vi.advanceTimersByTimeAsync(2500);
    stop();
    for (const window of ['overdue', 'week'])
      expect(dispatch).toHaveBeenCalledWith(
        'deadlines:list',
        { scope: 'mine', window },
        { sessionKey: 'wc:1' },
      );
    expect(h.shown.map((n) => n.title)).toEqual(['今日期限待办', '期限提醒']);
    // No party's name, case number or rule on the desktop (issue 15 item 3): counts only.
    expect(h.shown[1]?.body).toBe('有 1 件案件的期限将于 2 个工作日后到期，请在期限待办中查看。');
    for (const secret of ['张三', '某公司', '示劳人仲案字', '开庭通知送达'])
      expect(h.shown.map((n) => `${n.title}${n.body}`).join('')).not.toContain(secret);
    // 本周到期 no longer includes the overdue ones; the summary still counts them.
    expect(h.shown[0]?.body).toBe('已超期 1 项，今日到期 0 项，本周共 2 项。');
  });

  it('stays silent with no window or when notifications are unsupported', async () => {
    const dispatch = vi.fn(() => Promise.resolve({ ok: true as const, value: [row] }));
    const stop = startDeadlineNotifications({ dispatcher: { dispatch }, sessionKey: () => null });
    h.supported = false;
    const stop2 = startDeadlineNotifications({ dispatcher: { dispatch }, sessionKey: () => 'wc:1' });
    await Promise.resolve();
    stop();
    stop2();
    h.supported = true;
    expect(dispatch).not.toHaveBeenCalled();
    expect(h.shown).toEqual([]);
  });
});
