import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SessionUser } from '../../../shared/domain/staff/staff.schema';
import { aCase } from '../../../tests/helpers/builders';
import { createTestCore, initialize, type TestCore } from '../../../tests/helpers/core';
import type { Actor } from '../mutations/types';
import { sampleAwardPayload } from '../../../shared/procedure/test-payloads';

// A case ready for its award, seen by a clerk (书记员) and by an arbitrator, through the real core (issue 10 item 10).
const NOW = Date.parse('2026-10-20T02:00:00Z');
let core: TestCore;
let director: Actor;
const users: Record<'clerk' | 'arbitrator', SessionUser> = {} as Record<'clerk' | 'arbitrator', SessionUser>;
let caseId: string;

function staff(role: 'clerk' | 'arbitrator', name: string): SessionUser {
  const username = `${role}1`;
  const r = core.services.staff.create(
    { officeId: director.officeId as string, name, username, password: 'password-123', roles: [role] },
    director,
  );
  if (!r.ok) throw new Error(r.error.message);
  const session = core.services.auth.signIn(username, 'password-123');
  if (!session.ok) throw new Error(session.error.message);
  return session.value;
}

beforeEach(() => {
  core = createTestCore({ now: () => NOW });
  director = initialize(core);
  users.clerk = staff('clerk', '李书记');
  users.arbitrator = staff('arbitrator', '周仲裁');
  const reg = core.services.mutations.run(
    'case.register',
    aCase(director.officeId as string, { receivedDate: '2026-09-01' }),
    director,
  );
  if (!reg.ok) throw new Error(reg.error.message);
  caseId = reg.value.id;
  const steps: Array<[string, string, Record<string, unknown>]> = [
    ['arb.accept', '2026-09-02', { simple: true }],
    ['arb.composeTribunal', '2026-09-03', { mode: 'sole', presidingId: users.arbitrator.id, memberIds: [] }],
    ['arb.hearingScheduled', '2026-09-04', { hearingDate: '2026-09-30', time: '09:30', place: '第一仲裁庭' }],
    [
      'service.record',
      '2026-09-05',
      {
        document: 'hearing_notice',
        addressee: '张三',
        addresseeRole: 'applicant',
        method: 'direct',
        sentOn: '2026-09-05',
        servedOn: '2026-09-05',
      },
    ],
    ['arb.hearingHeld', '2026-09-30', { attendance: '双方到庭' }],
  ];
  for (const [action, occurredOn, payload] of steps) {
    const r = core.services.mutations.run(
      'case.performAction',
      { caseId, action, occurredOn, payload },
      director,
    );
    if (!r.ok) throw new Error(`${action}: ${r.error.message}`);
  }
});
afterEach(() => core.dispose());

const view = (u: SessionUser) => {
  const r = core.services.procedure.view(caseId, u);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe('procedure view: steps for other roles are listed with the reason', () => {
  it('a clerk sees 作出裁决 among the steps for other roles, with who may take it', () => {
    const v = view(users.clerk);
    expect(v.available.map((a) => a.id)).not.toContain('arb.awarded');
    expect(v.forOtherRoles.find((a) => a.id === 'arb.awarded')).toEqual({
      id: 'arb.awarded',
      label: '作出裁决',
      citation: '《劳动争议调解仲裁法》第四十三条至第五十条',
      reason: '需由仲裁员或主任办理',
    });
  });

  it('an arbitrator has 作出裁决 available, and 延长审理期限 listed as the 主任’s approval', () => {
    const v = view(users.arbitrator);
    expect(v.available.map((a) => a.id)).toContain('arb.awarded');
    expect(v.forOtherRoles.map((a) => a.id)).not.toContain('arb.awarded');
    expect(v.forOtherRoles.find((a) => a.id === 'arb.extended')?.reason).toBe('需由主任批准');
  });

  it('the clerk still cannot make the award through the core: FORBIDDEN, naming who may, nothing written', () => {
    const events = () => core.services.repos.events.listForFold(caseId).length;
    const before = events();
    const r = core.services.procedure.perform(
      {
        caseId,
        action: 'arb.awarded',
        occurredOn: '2026-10-20',
        payload: sampleAwardPayload(),
      },
      users.clerk,
    );
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: '您的角色不能办理“作出裁决”：需由仲裁员或主任办理' },
    });
    expect(events()).toBe(before);
  });
});
