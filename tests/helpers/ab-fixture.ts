import { aCase } from './builders';
import type { TestCore } from './core';
import type { Actor } from '../../electron/main/mutations/types';

/** Arbitrators of the director's office, created through the staff service; their ids in order. */
export function createArbitrators(core: TestCore, director: Actor, names: readonly string[]): string[] {
  return names.map((name, i) => {
    const r = core.services.staff.create(
      {
        officeId: director.officeId as string,
        name,
        username: `arb${i}`,
        password: 'password-123',
        roles: ['arbitrator'],
      },
      director,
    );
    if (!r.ok) throw new Error(r.error.message);
    return r.value.id;
  });
}

/** An arbitration case received on 2026-09-01 and accepted on 2026-09-02 by the director; its id. */
export function acceptedCase(core: TestCore, director: Actor): string {
  const reg = core.services.mutations.run(
    'case.register',
    aCase(director.officeId as string, { receivedDate: '2026-09-01' }),
    director,
  );
  if (!reg.ok) throw new Error(reg.error.message);
  const acc = core.services.mutations.run(
    'case.performAction',
    { caseId: reg.value.id, action: 'arb.accept', occurredOn: '2026-09-02', payload: { simple: false } },
    director,
  );
  if (!acc.ok) throw new Error(acc.error.message);
  return reg.value.id;
}
