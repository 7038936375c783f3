import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStaff } from '../../../tests/helpers/award-walk';
import { aCase } from '../../../tests/helpers/builders';
import { createTestCore, initialize, type TestCore } from '../../../tests/helpers/core';
import type { Actor } from './types';

// 指定书记员 (issue 10 item 4): the director or the case's A角 assigns an active clerk of the office; each rule is
// checked in the mutation, so each test below breaks one of them through the real core.

let core: TestCore;
let admin: Actor;
let caseId: string;
let clerk: string;
beforeEach(() => {
  core = createTestCore({ now: () => Date.parse('2026-09-10T02:00:00Z') });
  admin = initialize(core);
  const reg = core.services.mutations.run(
    'case.register',
    aCase(admin.officeId as string, { receivedDate: '2026-09-01' }),
    admin,
  );
  if (!reg.ok) throw new Error(reg.error.message);
  caseId = reg.value.id;
  clerk = createStaff(core, admin, '林晓燕', ['clerk']);
});
afterEach(() => core.dispose());

const actor = (id: string, roles: Actor['roles']): Actor => ({ id, roles, officeId: admin.officeId });
const assign = (clerkId: string, by: Actor = admin) =>
  core.services.assignment.assignClerk({ caseId, clerkId }, by);
const clerkOf = () => core.services.repos.cases.get(caseId)?.clerkId ?? null;

describe('case.assignClerk', () => {
  it('lets the director assign a clerk, shows it on the case and keeps the change in the audit log', () => {
    expect(assign(clerk)).toMatchObject({ ok: true, value: { caseId, clerkId: clerk } });
    expect(clerkOf()).toBe(clerk);
    const view = core.services.assignment.proposal(caseId);
    expect(view.ok && view.value.current.clerk).toBe(clerk);
    // Through the audit's reader: the images are stored compressed (migration 0012).
    const audit = core.services.repos.audit.list().filter((a) => a.mutation === 'case.assignClerk');
    expect(audit.map((a): unknown[] => [a.before, a.after])).toEqual([
      [{ clerkId: null }, { clerkId: clerk }],
    ]);
  });

  it('lets the case’s A角 assign, but not another arbitrator', () => {
    const handler = createStaff(core, admin, '周明远', ['arbitrator']);
    const other = createStaff(core, admin, '吴秀兰', ['arbitrator']);
    const accepted = core.services.mutations.run(
      'case.performAction',
      { caseId, action: 'arb.accept', occurredOn: '2026-09-02', payload: { simple: false } },
      actor(handler, ['arbitrator']),
    );
    expect(accepted.ok).toBe(true);
    const refused = assign(clerk, actor(other, ['arbitrator']));
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    if (!refused.ok) expect(refused.error.message).toBe('只有主任或本案承办人（A角）可以指定书记员');
    expect(clerkOf()).toBeNull();
    expect(assign(clerk, actor(handler, ['arbitrator'])).ok).toBe(true);
  });

  it('refuses a clerk-role-less person, an inactive clerk and an unknown id, writing nothing', () => {
    const arbitrator = createStaff(core, admin, '郑国强', ['arbitrator']);
    const notClerk = assign(arbitrator);
    expect(notClerk).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!notClerk.ok) expect(notClerk.error.message).toBe('郑国强不是书记员，不能指定为本案书记员');
    core.db.prepare('UPDATE staff SET active = 0 WHERE id = ?').run(clerk);
    const inactive = assign(clerk);
    if (!inactive.ok) expect(inactive.error.message).toBe('林晓燕已停用，不能指定为书记员');
    expect(inactive.ok).toBe(false);
    expect(assign('01a24bf5-d069-7320-aab8-6db50aeef1ba')).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(clerkOf()).toBeNull();
  });
});
