import { afterEach, describe, expect, it } from 'vitest';
import { aCase } from '../../../tests/helpers/builders';
import { createTestCore, initialize, type TestCore } from '../../../tests/helpers/core';
import type { Actor } from '../mutations/types';
import { DEADLINE_PROJECTION_VERSION } from '../../../shared/deadlines';
import { PROJECTION_VERSION_KEY } from './deadline-service';

/** "Today" is fixed at 2026-09-30 (China time) so due dates and days left are reproducible. */
const NOW = Date.parse('2026-09-30T02:00:00Z');
let core: TestCore;
afterEach(() => core.dispose());

function setup(): { admin: Actor; caseId: string } {
  core = createTestCore({ now: () => NOW });
  const admin = initialize(core);
  const reg = core.services.mutations.run(
    'case.register',
    aCase(admin.officeId as string, { receivedDate: '2026-08-31' }),
    admin,
  );
  if (!reg.ok) throw new Error(reg.error.message);
  return { admin, caseId: reg.value.id };
}

const act = (
  admin: Actor,
  caseId: string,
  action: string,
  occurredOn: string,
  payload: Record<string, unknown> = {},
) => {
  const r = core.services.mutations.run('case.performAction', { caseId, action, occurredOn, payload }, admin);
  if (!r.ok) throw new Error(`${action}: ${r.error.message}`);
};

describe('deadline projection', () => {
  it('is refreshed in the same transaction as each step, and explains itself', () => {
    const { admin, caseId } = setup();
    const review = core.services.repos.deadlines.listByCase(caseId);
    expect(review.map((d) => d.ruleId)).toEqual(['arb.accept_review']);
    act(admin, caseId, 'arb.accept', '2026-09-01', { simple: false });
    act(admin, caseId, 'arb.suspended', '2026-09-10', {
      reason: '一方当事人因不可抗拒的事由，不能参加仲裁',
      approvedBy: '王主任',
    });
    act(admin, caseId, 'arb.resumed', '2026-09-20');
    const limit = core.services.repos.deadlines
      .listByCase(caseId)
      .find((d) => d.ruleId === 'arb.award_limit');
    expect(limit).toMatchObject({ dueDate: '2026-10-27', status: 'pending' });
    expect(limit?.explanation).toBe(
      '受理日 2026-09-01 起算，45 个自然日，扣除中止 2026-09-10 至 2026-09-20 (11 日) → 2026-10-27；依据 《劳动争议调解仲裁法》第四十三条；《劳动人事争议仲裁办案规则》第四十五条至第四十七条',
    );
    act(admin, caseId, 'arb.extended', '2026-09-25', { days: 10, approvedBy: '王主任', reasons: '案情复杂' });
    expect(
      core.services.repos.deadlines.listByCase(caseId).find((d) => d.ruleId === 'arb.award_limit')?.dueDate,
    ).toBe('2026-11-06');
  });

  it('lists my open deadlines by window, with live days left', () => {
    const { admin, caseId } = setup();
    act(admin, caseId, 'arb.accept', '2026-09-25', { simple: false });
    const mine = core.services.assignment.casesInMyList(admin.id);
    const week = core.services.deadlines.list('week', { kind: 'mine', staffId: admin.id, caseIds: mine });
    // accepted Fri 2026-09-25: serve the copy within 5 working days → 2026-10-09 (National Day in between)
    const serve = week.find((d) => d.ruleId === 'arb.serve_copy');
    expect(serve).toBeUndefined();
    const open = core.services.deadlines.list('open', { kind: 'mine', staffId: admin.id, caseIds: mine });
    expect(open.find((d) => d.ruleId === 'arb.serve_copy')).toMatchObject({
      dueDate: '2026-10-09',
      status: 'pending',
      daysLeft: 2,
    });
    expect(
      core.services.deadlines.list('open', { kind: 'mine', staffId: 'someone-else', caseIds: [] }),
    ).toEqual([]);
    expect(core.services.deadlines.list('open', { kind: 'all' }).length).toBe(open.length);
  });

  it('keeps a duty missed before the case was withdrawn on the case as 超期, out of 期限待办', () => {
    const { admin, caseId } = setup();
    act(admin, caseId, 'arb.accept', '2026-09-01', { simple: false });
    act(admin, caseId, 'arb.withdrawn', '2026-09-20', { reasons: '双方和解' });
    const serve = core.services.repos.deadlines.listByCase(caseId).find((d) => d.ruleId === 'arb.serve_copy');
    expect(serve).toMatchObject({ status: 'missed', dueDate: '2026-09-08', completedOn: '2026-09-20' });
    expect(serve?.explanation).toContain('仍计为超期');
    // 期限待办 lists what someone can still act on; this history row is on the case page only.
    expect(core.services.deadlines.list('overdue', { kind: 'all' })).toEqual([]);
  });

  it('rewrites, once, what an older engine stored as 已取消 for a duty missed before the case ended', () => {
    const { admin, caseId } = setup();
    act(admin, caseId, 'arb.accept', '2026-09-01', { simple: false });
    act(admin, caseId, 'arb.withdrawn', '2026-09-20', { reasons: '双方和解' });
    // What a database written by projection version 1 holds.
    core.db
      .prepare(
        "UPDATE case_deadlines SET status = 'cancelled' WHERE case_id = ? AND rule_id = 'arb.serve_copy'",
      )
      .run(caseId);
    core.services.repos.meta.set(PROJECTION_VERSION_KEY, '1');
    const serveCopy = () =>
      core.services.repos.deadlines.listByCase(caseId).find((d) => d.ruleId === 'arb.serve_copy')?.status;
    expect(serveCopy()).toBe('cancelled');

    expect(core.services.deadlines.bringProjectionUpToDate()).toBe(1);
    expect(serveCopy()).toBe('missed');
    expect(core.services.repos.meta.get(PROJECTION_VERSION_KEY)).toBe(String(DEADLINE_PROJECTION_VERSION));
    // Done once: the next start finds the version current and touches nothing.
    expect(core.services.deadlines.bringProjectionUpToDate()).toBeNull();
  });

  it('recomputes every open case when the calendar changes', async () => {
    const { admin, caseId } = setup();
    act(admin, caseId, 'arb.accept', '2026-09-01', { simple: false });
    const r = core.services.calendar.importYear(
      {
        year: 2027,
        source: '国办发明电〔2026〕X号',
        days: [{ date: '2027-01-01', isOffDay: true, name: '元旦' }],
      },
      admin,
    );
    expect(r.ok).toBe(true);
    expect(await core.services.deadlines.recomputeAll()).toBe(1);
    expect(core.services.calendar.status()).toMatchObject({ nextYearCovered: true });
    expect(core.services.calendar.current().isWorkday('2027-01-04')).toBe(true);
  });

  it('rewrites only the rows a recompute changed, and reads back what computing fresh gives', async () => {
    const { admin, caseId } = setup();
    act(admin, caseId, 'arb.accept', '2026-09-01', { simple: false });
    const changes = () => core.db.prepare<[], { n: number }>('SELECT total_changes() AS n').get()?.n;
    const before = changes();
    expect(await core.services.deadlines.recomputeAll()).toBe(1);
    expect(changes()).toBe(before);
    expect(core.services.repos.deadlines.listByCase(caseId)).toEqual(
      expect.arrayContaining(core.services.deadlines.computeFor(caseId)),
    );
    // A rule's new wording reaches the row it changed, and only that one.
    const rules = core.services.deadlines.rulesForEditing().rules as { id: string; citation: string }[];
    const edited = rules.map((r) => (r.id === 'arb.award_limit' ? { ...r, citation: '《测试依据》' } : r));
    const saved = core.services.mutations.run(
      'settings.set',
      { key: 'deadline.rules', value: edited },
      admin,
    );
    expect(saved.ok).toBe(true);
    const mid = changes() ?? 0;
    await core.services.deadlines.recomputeAll();
    // The rule's new terms, stored once, and the one row under it; then that case's digest (migration 0015),
    // dropped by the row's write and written anew.
    expect(changes()).toBe(mid + 4);
    const limit = core.services.repos.deadlines
      .listByCase(caseId)
      .find((d) => d.ruleId === 'arb.award_limit');
    expect(limit?.citation).toBe('《测试依据》');
    expect(limit?.explanation).toMatch(/；依据 《测试依据》$/);
  });
});

describe('limitation facts at intake', () => {
  it('are stored with the case and checked per 案由 on the case page, warning without refusing', async () => {
    core = createTestCore({ now: () => NOW });
    const admin = initialize(core);
    const reg = core.services.mutations.run(
      'case.register',
      aCase(admin.officeId as string, {
        receivedDate: '2026-08-31',
        reasons: ['double_wages', 'wage_arrears'],
        limitation: {
          knewOn: '2025-03-10',
          employmentEndedOn: '2025-08-31',
          interruptions: [],
          suspensions: [],
        },
      }),
      admin,
    );
    if (!reg.ok) throw new Error(reg.error.message);
    await core.dispatcher.dispatch(
      'auth:signIn',
      { username: 'admin', password: 'correct-horse-9' },
      { sessionKey: 'k' },
    );
    const view = await core.dispatcher.dispatch('cases:procedure', { id: reg.value.id }, { sessionKey: 'k' });
    if (!view.ok) throw new Error(view.error.message);
    const lim = (
      view.value as {
        limitation: { claimType: string; status: string; barDate: string | null; warnings: string[] }[];
      }
    ).limitation;
    expect(lim.find((l) => l.claimType === 'double_wages')).toMatchObject({
      status: 'time_barred',
      barDate: '2026-03-10',
    });
    expect(lim.find((l) => l.claimType === 'double_wages')?.warnings.join('')).toContain('不据此拒绝受理');
    expect(lim.find((l) => l.claimType === 'wage_arrears')).toMatchObject({
      status: 'in_time',
      barDate: '2026-08-31',
    });
  });
});
