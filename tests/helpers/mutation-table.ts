import { aCase } from './builders';
import { dummyHashFor } from '../../shared/auth/password-hash';
import type { TestCore } from './core';
import type { Actor } from '../../electron/main/mutations/types';
import { STAFF_ROLE_CODES, type StaffRole } from '../../shared/domain/reference-data';
import type { MutationName } from '../../shared/mutations/definitions';
import { REVIEW_ITEM_IDS } from '../../shared/review/case-review';

/**
 * The world the mutation × role × office table runs in (electron/main/mutations/role-table.test.ts): a committee,
 * two stations, one person per role at station A, and a mediation case at each station. Everyone acts from
 * station A, so station A's case is "own office" and station B's is "other office" (a sibling, never the parent).
 */
export type TableWorld = {
  admin: Actor;
  stationA: string;
  stationB: string;
  people: Record<StaffRole, Actor>;
  /** A staff member of station B (the subject of leave or relationship records "of another office"). */
  otherPerson: string;
  ownCase: string;
  otherCase: string;
};

export const TABLE_NOW = Date.UTC(2026, 10, 25, 2, 0); // Wednesday 2026-11-25, 10:00 in China

function station(core: TestCore, admin: Actor, name: string, shortName: string): string {
  const s = core.services.offices.createStation({ name, shortName }, admin);
  if (!s.ok) throw new Error(s.error.message);
  return s.value.id;
}

function staff(core: TestCore, admin: Actor, officeId: string, username: string, roles: StaffRole[]): Actor {
  const r = core.services.staff.create(
    { officeId, name: username, username, password: 'password-123', roles },
    admin,
  );
  if (!r.ok) throw new Error(r.error.message);
  return { id: r.value.id, roles, officeId };
}

function mediation(core: TestCore, admin: Actor, officeId: string): string {
  const r = core.services.mutations.run(
    'case.register',
    aCase(officeId, { kind: 'mediation', receivedDate: '2026-11-20' }),
    admin,
  );
  if (!r.ok) throw new Error(r.error.message);
  return r.value.id;
}

export function buildTableWorld(core: TestCore, admin: Actor): TableWorld {
  const stationA = station(core, admin, '东街道调解组织', '东街');
  const stationB = station(core, admin, '西街道调解组织', '西街');
  const people = Object.fromEntries(
    STAFF_ROLE_CODES.map((role) => [role, staff(core, admin, stationA, `a-${role}`, [role])]),
  ) as Record<StaffRole, Actor>;
  return {
    admin,
    stationA,
    stationB,
    people,
    otherPerson: staff(core, admin, stationB, 'b-clerk', ['clerk']).id,
    ownCase: mediation(core, admin, stationA),
    otherCase: mediation(core, admin, stationB),
  };
}

const HASH = 'a'.repeat(64);
/** A well-formed id of no row. */
const MISSING = '00000000-0000-4000-8000-000000000000';
const FACTS_OF = (officeId: string) => {
  const { kind: _kind, ...facts } = aCase(officeId, { receivedDate: '2026-11-20' });
  return facts;
};

/**
 * Args for each mutation that pass its schema, so the runner reaches the role check; `target` is station A's case
 * (own office) or station B's (other office) and the matching office and person. Where a mutation needs rows that
 * take many steps to build (an assignment with a handover sheet, a sync conflict), its args name a row that does
 * not exist: the role check still runs first, and the planner then answers NOT_FOUND or VALIDATION.
 */
export function argsFor(
  name: MutationName,
  w: TableWorld,
  target: 'own' | 'other',
  read: TestCore['services']['repos']['rowReader'],
): unknown {
  const caseId = target === 'own' ? w.ownCase : w.otherCase;
  const officeId = target === 'own' ? w.stationA : w.stationB;
  const staffId = target === 'own' ? w.people.clerk.id : w.otherPerson;
  const eventId = read.list('event', { caseId })[0]?.id ?? MISSING;
  const args: Record<MutationName, unknown> = {
    'office.create': { kind: 'station', name: '南街道调解组织', shortName: '南街', parentId: officeId },
    'staff.create': {
      officeId,
      name: '新同事',
      username: `new-${target}`,
      passwordHash: 'scrypt$16384$8$1$c2FsdHNhbHRzYWx0c2FsdA==$aGFzaA==',
      roles: ['clerk'],
    },
    'setup.initialize': {
      committeeName: '另一个仲裁委员会',
      shortName: '另劳',
      adminName: '另一管理员',
      username: 'other-admin',
      passwordHash: 'scrypt$16384$8$1$c2FsdHNhbHRzYWx0c2FsdA==$aGFzaA==',
    },
    'case.register': aCase(officeId, { kind: 'mediation', receivedDate: '2026-11-20' }),
    'case.importHistorical': {
      ...aCase(officeId, { kind: 'mediation', receivedDate: '2026-01-05' }),
      status: 'closed',
      closedDate: '2026-02-05',
      outcome: 'med_agreement',
    },
    'case.performAction': { caseId, action: 'med.accept', occurredOn: '2026-11-25', payload: {} },
    'case.transferToArbitration': { mediationCaseId: caseId, receivedDate: '2026-11-25' },
    'elements.saveSheet': {
      caseId,
      templateId: 'overtime',
      templateVersion: 1,
      side: 'applicant',
      data: {},
    },
    'documents.record': {
      caseId,
      templateId: 'med.acceptance',
      options: '{}',
      title: '受理通知书',
      dataHash: HASH,
      blobSha256: HASH,
      fileName: '受理通知书.pdf',
      size: 10,
    },
    'staff.recordLeave': { staffId, kind: 'leave', from: '2026-11-26', to: '2026-11-26' },
    'staff.declareRelationship': { staffId, partyName: '某某公司', relation: '亲属任职' },
    'case.assign': {
      caseId,
      a: w.people.mediator.id,
      b: w.people.arbitrator.id,
      kind: 'override',
      reason: '测试',
    },
    'case.assignClerk': { caseId, clerkId: w.people.clerk.id },
    'case.confirmHandover': { assignmentId: MISSING },
    'settings.set': { key: 'claim.synonyms', value: [] },
    'conflict.resolve': { conflictId: MISSING, choice: 'kept', reason: '以先提交的为准' },
    'case.correct': { caseId, facts: FACTS_OF(officeId), reason: '更正笔误' },
    'case.void': { caseId, grounds: 'mistake', reason: '登记错误' },
    'case.restore': { caseId, reason: '误作废' },
    'case.voidEvent': { caseId, eventId, reason: '录入错误' },
    'case.reviewOverride': {
      caseId,
      items: [REVIEW_ITEM_IDS[0]],
      reason: '材料已另行补齐',
      occurredOn: '2026-11-25',
    },
    'staff.upgradePasswordHash': { staffId, passwordHash: dummyHashFor({ N: 2 ** 14, r: 8, p: 1 }) },
    'staff.recordSignInRefusal': { staffId, outcome: 'failed', waitMs: null },
  };
  return args[name];
}
