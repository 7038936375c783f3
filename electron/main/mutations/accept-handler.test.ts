import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aCase } from '../../../tests/helpers/builders';
import { createTestCore, initialize, type TestCore } from '../../../tests/helpers/core';
import { toActor } from '../services/auth-service';
import type { Actor } from './types';

// Issue 10 item 7: recording 受理 makes the person A角 only when they can handle the case — an arbitrator for an
// arbitration case, a mediator for a mediation case. A clerk (or a director without that role) who records it
// leaves the case unassigned for the AB角 proposal; an A角 already chosen is never replaced.

const NOW = Date.parse('2026-09-07T02:00:00Z');
let core: TestCore;
let admin: Actor;
beforeEach(() => {
  core = createTestCore({ now: () => NOW });
  admin = initialize(core);
});
afterEach(() => core.dispose());

function person(username: string, roles: string[]): Actor {
  const r = core.services.staff.create(
    {
      officeId: admin.officeId as string,
      name: username,
      username,
      password: 'password-123',
      roles: roles as never,
    },
    admin,
  );
  if (!r.ok) throw new Error(r.error.message);
  const signed = core.services.auth.signIn(username, 'password-123');
  if (!signed.ok) throw new Error(signed.error.message);
  return toActor(signed.value);
}

const handlerOf = (caseId: string) => core.services.repos.cases.get(caseId)?.handlerId ?? null;

function acceptedBy(actor: Actor, kind: 'arbitration' | 'mediation'): string | null {
  const reg = core.services.mutations.run(
    'case.register',
    aCase(admin.officeId as string, { kind, receivedDate: '2026-09-01' }),
    admin,
  );
  if (!reg.ok) throw new Error(reg.error.message);
  const action = kind === 'arbitration' ? 'arb.accept' : 'med.accept';
  const payload = kind === 'arbitration' ? { simple: false } : {};
  const r = core.services.mutations.run(
    'case.performAction',
    { caseId: reg.value.id, action, occurredOn: '2026-09-02', payload },
    actor,
  );
  if (!r.ok) throw new Error(r.error.message);
  return handlerOf(reg.value.id);
}

describe('who becomes A角 on 受理', () => {
  it.each([
    ['a clerk accepting an arbitration case', 'arbitration', ['clerk'], false],
    ['an arbitrator accepting an arbitration case', 'arbitration', ['arbitrator'], true],
    ['a clerk who is also an arbitrator', 'arbitration', ['clerk', 'arbitrator'], true],
    ['a director without the arbitrator role', 'arbitration', ['director'], false],
    ['a mediator accepting a mediation case', 'mediation', ['mediator'], true],
    ['a director accepting a mediation case', 'mediation', ['director'], false],
  ] as const)('%s', (_name, kind, roles, becomesA) => {
    const actor = person(`u${roles.join('')}${kind}`, [...roles]);
    expect(acceptedBy(actor, kind)).toBe(becomesA ? actor.id : null);
  });

  it('keeps an A角 chosen before 受理', () => {
    const arb1 = person('arb1', ['arbitrator']);
    const arb2 = person('arb2', ['arbitrator']);
    const reg = core.services.mutations.run(
      'case.register',
      aCase(admin.officeId as string, { receivedDate: '2026-09-01' }),
      admin,
    );
    if (!reg.ok) throw new Error(reg.error.message);
    const assigned = core.services.mutations.run(
      'case.assign',
      { caseId: reg.value.id, a: arb1.id, b: arb2.id, kind: 'override', reason: '提前指定' },
      admin,
    );
    expect(assigned.ok).toBe(true);
    const r = core.services.mutations.run(
      'case.performAction',
      { caseId: reg.value.id, action: 'arb.accept', occurredOn: '2026-09-02', payload: { simple: false } },
      arb2,
    );
    expect(r.ok).toBe(true);
    expect(handlerOf(reg.value.id)).toBe(arb1.id);
  });
});
