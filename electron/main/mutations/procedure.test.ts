import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aCase } from '../../../tests/helpers/builders';
import { createTestCore, initialize, type TestCore } from '../../../tests/helpers/core';
import type { Actor } from './types';

let core: TestCore;
let admin: Actor;
beforeEach(() => {
  core = createTestCore();
  admin = initialize(core);
});
afterEach(() => core.dispose());

const act = (caseId: string, action: string, occurredOn: string, payload: Record<string, unknown> = {}) =>
  core.services.mutations.run('case.performAction', { caseId, action, occurredOn, payload }, admin);

describe('evidence attachments', () => {
  it('stores the file content-addressed, refuses unknown ones, and makes the outbox wait for the upload', () => {
    const reg = core.services.mutations.run(
      'case.register',
      aCase(admin.officeId as string, { receivedDate: '2026-09-01' }),
      admin,
    );
    if (!reg.ok) throw new Error(reg.error.message);
    expect(act(reg.value.id, 'arb.accept', '2026-09-02', { simple: false }).ok).toBe(true);
    const up = core.services.attachments.upload({
      name: '送达回证.pdf',
      mime: 'application/pdf',
      dataBase64: Buffer.from('%PDF-1.4 回证').toString('base64'),
    });
    if (!up.ok) throw new Error(up.error.message);
    expect(up.value.sha256).toMatch(/^[0-9a-f]{64}$/);
    const again = core.services.attachments.upload({
      name: 'copy.pdf',
      mime: 'application/pdf',
      dataBase64: Buffer.from('%PDF-1.4 回证').toString('base64'),
    });
    expect(again.ok && again.value.sha256).toBe(up.value.sha256);
    const service = {
      document: 'application_copy',
      addressee: '某公司',
      addresseeRole: 'respondent',
      method: 'direct',
      sentOn: '2026-09-03',
      servedOn: '2026-09-03',
    };
    const missing = act(reg.value.id, 'service.record', '2026-09-03', {
      ...service,
      evidenceFile: { ...up.value, sha256: 'f'.repeat(64) },
    });
    expect(missing).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(act(reg.value.id, 'service.record', '2026-09-03', { ...service, evidenceFile: up.value }).ok).toBe(
      true,
    );
    expect(core.services.repos.outbox.list().at(-1)?.blobDeps).toBe(JSON.stringify([up.value.sha256]));
    const got = core.services.attachments.get(up.value.sha256);
    expect(got.ok && Buffer.from(got.value.dataBase64, 'base64').toString()).toBe('%PDF-1.4 回证');
  });
});

describe('procedural steps through the mutation path', () => {
  it('accepts a case, records service with its deemed date, and projects status onto the case row', () => {
    const reg = core.services.mutations.run(
      'case.register',
      aCase(admin.officeId as string, { receivedDate: '2026-09-01' }),
      admin,
    );
    if (!reg.ok) throw new Error(reg.error.message);
    const id = reg.value.id;
    expect(act(id, 'arb.accept', '2026-09-02', { simple: false })).toMatchObject({
      ok: true,
      value: { status: 'accepted' },
    });
    const served = act(id, 'service.record', '2026-09-03', {
      document: 'application_copy',
      addressee: '福州市某某科技有限公司',
      addresseeRole: 'respondent',
      method: 'public_notice',
      sentOn: '2026-09-03',
      publishedOn: '2026-09-03',
    });
    expect(served.ok).toBe(true);
    const events = core.services.repos.events.listByCase(id);
    expect(events.map((e) => e.type)).toEqual(['case.received', 'arb.accept', 'service.record']);
    expect(events[2]?.payload['effectiveOn']).toBe('2026-10-03'); // 公告 + 30 days
    const detail = core.services.cases.get(id);
    expect(detail.ok && detail.value.status).toBe('accepted');
    expect(detail.ok && detail.value.acceptedDate).toBe('2026-09-02');
  });

  it('refuses an illegal step with its reason and writes nothing', () => {
    const reg = core.services.mutations.run('case.register', aCase(admin.officeId as string), admin);
    if (!reg.ok) throw new Error(reg.error.message);
    const outboxBefore = core.services.repos.outbox.list().length;
    const r = act(reg.value.id, 'arb.hearingScheduled', '2026-11-21', {
      hearingDate: '2026-12-01',
      time: '09:00',
      place: '一庭',
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '案件尚未受理' } });
    expect(core.services.repos.outbox.list().length).toBe(outboxBefore);
    expect(core.services.repos.events.listByCase(reg.value.id)).toHaveLength(1);
    const future = act(reg.value.id, 'arb.accept', '2099-01-04', { simple: false });
    expect(future).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!future.ok) expect(future.error.message).toContain('晚于今天');
    const bad = act(reg.value.id, 'arb.accept', '2026-11-31', {});
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('transfers a failed mediation to arbitration keeping every party, claim and fact', () => {
    const input = aCase(admin.officeId as string, {
      kind: 'mediation',
      receivedDate: '2026-09-01',
      reasons: ['overtime', 'wage_arrears'],
      summary: '长期加班且拖欠工资',
      parties: [
        {
          kind: 'worker',
          role: 'applicant',
          name: '张三',
          idNumber: '11010519491231002X',
          phone: '13800138000',
          address: '北京市朝阳区',
        },
        {
          kind: 'employer',
          role: 'respondent',
          name: '福州市某某科技有限公司',
          creditCode: '91350100M000100Y43',
          legalRep: '李四',
          legalRepTitle: '总经理',
        },
        {
          kind: 'agent',
          role: 'agent',
          name: '王律师',
          representsIndex: 0,
          agentType: 'lawyer',
          authority: 'special',
        },
      ],
      claims: [
        { type: 'overtime', description: '加班费', amountFen: 1_000_000 },
        { type: 'wage_arrears', description: '工资', amountFen: 500_000 },
      ],
    });
    const reg = core.services.mutations.run('case.register', input, admin);
    if (!reg.ok) throw new Error(reg.error.message);
    const medId = reg.value.id;
    expect(
      core.services.mutations.run(
        'case.transferToArbitration',
        { mediationCaseId: medId, receivedDate: '2026-09-16' },
        admin,
      ),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(act(medId, 'med.accept', '2026-09-02').ok).toBe(true);
    expect(act(medId, 'med.failed', '2026-09-16', { reasons: '双方分歧较大' }).ok).toBe(true);
    const t = core.services.mutations.run(
      'case.transferToArbitration',
      { mediationCaseId: medId, receivedDate: '2026-09-17' },
      admin,
    );
    if (!t.ok) throw new Error(t.error.message);
    const med = core.services.cases.get(medId);
    const arb = core.services.cases.get(t.value.arbitrationCaseId);
    if (!med.ok || !arb.ok) throw new Error('missing');
    const strip = <T extends { id: string; caseId: string; representsPartyId?: string | null }>(xs: T[]) =>
      xs.map(({ id: _id, caseId: _c, representsPartyId: _r, ...rest }) => rest);
    expect(strip(arb.value.parties)).toEqual(strip(med.value.parties));
    expect(arb.value.parties[2]?.representsPartyId).toBe(arb.value.parties[0]?.id);
    expect(strip(arb.value.claims)).toEqual(strip(med.value.claims));
    expect(arb.value).toMatchObject({
      kind: 'arbitration',
      status: 'received',
      summary: '长期加班且拖欠工资',
      reasons: ['overtime', 'wage_arrears'],
      receivedDate: '2026-09-17',
    });
    expect(core.services.repos.events.listByCase(medId).map((e) => e.type)).toEqual([
      'case.received',
      'med.accept',
      'med.failed',
      'med.transferred',
    ]);
    const again = core.services.mutations.run(
      'case.transferToArbitration',
      { mediationCaseId: medId, receivedDate: '2026-09-18' },
      admin,
    );
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '本案已转为仲裁案件' } });
  });
});

describe('送达人 on a service record', () => {
  it('keeps the server and refuses one who is not an active staff member', () => {
    const reg = core.services.mutations.run(
      'case.register',
      aCase(admin.officeId as string, { receivedDate: '2026-09-01' }),
      admin,
    );
    if (!reg.ok) throw new Error(reg.error.message);
    expect(act(reg.value.id, 'arb.accept', '2026-09-02', { simple: false }).ok).toBe(true);
    const service = {
      document: 'application_copy',
      addressee: '某公司',
      addresseeRole: 'respondent',
      method: 'direct',
      sentOn: '2026-09-03',
      servedOn: '2026-09-03',
    };
    const stranger = act(reg.value.id, 'service.record', '2026-09-03', {
      ...service,
      serverId: '01a24bf5-d069-7320-aab8-6db50aeef1ba',
    });
    expect(stranger).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: '送达人须为本委在职工作人员' },
    });
    expect(act(reg.value.id, 'service.record', '2026-09-03', { ...service, serverId: admin.id }).ok).toBe(
      true,
    );
    const view = core.services.procedure.view(reg.value.id, {
      id: admin.id,
      name: '管理员',
      username: 'admin',
      roles: ['admin', 'director'],
      officeId: admin.officeId as string,
      officeName: '示例',
    });
    expect(view.ok && view.value.services.map((s) => s.serverId)).toEqual([admin.id]);
  });
});
