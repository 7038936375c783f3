import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAFF_ROLE_CODES, type StaffRole } from '../../../shared/domain/reference-data';
import { MUTATIONS, type MutationName } from '../../../shared/mutations/definitions';
import { createTestCore, initialize, type TestCore } from '../../../tests/helpers/core';
import { argsFor, buildTableWorld, TABLE_NOW, type TableWorld } from '../../../tests/helpers/mutation-table';

/**
 * Every mutation × role × own/other office, run through the real core's runner (issue 15 item 6). The expected
 * table is the declared `roles` of each mutation for the runner's gate, the office scope for case mutations, and
 * beyond the gate what each planner's own guard answers. Every cell runs inside a transaction that is rolled back,
 * so the cells are independent of each other and of their order.
 *
 * Two mutations name a row that does not exist (case.confirmHandover, conflict.resolve): building a handover
 * sheet or a sync conflict per cell is heavy, so for them only the role gate is covered here (the handover guard
 * is in guards.test.ts, conflicts in conflict-resolve.test.ts); their answer past the gate is NOT_FOUND.
 */
type Outcome = 'ok' | { code: string; has: string };
type Target = 'own' | 'other';

const OTHER_OFFICE = { code: 'FORBIDDEN', has: '只能查看，不能办理' };
const fails = (code: string, has: string): Outcome => ({ code, has });

/**
 * Mutations that name no case but write into an office: registering, importing, adding staff or an office, or
 * recording a leave or relationship. A station's person may not do them for another station (office-scope.ts
 * `targetOfficeOf`); this table found them open, and now proves the guard.
 */
const TARGET_OFFICE: ReadonlySet<MutationName> = new Set([
  'office.create',
  'staff.create',
  'case.register',
  'case.importHistorical',
  'staff.recordLeave',
  'staff.declareRelationship',
]);
/** Mutations about the actor's own account (sign-in): anyone may, for themselves only; they name no office. */
const SELF_ONLY: ReadonlySet<MutationName> = new Set([
  'staff.upgradePasswordHash',
  'staff.recordSignInRefusal',
]);
const ONLY_SELF = (role: StaffRole, target: Target): Outcome =>
  target === 'own' && role === 'clerk' ? 'ok' : fails('FORBIDDEN', '只能更新本人的账号记录');
/** Case mutations whose args name a case directly: the runner's office scope applies to them. */
const ROLE_ONLY: ReadonlySet<MutationName> = new Set(['case.confirmHandover', 'conflict.resolve']);
const CASE_SCOPED: ReadonlySet<MutationName> = new Set([
  'case.performAction',
  'case.transferToArbitration',
  'elements.saveSheet',
  'documents.record',
  'case.assign',
  'case.assignClerk',
  'case.correct',
  'case.void',
  'case.restore',
  'case.voidEvent',
  'case.reviewOverride',
]);

const ONLY_A_OR_DIRECTOR = (what: string) => (role: StaffRole) =>
  role === 'director' ? 'ok' : fails('FORBIDDEN', `只有本案A角（承办人）或主任可以${what}`);
/** The subject is station A's clerk ("own") or station B's ("other"): a director or admin may act for either. */
const SELF_OR_MANAGER = (has: string) => (role: StaffRole, target: Target) =>
  role === 'director' || role === 'admin' || (target === 'own' && role === 'clerk')
    ? 'ok'
    : fails('FORBIDDEN', has);

/** What the planner answers a permitted role in its own office (its own guards, or the state of the case). */
const PAST_THE_GATE: Record<MutationName, (role: StaffRole, target: Target) => Outcome> = {
  'office.create': () => 'ok',
  'staff.create': () => 'ok',
  'setup.initialize': () => 'ok',
  'case.register': () => 'ok',
  'case.importHistorical': () => 'ok',
  'case.performAction': (role) =>
    role === 'mediator' || role === 'director' ? 'ok' : fails('FORBIDDEN', '您的角色不能办理'),
  'case.transferToArbitration': () => fails('CONFLICT', '只有调解不成'),
  'elements.saveSheet': () => fails('VALIDATION', ''),
  'documents.record': () => fails('VALIDATION', '文书文件不存在'),
  'staff.recordLeave': SELF_OR_MANAGER('只能登记本人的请假、出差或培训'),
  'staff.declareRelationship': SELF_OR_MANAGER('只能申报本人的回避关系'),
  'case.assign': () => 'ok',
  'case.assignClerk': (role) =>
    role === 'director' ? 'ok' : fails('FORBIDDEN', '只有主任或本案承办人（A角）可以指定书记员'),
  'case.confirmHandover': () => fails('NOT_FOUND', ''),
  'settings.set': () => 'ok',
  'conflict.resolve': () => fails('NOT_FOUND', ''),
  'case.correct': ONLY_A_OR_DIRECTOR('更正案件信息'),
  'case.void': ONLY_A_OR_DIRECTOR('作废案件'),
  'case.restore': () => fails('CONFLICT', '案件未作废'),
  'case.voidEvent': (role) =>
    role === 'director'
      ? fails('CONFLICT', '收件登记不能作废')
      : fails('FORBIDDEN', '只有本案A角（承办人）或主任可以作废办案记录'),
  'case.reviewOverride': () => fails('CONFLICT', '案件尚未结案'),
  'staff.upgradePasswordHash': ONLY_SELF,
  'staff.recordSignInRefusal': ONLY_SELF,
};

const OTHER_TARGET_OFFICE = { code: 'FORBIDDEN', has: '本机构不能为其办理' };

/** The expected answer of one cell. */
function expected(name: MutationName, role: StaffRole, target: Target): Outcome {
  const def = MUTATIONS[name];
  const roles: readonly string[] = def.roles;
  if (roles.length === 0) return fails('FORBIDDEN', '该操作只能由系统执行');
  if (!roles.includes(role)) return fails('FORBIDDEN', `您没有“${def.label}”的权限`);
  if (target === 'other' && CASE_SCOPED.has(name)) return OTHER_OFFICE;
  if (target === 'other' && TARGET_OFFICE.has(name)) return OTHER_TARGET_OFFICE;
  return PAST_THE_GATE[name](role, target);
}

/**
 * Who may run each mutation, written out once more: the table below follows MUTATIONS' declared roles, so a role
 * quietly added to or dropped from a declaration must show up here too (and in review).
 */
const DECLARED: Record<MutationName, string> = {
  'office.create': 'admin',
  'staff.create': 'admin',
  'setup.initialize': '',
  'case.register': 'admin arbitrator clerk director mediator',
  'case.performAction': 'arbitrator clerk director mediator',
  'case.transferToArbitration': 'clerk director mediator',
  'elements.saveSheet': 'arbitrator clerk director mediator',
  'documents.record': 'arbitrator clerk director mediator',
  'staff.recordLeave': 'admin arbitrator clerk director mediator',
  'staff.declareRelationship': 'admin arbitrator clerk director mediator',
  'case.assign': 'director',
  'case.assignClerk': 'arbitrator director mediator',
  'case.confirmHandover': 'arbitrator clerk director mediator',
  'settings.set': 'admin director',
  'conflict.resolve': 'director',
  'case.importHistorical': 'admin',
  'case.correct': 'admin arbitrator clerk director mediator',
  'case.void': 'admin arbitrator clerk director mediator',
  'case.restore': 'admin arbitrator clerk director mediator',
  'case.voidEvent': 'admin arbitrator clerk director mediator',
  'case.reviewOverride': 'director',
  'staff.upgradePasswordHash': 'admin arbitrator clerk director mediator',
  'staff.recordSignInRefusal': 'admin arbitrator clerk director mediator',
};

let core: TestCore;
let world: TableWorld;

beforeAll(() => {
  core = createTestCore({ now: () => TABLE_NOW });
  world = buildTableWorld(core, initialize(core));
});
afterAll(() => core.dispose());

/** Runs one cell and undoes whatever it wrote, so the next cell starts from the same world. */
function attempt(name: MutationName, role: StaffRole, target: Target) {
  const args = argsFor(name, world, target, core.services.repos.rowReader);
  core.db.exec('BEGIN');
  try {
    return core.services.mutations.run(name, args, world.people[role]);
  } finally {
    core.db.exec('ROLLBACK');
  }
}

const NAMES = Object.keys(MUTATIONS) as MutationName[];
const CELLS = NAMES.flatMap((name) =>
  (['own', 'other'] as const).flatMap((target) => STAFF_ROLE_CODES.map((role) => ({ name, target, role }))),
);

describe('mutation × role × office table, through the real runner', () => {
  it('builds args that pass every schema, so each cell reaches the role check', () => {
    for (const { name, target } of CELLS) {
      const parsed = MUTATIONS[name].args.safeParse(
        argsFor(name, world, target, core.services.repos.rowReader),
      );
      expect(parsed.success, `${name} ${target}`).toBe(true);
    }
  });

  it('declares the roles this table was written for', () => {
    const declared = Object.fromEntries(NAMES.map((n) => [n, [...MUTATIONS[n].roles].sort().join(' ')]));
    expect(declared).toEqual(DECLARED);
  });

  it('covers every mutation and lists each case mutation as office-scoped or role-only', () => {
    for (const name of NAMES) {
      const isCase = CASE_SCOPED.has(name) || ROLE_ONLY.has(name);
      const other =
        TARGET_OFFICE.has(name) || SELF_ONLY.has(name) || ['setup.initialize', 'settings.set'].includes(name);
      expect(isCase !== other, name).toBe(true);
    }
  });

  it.each(CELLS)('$name by $role, $target office', ({ name, role, target }) => {
    const want = expected(name, role, target);
    const got = attempt(name, role, target);
    if (want === 'ok') {
      expect(got, JSON.stringify(got)).toMatchObject({ ok: true });
    } else {
      expect(got, JSON.stringify(got)).toMatchObject({ ok: false, error: { code: want.code } });
      expect(!got.ok && got.error.message).toContain(want.has);
    }
  });
});
