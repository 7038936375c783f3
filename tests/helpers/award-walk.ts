import type { RegisterCaseInput } from '../../shared/domain/case/case.schema';
import type { AppCore } from '../../electron/main/app-core';
import type { Actor } from '../../electron/main/mutations/types';
import { aCase } from './builders';

const HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

/** A staff member created through the real mutation; returns the id. */
export function createStaff(core: AppCore, admin: Actor, name: string, roles: string[]): string {
  const r = core.services.mutations.run(
    'staff.create',
    {
      officeId: admin.officeId as string,
      name,
      username: `u-${name}-${roles.join('-')}`.slice(0, 32),
      passwordHash: HASH,
      roles,
    },
    admin,
  );
  if (!r.ok) throw new Error(r.error.message);
  return r.value.id;
}

/**
 * An arbitration case registered on 2026-09-01 with `claims`, accepted, a three-member tribunal composed and
 * notified, and the hearing held on 2026-09-24 — ready for 作出裁决.
 */
export function caseAtHearing(
  core: AppCore,
  admin: Actor,
  over: Partial<RegisterCaseInput> = {},
): { caseId: string; arbitrators: string[] } {
  const arbitrators = ['周明远', '吴秀兰', '郑国强'].map((n) => createStaff(core, admin, n, ['arbitrator']));
  const reg = core.services.mutations.run(
    'case.register',
    aCase(admin.officeId as string, { receivedDate: '2026-09-01', ...over }),
    admin,
  );
  if (!reg.ok) throw new Error(reg.error.message);
  const caseId = reg.value.id;
  const act = (action: string, occurredOn: string, payload: Record<string, unknown> = {}) => {
    const r = core.services.mutations.run(
      'case.performAction',
      { caseId, action, occurredOn, payload },
      admin,
    );
    if (!r.ok) throw new Error(`${action}: ${r.error.message}`);
  };
  const serve = (document: string, on: string, role: 'applicant' | 'respondent') =>
    act('service.record', on, {
      document,
      addressee: role === 'respondent' ? '福州市某某科技有限公司' : '张三',
      addresseeRole: role,
      method: 'direct',
      sentOn: on,
      servedOn: on,
    });
  act('arb.accept', '2026-09-02', { simple: false });
  act('arb.composeTribunal', '2026-09-04', {
    mode: 'panel',
    presidingId: arbitrators[0],
    memberIds: [arbitrators[1], arbitrators[2]],
  });
  serve('tribunal_notice', '2026-09-07', 'respondent');
  act('arb.hearingScheduled', '2026-09-11', {
    hearingDate: '2026-09-24',
    time: '09:30',
    place: '第一仲裁庭',
  });
  serve('hearing_notice', '2026-09-15', 'respondent');
  serve('hearing_notice', '2026-09-15', 'applicant');
  act('arb.hearingHeld', '2026-09-24', { attendance: '双方到庭' });
  return { caseId, arbitrators };
}
