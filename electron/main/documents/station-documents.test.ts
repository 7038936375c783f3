import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { awardPayloadFrom } from '../../../shared/procedure/award-test';
import { SAMPLE_MIN_WAGE } from '../../../shared/procedure/test-payloads';
import type { SessionUser } from '../../../shared/domain/staff/staff.schema';
import { aCase } from '../../../tests/helpers/builders';
import { caseAtHearing } from '../../../tests/helpers/award-walk';
import { createTestCore, initialize, type TestCore } from '../../../tests/helpers/core';
import type { Actor } from '../mutations/types';
import { toSessionUser } from '../services/auth-service';
import { normalizedText } from './docx-inspect';

// Issue 11 item 5: a station's (调解组织) own profile heads and numbers what the station produces; the committee's
// documents are unchanged. Through the real core on a real SQLite file, documents read back from the .docx.

const COMMITTEE_NAME = '示例市劳动人事争议仲裁委员会';
const STATION_NAME = '某街道劳动争议调解中心';
const PASSWORD = 'password-123';

let core: TestCore;
let admin: Actor;
let station: string;
let mediator: Actor;
let mediatorUser: SessionUser;
let adminUser: SessionUser;

const ok = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

function staff(officeId: string, username: string, roles: string[]): Actor {
  const s = ok(
    core.services.staff.create(
      { officeId, name: username, username, password: PASSWORD, roles: roles as never },
      admin,
    ),
  );
  return { id: s.id, roles: roles as never, officeId };
}

const sessionOf = (a: Actor): SessionUser => {
  const row = core.services.repos.staff.get(a.id);
  if (row === null) throw new Error('staff missing');
  return toSessionUser(core.services.repos, row);
};

const call = (channel: string, input: unknown, sessionKey: string) =>
  core.dispatcher.dispatch(channel, input, { sessionKey });
const signIn = (username: string, sessionKey: string) =>
  call('auth:signIn', { username, password: PASSWORD }, sessionKey);

function act(caseId: string, action: string, occurredOn: string, payload: Record<string, unknown> = {}) {
  ok(core.services.mutations.run('case.performAction', { caseId, action, occurredOn, payload }, mediator));
}

function stationCase(receivedDate: string): string {
  const input = aCase(station, { kind: 'mediation', receivedDate, parties: PARTIES });
  return ok(core.services.mutations.run('case.register', input, mediator)).id;
}

async function documentText(caseId: string, templateId: string, user: SessionUser): Promise<string> {
  const r = ok(await core.services.documents.generate(caseId, templateId, {}, user, true));
  if (!('document' in r)) throw new Error(`${templateId} not produced: ${JSON.stringify(r)}`);
  const file = ok(core.services.documents.download(r.document.id));
  return normalizedText(Buffer.from(file.dataBase64, 'base64'));
}

/** Parties with everything a 调解协议书 names (addresses, the employer's legal representative). */
const PARTIES = [
  {
    kind: 'worker' as const,
    role: 'applicant' as const,
    name: '张三',
    idNumber: '11010519491231002X',
    address: '示例市东城区建国路 88 号',
  },
  {
    kind: 'employer' as const,
    role: 'respondent' as const,
    name: '福州市某某科技有限公司',
    creditCode: '91350100M000100Y43',
    address: '示例市朝阳区望京街 6 号',
    legalRep: '李四',
    legalRepTitle: '执行董事',
  },
];

const officialNo = (caseId: string) => core.services.repos.cases.get(caseId)?.officialNo ?? null;

beforeAll(async () => {
  core = createTestCore({ now: () => Date.parse('2026-10-20T02:00:00Z') });
  admin = initialize(core);
  adminUser = sessionOf(admin);
  station = ok(
    core.services.mutations.run(
      'office.create',
      { kind: 'station', name: STATION_NAME, shortName: '某街', parentId: admin.officeId as string },
      admin,
    ),
  ).id;
  mediator = staff(station, 'stationmed', ['mediator']);
  mediatorUser = sessionOf(mediator);
  staff(station, 'stationadmin', ['admin']);
  staff(admin.officeId as string, 'committeeadmin', ['admin']);
  ok(await signIn('stationadmin', 'station'));
  ok(await signIn('committeeadmin', 'committee'));
});
afterAll(() => core.dispose());

describe("a station's profile", () => {
  it("defaults to the station's own name and the default mediation series", async () => {
    const r = await call('officeProfile:get', { officeId: station }, 'station');
    expect(r).toMatchObject({
      ok: true,
      value: {
        name: STATION_NAME,
        shortName: '某街',
        sealText: STATION_NAME,
        numberPattern: '{简称}调字〔{年}〕第{号}号',
      },
    });
  });

  it('refuses a pattern without {号}, naming the field', async () => {
    const r = await call(
      'officeProfile:set',
      {
        officeId: station,
        name: STATION_NAME,
        shortName: '某街',
        address: '',
        phone: '',
        sealText: '',
        numberPattern: '{简称}调〔{年}〕',
      },
      'station',
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (r.ok) return;
    expect(r.error.message).toBe('调解案号格式：调解案号格式必须包含{号}');
  });

  it('is not offered for the committee, whose profile stays in committee.profile', async () => {
    const r = await call('officeProfile:get', { officeId: admin.officeId }, 'committee');
    expect(r).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it("is edited by the station's own administrator and stored as a setting row of the station", async () => {
    const r = await call(
      'officeProfile:set',
      {
        officeId: station,
        name: '某街道人民调解委员会',
        shortName: '某街调',
        address: '某街道 8 号',
        phone: '0591-22223333',
        sealText: '某街道人民调解委员会',
        numberPattern: '{简称}字〔{年}〕第{号}号',
      },
      'station',
    );
    expect(r).toEqual({ ok: true, value: { saved: true } });
    const out = core.services.repos.outbox.list().at(-1);
    expect(out).toMatchObject({ name: 'settings.set' });
    const changes = JSON.parse(out?.changes ?? '[]') as { id: string; row: { officeId: string } }[];
    expect(changes.map((c) => [c.id, c.row.officeId])).toEqual([[`office.profile.${station}`, station]]);
  });

  it('is edited by the committee administrator too, but not by another station', async () => {
    const other = ok(
      core.services.mutations.run(
        'office.create',
        { kind: 'station', name: '另一调解中心', shortName: '另一', parentId: admin.officeId as string },
        admin,
      ),
    ).id;
    const got = await call('officeProfile:get', { officeId: other }, 'committee');
    if (!got.ok) throw new Error(got.error.message);
    const byCommittee = await call(
      'officeProfile:set',
      { officeId: other, ...(got.value as object), phone: '0591-1' },
      'committee',
    );
    expect(byCommittee).toEqual({ ok: true, value: { saved: true } });
    const byStation = await call(
      'officeProfile:set',
      { officeId: other, ...(got.value as object) },
      'station',
    );
    expect(byStation).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: '只能修改本机构或下属调解组织的文书设置' },
    });
  });
});

describe("a station's mediation case", () => {
  it("is numbered from the station's series at 受理, one counter per year, and found by it", async () => {
    const first = stationCase('2026-09-01');
    const second = stationCase('2026-09-01');
    expect(officialNo(first)).toBeNull();
    act(first, 'med.accept', '2026-09-02');
    act(second, 'med.accept', '2026-09-03');
    expect(officialNo(first)).toBe('某街调字〔2026〕第1号');
    expect(officialNo(second)).toBe('某街调字〔2026〕第2号');
    const found = await call('cases:list', { query: '某街调字〔2026〕第2号' }, 'committee');
    expect(found).toMatchObject({ ok: true, value: { total: 1, rows: [{ id: second }] } });
  });

  it('gives a 调解协议书 headed and sealed by the station, with its number, never the committee', async () => {
    const c = stationCase('2026-09-01');
    act(c, 'med.accept', '2026-09-02');
    act(c, 'med.agreement', '2026-09-08', {
      terms: '被申请人于 2026 年 9 月 30 日前支付申请人加班费 12,345.00 元。',
      performBy: '2026-09-30',
    });
    const no = officialNo(c);
    expect(no).toMatch(/^某街调字〔2026〕第\d+号$/);
    const text = await documentText(c, 'med_agreement', mediatorUser);
    expect(text).toContain('某街道人民调解委员会');
    expect(text).toContain(no);
    expect(text).not.toContain(COMMITTEE_NAME);
    expect(text).not.toContain('PROV-');
  });

  it('gives a 终止调解告知书 of the station too', async () => {
    const c = stationCase('2026-09-01');
    act(c, 'med.accept', '2026-09-02');
    act(c, 'med.failed', '2026-09-16', { reasons: '双方对赔偿金额分歧较大' });
    const text = await documentText(c, 'med_failure_notice', mediatorUser);
    expect(text).toContain('某街道人民调解委员会');
    expect(text).toContain(officialNo(c));
    expect(text).not.toContain(COMMITTEE_NAME);
  });
});

describe("the committee's own cases", () => {
  it('a mediation case at the committee keeps its provisional number', () => {
    const input = aCase(admin.officeId as string, { kind: 'mediation', receivedDate: '2026-09-01' });
    const c = ok(core.services.mutations.run('case.register', input, admin));
    ok(
      core.services.mutations.run(
        'case.performAction',
        { caseId: c.id, action: 'med.accept', occurredOn: '2026-09-02', payload: {} },
        admin,
      ),
    );
    expect(officialNo(c.id)).toBeNull();
  });

  it("an award still carries the committee's name and 案号", async () => {
    // A claim without a calculator, so the award needs no 要素表 figures.
    const { caseId } = caseAtHearing(core, admin, {
      parties: PARTIES,
      reasons: ['confirm_relationship'],
      claims: [{ type: 'confirm_relationship', description: '确认劳动关系' }],
    });
    const clerk = staff(admin.officeId as string, 'clerk', ['clerk']);
    ok(core.services.mutations.run('case.assignClerk', { caseId, clerkId: clerk.id }, admin));
    const entry = {
      claimId: null,
      kind: 'confirm_relationship' as const,
      label: '确认劳动关系',
      amountFen: null,
      dismissed: false,
      text: '确认申请人与被申请人自2019年3月15日至2025年9月30日存在劳动关系',
    };
    ok(
      core.services.mutations.run(
        'case.performAction',
        {
          caseId,
          action: 'arb.awarded',
          occurredOn: '2026-10-20',
          payload: { ...awardPayloadFrom([entry], SAMPLE_MIN_WAGE, '裁决摘要'), confirmed: true },
        },
        admin,
      ),
    );
    const no = officialNo(caseId);
    expect(no).toMatch(/^示劳劳人仲案字〔2026〕第\d+号$/);
    const text = await documentText(caseId, 'award', adminUser);
    expect(text).toContain(COMMITTEE_NAME);
    expect(text).toContain(no);
    expect(text).not.toContain('某街道人民调解委员会');
  });
});

// Last: it enrols the desktop (sync.server_url), which changes how arbitration cases are numbered for the rest.
describe('with a central server', () => {
  it('is numbered by the station even when the desktop is enrolled with a central server', () => {
    core.services.repos.meta.set('sync.server_url', 'http://127.0.0.1:9');
    const c = stationCase('2026-09-01');
    act(c, 'med.accept', '2026-09-04');
    expect(officialNo(c)).toMatch(/^某街调字〔2026〕第\d+号$/);
    // …while the committee's 案号 is left to the centre (the case keeps its provisional number until synced).
    const reg = aCase(admin.officeId as string, { receivedDate: '2026-10-19' });
    const arb = ok(core.services.mutations.run('case.register', reg, admin)).id;
    ok(
      core.services.mutations.run(
        'case.performAction',
        { caseId: arb, action: 'arb.accept', occurredOn: '2026-10-20', payload: { simple: false } },
        admin,
      ),
    );
    expect(officialNo(arb)).toBeNull();
  });
});
