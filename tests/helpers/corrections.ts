import type { RegisterCaseInput } from '../../shared/domain/case/case.schema';
import type { StaffRole } from '../../shared/domain/reference-data';
import type { SessionUser } from '../../shared/domain/staff/staff.schema';
import type { Actor } from '../../electron/main/mutations/types';
import { aCase } from './builders';
import { createTestCore, initialize, type TestCore } from './core';

/**
 * A real core with main's clock pinned to 2026-11-25 10:00 in China, the director (the set-up administrator),
 * and helpers to register, step and read cases — for the 更正与作废 tests.
 */
export const TODAY = '2026-11-25';

export type CorrectionsFixture = {
  core: TestCore;
  director: Actor;
  officeId: string;
  staff(name: string, roles: StaffRole[]): Actor;
  register(over?: Partial<RegisterCaseInput>): string;
  step(
    caseId: string,
    action: string,
    occurredOn: string,
    payload?: Record<string, unknown>,
    by?: Actor,
  ): string;
  assignA(caseId: string, a: Actor, b: Actor): void;
  outboxCount(): number;
  /** The director as a signed-in user (for the read services that take one). */
  directorSession: SessionUser;
};

export function correctionsFixture(): CorrectionsFixture {
  const core = createTestCore({ now: () => Date.parse(`${TODAY}T02:00:00Z`) });
  const director = initialize(core);
  const officeId = director.officeId as string;
  let n = 0;
  const fx: CorrectionsFixture = {
    core,
    director,
    officeId,
    staff(name, roles) {
      const r = core.services.staff.create(
        { officeId, name, username: `u${(n += 1)}`, password: 'password-123', roles },
        director,
      );
      if (!r.ok) throw new Error(r.error.message);
      return { id: r.value.id, roles, officeId };
    },
    register(over = {}) {
      const r = core.services.mutations.run('case.register', aCase(officeId, over), director);
      if (!r.ok) throw new Error(r.error.message);
      return r.value.id;
    },
    step(caseId, action, occurredOn, payload = {}, by = director) {
      const r = core.services.mutations.run(
        'case.performAction',
        { caseId, action, occurredOn, payload },
        by,
      );
      if (!r.ok) throw new Error(`${action}: ${r.error.message}`);
      return r.value.eventId;
    },
    assignA(caseId, a, b) {
      const r = core.services.mutations.run(
        'case.assign',
        { caseId, a: a.id, b: b.id, kind: 'override', reason: '测试指定' },
        director,
      );
      if (!r.ok) throw new Error(r.error.message);
    },
    outboxCount: () => core.services.repos.outbox.list().length,
    directorSession: {
      id: director.id,
      name: '管理员',
      username: 'admin',
      roles: [...director.roles],
      officeId,
      officeName: '',
    },
  };
  return fx;
}

/** A service record of `document` to the respondent, served the day it was sent. */
export const served = (document: string, on: string) => ({
  document,
  addressee: '福州市某某科技有限公司',
  addresseeRole: 'respondent',
  method: 'direct',
  sentOn: on,
  servedOn: on,
});
