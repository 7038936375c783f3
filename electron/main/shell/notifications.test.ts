import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { aCase } from '../../../tests/helpers/builders';
import { ADMIN_PASSWORD, createTestCore, initialize, type TestCore } from '../../../tests/helpers/core';
import type { Actor } from '../mutations/types';

/**
 * Deadline notifications with only 'electron' mocked (issue 15 item 6): the rows come from the real core's
 * `deadlines:list` over a temp SQLite file, for the window's signed-in session.
 */
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

/** Wednesday 2026-11-18, 09:00 in China. */
const NOW = Date.parse('2026-11-18T01:00:00Z');
let core: TestCore;
let admin: Actor;

function acceptedArbitration(on: string): string {
  const r = core.services.mutations.run(
    'case.register',
    aCase(admin.officeId as string, { kind: 'arbitration', receivedDate: on }),
    admin,
  );
  if (!r.ok) throw new Error(r.error.message);
  const caseId = r.value.id;
  const a = core.services.mutations.run(
    'case.performAction',
    { caseId, action: 'arb.accept', occurredOn: on, payload: { simple: false } },
    admin,
  );
  if (!a.ok) throw new Error(a.error.message);
  return caseId;
}

beforeEach(async () => {
  core = createTestCore({ now: () => NOW });
  admin = initialize(core);
  // Accepted Mon 11-02: the copy and the tribunal notice were due Mon 11-09 — overdue.
  acceptedArbitration('2026-11-02');
  // Accepted Fri 11-13: both due five working days later, Fri 11-20 — two working days away.
  acceptedArbitration('2026-11-13');
  const signed = await core.dispatcher.dispatch(
    'auth:signIn',
    { username: 'admin', password: ADMIN_PASSWORD },
    { sessionKey: 'wc:1' },
  );
  if (!signed.ok) throw new Error(signed.error.message);
});
afterEach(() => {
  h.shown.length = 0;
  vi.useRealTimers();
  core.dispose();
});

describe('deadline notifications (electron mocked, real core)', () => {
  it('shows the morning summary and the two-working-days alerts once, for the signed-in window', async () => {
    const dispatch = vi.spyOn(core.dispatcher, 'dispatch');
    vi.useFakeTimers();
    const stop = startDeadlineNotifications({
      dispatcher: core.dispatcher,
      sessionKey: () => 'wc:1',
      intervalMs: 1000,
      now: () => NOW,
    });
    await vi.advanceTimersByTimeAsync(2500);
    stop();
    for (const window of ['overdue', 'week'])
      expect(dispatch).toHaveBeenCalledWith(
        'deadlines:list',
        { scope: 'mine', window },
        { sessionKey: 'wc:1' },
      );
    // Three checks ran; each notice was shown once. 本周到期 does not repeat the overdue ones; the summary counts them.
    expect(dispatch).toHaveBeenCalledTimes(6);
    expect(h.shown.map((n) => n.title)).toEqual(['今日期限待办', '期限提醒']);
    expect(h.shown[0]?.body).toBe('已超期 2 项，今日到期 0 项，本周共 4 项。');
    // No party's name, case number or rule on the desktop (issue 15 item 3): counts only.
    expect(h.shown[1]?.body).toBe('有 1 件案件的期限将于 2 个工作日后到期，请在期限待办中查看。');
    for (const secret of ['张三', '示劳劳人仲案字', '送达仲裁申请书副本', '书面通知仲裁庭组成情况'])
      expect(h.shown.map((n) => `${n.title}${n.body}`).join('')).not.toContain(secret);
  });

  it('stays silent with no window, before sign-in, or when notifications are unsupported', async () => {
    const dispatch = vi.spyOn(core.dispatcher, 'dispatch');
    const stop = startDeadlineNotifications({ dispatcher: core.dispatcher, sessionKey: () => null });
    // A window whose session has not signed in: the core refuses the list, nothing is shown.
    const stop2 = startDeadlineNotifications({ dispatcher: core.dispatcher, sessionKey: () => 'wc:2' });
    h.supported = false;
    const stop3 = startDeadlineNotifications({ dispatcher: core.dispatcher, sessionKey: () => 'wc:1' });
    await vi.waitFor(() => expect(dispatch).toHaveBeenCalledTimes(2));
    await new Promise((r) => setTimeout(r, 0));
    stop();
    stop2();
    stop3();
    h.supported = true;
    expect(dispatch.mock.calls.map((c) => c[2])).toEqual([{ sessionKey: 'wc:2' }, { sessionKey: 'wc:2' }]);
    expect(h.shown).toEqual([]);
  });
});
