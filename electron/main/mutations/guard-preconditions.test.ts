import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acceptedCase, createArbitrators } from '../../../tests/helpers/ab-fixture';
import { aCase } from '../../../tests/helpers/builders';
import { createTestCore, initialize, type TestCore } from '../../../tests/helpers/core';
import { currentFacts } from '../../../tests/helpers/current-facts';
import { SYSTEM_ACTOR, type Actor } from './types';

/**
 * The guards a deletion sweep over the runner, the planners and their helpers found uncovered (issue 15
 * acceptance): who may act where, and the state an action needs (a live case, an unconfirmed sheet, a real office,
 * matching ids). Each is tried by the forbidden action through the real core, asserting the refusal code and that
 * nothing was written; each test was checked to fail with its guard deleted.
 */
const NOW = Date.parse('2026-09-07T01:00:00Z'); // Monday 2026-09-07, 09:00 in China
let core: TestCore;
let director: Actor;

beforeEach(() => {
  core = createTestCore({ now: () => NOW });
  director = initialize(core);
});
afterEach(() => core.dispose());

describe('the runner: a mutation that needs a signed-in person is refused to the system actor', () => {
  it('refuses case.register by the system actor as FORBIDDEN, not as an unknown account, and writes nothing', () => {
    const outbox = core.services.repos.outbox.list().length;
    const cases = core.services.repos.rowReader.list('case', {}).length;
    const refused = core.services.mutations.run(
      'case.register',
      aCase(director.officeId as string, { receivedDate: '2026-09-01' }),
      SYSTEM_ACTOR,
    );
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: '该操作需要登录后执行' },
    });
    expect(core.services.repos.rowReader.list('case', {}).length).toBe(cases);
    expect(core.services.repos.outbox.list().length).toBe(outbox);
  });
});

describe('case.assignClerk: only a clerk of the case’s own office', () => {
  it('refuses a station’s clerk on a committee case, writing nothing', () => {
    const caseId = acceptedCase(core, director);
    const s = core.services.offices.createStation({ name: '东街道调解组织', shortName: '东街' }, director);
    if (!s.ok) throw new Error(s.error.message);
    const c = core.services.staff.create(
      {
        officeId: s.value.id,
        name: '东街书记员',
        username: 'east-clerk',
        password: 'password-123',
        roles: ['clerk'],
      },
      director,
    );
    if (!c.ok) throw new Error(c.error.message);
    const outbox = core.services.repos.outbox.list().length;
    const refused = core.services.mutations.run(
      'case.assignClerk',
      { caseId, clerkId: c.value.id },
      director,
    );
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: '东街书记员不属于本案所在机构' },
    });
    expect(core.services.repos.cases.get(caseId)?.clerkId ?? null).toBeNull();
    expect(core.services.repos.outbox.list().length).toBe(outbox);
  });
});

describe('case.confirmHandover: only an unconfirmed handover sheet of a live case', () => {
  /** A case assigned to 甲/乙, then reassigned to 丙 with a handover sheet; the assignments' ids. */
  function reassigned(): { caseId: string; first: string; re: string; incoming: Actor } {
    const [a0, a1, a2] = createArbitrators(core, director, ['甲', '乙', '丙']) as [string, string, string];
    const caseId = acceptedCase(core, director);
    const base = { caseId, a: a0, b: a1, kind: 'override', reason: '测试' } as const;
    const first = core.services.assignment.assign(base, director);
    if (!first.ok) throw new Error(first.error.message);
    const re = core.services.assignment.assign(
      { ...base, a: a2, kind: 'reassign', reason: '原承办人调离' },
      director,
    );
    if (!re.ok) throw new Error(re.error.message);
    return {
      caseId,
      first: first.value.id,
      re: re.value.id,
      incoming: { id: a2, roles: ['arbitrator'], officeId: director.officeId },
    };
  }
  const confirmedAt = (id: string) =>
    core.services.repos.rowReader.get('assignment', id)?.handoverConfirmedAt ?? null;

  it('refuses an assignment without a handover sheet, writing nothing', () => {
    const { first } = reassigned();
    const outbox = core.services.repos.outbox.list().length;
    const refused = core.services.mutations.run('case.confirmHandover', { assignmentId: first }, director);
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '该次指定没有交接单' } });
    expect(confirmedAt(first)).toBeNull();
    expect(core.services.repos.outbox.list().length).toBe(outbox);
  });

  it('refuses confirming the same sheet twice, keeping the first confirmation', () => {
    const { re, incoming } = reassigned();
    expect(core.services.mutations.run('case.confirmHandover', { assignmentId: re }, incoming)).toMatchObject(
      { ok: true },
    );
    const at = confirmedAt(re);
    expect(at).not.toBeNull();
    const outbox = core.services.repos.outbox.list().length;
    const again = core.services.mutations.run('case.confirmHandover', { assignmentId: re }, director);
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '交接单已确认' } });
    expect(confirmedAt(re)).toBe(at);
    expect(core.services.repos.outbox.list().length).toBe(outbox);
  });

  it('refuses confirming a handover on a voided case (its caseOf names the case for the voided-case guard)', () => {
    const { caseId, re, incoming } = reassigned();
    expect(
      core.services.mutations.run('case.void', { caseId, grounds: 'mistake', reason: '登记错误' }, director),
    ).toMatchObject({ ok: true });
    const outbox = core.services.repos.outbox.list().length;
    const refused = core.services.mutations.run('case.confirmHandover', { assignmentId: re }, incoming);
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(!refused.ok && refused.error.message).toContain('案件已作废');
    expect(confirmedAt(re)).toBeNull();
    expect(core.services.repos.outbox.list().length).toBe(outbox);
  });
});

describe('settings.set: an office profile only of one’s own station or a station of one’s committee', () => {
  const profile = {
    name: '东街道人民调解委员会',
    shortName: '东调',
    address: '东街道 1 号',
    phone: '0591-1',
    sealText: '东街道人民调解委员会',
    numberPattern: '{简称}〔{年}〕{号}号',
  };
  const station = (name: string, shortName: string): string => {
    const s = core.services.offices.createStation({ name, shortName }, director);
    if (!s.ok) throw new Error(s.error.message);
    return s.value.id;
  };
  const profileOf = (officeId: string) =>
    core.services.repos.rowReader.get('setting', `office.profile.${officeId}`);

  it('refuses a sibling station’s administrator, and the committee’s own profile key, writing nothing', () => {
    const east = station('东街道调解组织', '东街');
    const west = station('西街道调解组织', '西街');
    const w = core.services.staff.create(
      {
        officeId: west,
        name: '西街管理员',
        username: 'west-admin',
        password: 'password-123',
        roles: ['admin'],
      },
      director,
    );
    if (!w.ok) throw new Error(w.error.message);
    const westAdmin: Actor = { id: w.value.id, roles: ['admin'], officeId: west };
    const outbox = core.services.repos.outbox.list().length;
    const sibling = core.services.mutations.run(
      'settings.set',
      { key: `office.profile.${east}`, value: profile },
      westAdmin,
    );
    expect(sibling).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: '只能修改本机构或下属调解组织的文书设置' },
    });
    const committee = director.officeId as string;
    const own = core.services.mutations.run(
      'settings.set',
      { key: `office.profile.${committee}`, value: profile },
      director,
    );
    expect(own).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(!own.ok && own.error.message).toContain('只有调解组织有自己的文书设置');
    expect(profileOf(east)).toBeNull();
    expect(profileOf(committee)).toBeNull();
    expect(core.services.repos.outbox.list().length).toBe(outbox);
    const unknown = '01a24bf5-d069-7320-aab8-6db50aeef1ba';
    const missing = core.services.mutations.run(
      'settings.set',
      { key: `office.profile.${unknown}`, value: profile },
      director,
    );
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: '机构不存在或已删除' } });
    expect(profileOf(unknown)).toBeNull();
    expect(core.services.repos.outbox.list().length).toBe(outbox);
    // The station's committee may.
    expect(
      core.services.mutations.run(
        'settings.set',
        { key: `office.profile.${east}`, value: profile },
        director,
      ),
    ).toMatchObject({ ok: true });
  });
});

describe('staff.create and setup.initialize: no second account of a name, no second set-up', () => {
  const hash = 'x'.repeat(40);
  it('refuses a username already in use, writing nothing', () => {
    const staff = core.services.repos.rowReader.list('staff', {}).length;
    const outbox = core.services.repos.outbox.list().length;
    const r = core.services.mutations.run(
      'staff.create',
      {
        officeId: director.officeId as string,
        name: '重名',
        username: 'admin',
        passwordHash: hash,
        roles: ['clerk'],
      },
      director,
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '用户名“admin”已被使用' } });
    expect(core.services.repos.rowReader.list('staff', {}).length).toBe(staff);
    expect(core.services.repos.outbox.list().length).toBe(outbox);
  });

  it('refuses a second setup.initialize by the system, writing nothing', () => {
    const offices = core.services.repos.rowReader.list('office', {}).length;
    const staff = core.services.repos.rowReader.list('staff', {}).length;
    const r = core.services.mutations.run(
      'setup.initialize',
      {
        committeeName: '第二个仲裁委',
        shortName: '二委',
        adminName: '二管理员',
        username: 'admin2',
        passwordHash: hash,
      },
      SYSTEM_ACTOR,
    );
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '系统已经初始化，不能重复初始化' },
    });
    expect(core.services.repos.rowReader.list('office', {}).length).toBe(offices);
    expect(core.services.repos.rowReader.list('staff', {}).length).toBe(staff);
  });
});

describe('case.correct and case.reviewOverride: the facts and the date must be real', () => {
  it('refuses moving a case to an office that does not exist, writing nothing', () => {
    const reg = core.services.mutations.run(
      'case.register',
      aCase(director.officeId as string, { receivedDate: '2026-09-01' }),
      director,
    );
    if (!reg.ok) throw new Error(reg.error.message);
    const facts = currentFacts(core, reg.value.id, director);
    const outbox = core.services.repos.outbox.list().length;
    const r = core.services.mutations.run(
      'case.correct',
      {
        caseId: reg.value.id,
        reason: '更正',
        facts: { ...facts, officeId: '01a24bf5-d069-7320-aab8-6db50aeef1ba' },
      },
      director,
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: '办案机构：不存在' } });
    expect(core.services.repos.cases.get(reg.value.id)?.officeId).toBe(director.officeId);
    expect(core.services.repos.outbox.list().length).toBe(outbox);
  });
});

describe('a case that does not exist: refused as NOT_FOUND by the planner, not as a crash', () => {
  it('refuses a step and an A/B assignment on an unknown case id, writing nothing', () => {
    const [a, b] = createArbitrators(core, director, ['甲', '乙']) as [string, string];
    const unknown = '01a24bf5-d069-7320-aab8-6db50aeef1ba';
    const outbox = core.services.repos.outbox.list().length;
    const step = core.services.mutations.run(
      'case.performAction',
      { caseId: unknown, action: 'arb.accept', occurredOn: '2026-09-07', payload: { simple: false } },
      director,
    );
    expect(step).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: '案件不存在或已删除' } });
    const assign = core.services.mutations.run(
      'case.assign',
      { caseId: unknown, a, b, kind: 'override', reason: '测试' },
      director,
    );
    expect(assign).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: '案件不存在或已删除' } });
    expect(core.services.repos.rowReader.list('event', { caseId: unknown })).toEqual([]);
    expect(core.services.repos.rowReader.list('assignment', { caseId: unknown })).toEqual([]);
    expect(core.services.repos.outbox.list().length).toBe(outbox);
  });
});

describe('case.transferToArbitration: the prepared party and claim ids must match the mediation case', () => {
  it('refuses ids for fewer parties than the case has (a case changed since they were prepared), creating no case', () => {
    const officeId = director.officeId as string;
    const reg = core.services.mutations.run(
      'case.register',
      aCase(officeId, { kind: 'mediation', receivedDate: '2026-09-01' }),
      director,
    );
    if (!reg.ok) throw new Error(reg.error.message);
    const mediationCaseId = reg.value.id;
    for (const [action, occurredOn, payload] of [
      ['med.accept', '2026-09-02', {}],
      ['med.failed', '2026-09-03', { reasons: '双方意见分歧' }],
    ] as const) {
      const r = core.services.mutations.run(
        'case.performAction',
        { caseId: mediationCaseId, action, occurredOn, payload },
        director,
      );
      if (!r.ok) throw new Error(r.error.message);
    }
    const parties = core.services.repos.rowReader.list('party', { caseId: mediationCaseId });
    expect(parties.length).toBeGreaterThan(1);
    const cases = core.services.repos.rowReader.list('case', {}).length;
    const outbox = core.services.repos.outbox.list().length;
    const refused = core.services.mutations.run(
      'case.transferToArbitration',
      { mediationCaseId, receivedDate: '2026-09-07', partyIds: ['01a24bf5-d069-7320-aab8-6db50aeef1ba'] },
      director,
    );
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '调解案件的当事人或请求已变化，请重试' },
    });
    expect(core.services.repos.rowReader.list('case', {}).length).toBe(cases);
    expect(core.services.repos.outbox.list().length).toBe(outbox);
  });
});
