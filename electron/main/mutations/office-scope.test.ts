import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aCase } from '../../../tests/helpers/builders';
import { createTestCore, initialize, type TestCore } from '../../../tests/helpers/core';
import { toActor, toSessionUser } from '../services/auth-service';
import type { Actor } from './types';

/** A station works on its own cases; the committee on its own and its stations'; nobody on another office's. */
const NOW = Date.UTC(2026, 10, 25, 2, 0);
let core: TestCore;
let admin: Actor;
let mediator: Actor;
let stationId: string;

beforeEach(() => {
  core = createTestCore({ now: () => NOW });
  admin = initialize(core);
  const s = core.services.offices.createStation({ name: '东街道调解组织', shortName: '东街' }, admin);
  if (!s.ok) throw new Error(s.error.message);
  stationId = s.value.id;
  const m = core.services.staff.create(
    {
      officeId: stationId,
      name: '李调解',
      username: 'med-li',
      password: 'password-123',
      roles: ['mediator', 'clerk'],
    },
    admin,
  );
  if (!m.ok) throw new Error(m.error.message);
  const staff = core.services.repos.staff.get(m.value.id);
  if (!staff) throw new Error('staff missing');
  mediator = toActor(toSessionUser(core.services.repos, staff));
});
afterEach(() => core.dispose());

const register = (actor: Actor, officeId: string, kind: 'mediation' | 'arbitration') => {
  const r = core.services.mutations.run('case.register', aCase(officeId, { kind }), actor);
  if (!r.ok) throw new Error(r.error.message);
  return r.value.id;
};

describe('office scope on the desktop', () => {
  it("refuses a station's step on the committee's case, naming whose case it is, and allows its own", () => {
    const committeeCase = register(admin, admin.officeId as string, 'arbitration');
    const refused = core.services.mutations.run(
      'case.performAction',
      { caseId: committeeCase, action: 'arb.accept', occurredOn: '2026-11-25', payload: {} },
      mediator,
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(!refused.ok && refused.error.message).toContain('只能查看，不能办理');
    const own = register(mediator, stationId, 'mediation');
    expect(
      core.services.mutations.run(
        'case.performAction',
        { caseId: own, action: 'med.accept', occurredOn: '2026-11-25', payload: {} },
        mediator,
      ),
    ).toMatchObject({ ok: true });
  });

  it("lets the committee act on its station's case", () => {
    const stationCase = register(mediator, stationId, 'mediation');
    expect(
      core.services.mutations.run(
        'case.performAction',
        { caseId: stationCase, action: 'med.accept', occurredOn: '2026-11-25', payload: {} },
        admin,
      ),
    ).toMatchObject({ ok: true });
  });

  it('shows the station every step of a committee case as unavailable, with the reason', () => {
    const committeeCase = register(admin, admin.officeId as string, 'arbitration');
    const staff = core.services.repos.staff.get(mediator.id);
    if (!staff) throw new Error('staff missing');
    const view = core.services.procedure.view(committeeCase, toSessionUser(core.services.repos, staff));
    if (!view.ok) throw new Error(view.error.message);
    expect(view.value.available).toEqual([]);
    expect(view.value.forOtherRoles.some((a) => a.id === 'arb.accept' && a.reason.includes('只能查看'))).toBe(
      true,
    );
  });
});
