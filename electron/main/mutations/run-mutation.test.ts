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

const count = (table: string) =>
  (core.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const TABLES = [
  'cases',
  'parties',
  'claims',
  'events',
  'outbox',
  'audit_log',
  'shadow',
  'case_search',
  'case_reasons',
];
const snapshot = () => Object.fromEntries(TABLES.map((t) => [t, count(t)]));

describe('a mutation', () => {
  it('writes domain rows, one outbox row and one audit row in the same transaction', () => {
    const before = snapshot();
    const r = core.services.mutations.run('case.register', aCase(admin.officeId as string), admin);
    expect(r.ok).toBe(true);
    const after = snapshot();
    expect(after['cases']).toBe((before['cases'] ?? 0) + 1);
    expect(after['parties']).toBe((before['parties'] ?? 0) + 2);
    expect(after['claims']).toBe((before['claims'] ?? 0) + 1);
    expect(after['events']).toBe((before['events'] ?? 0) + 1);
    expect(after['outbox']).toBe((before['outbox'] ?? 0) + 1);
    expect(after['audit_log']).toBe((before['audit_log'] ?? 0) + 1);

    const outbox = core.services.repos.outbox.list().at(-1);
    expect(outbox?.name).toBe('case.register');
    expect(outbox?.state).toBe('pending');
    const args = JSON.parse(outbox?.args ?? '{}') as {
      id: string;
      parties: { id: string }[];
      provisionalNo: string;
    };
    // The intent carries every id it created, so replaying it elsewhere yields the same rows (sync §2.3).
    expect(r.ok && args.id).toBe(r.ok ? r.value.id : '');
    expect(args.parties.every((p) => typeof p.id === 'string')).toBe(true);
    expect(JSON.parse(outbox?.bases ?? '[]')).toContainEqual({
      entity: 'case',
      id: args.id,
      field: '*',
      baseSeq: 0,
    });
  });

  it('records who did it, when, and the before/after images in the audit row', () => {
    const r = core.services.mutations.run('case.register', aCase(admin.officeId as string), admin);
    if (!r.ok) throw new Error(r.error.message);
    const audit = core.services.repos.audit.list().at(-1);
    expect(audit).toMatchObject({
      userId: admin.id,
      mutation: 'case.register',
      entity: 'case',
      entityId: r.value.id,
      caseId: r.value.id,
      before: null,
      status: 'pending',
    });
    const after = audit?.after as {
      case: { status: string };
      parties: { name: string; idNumber: string | null }[];
    };
    expect(after.case.status).toBe('received');
    expect(after.parties.map((p) => p.name)).toEqual(['张三', '福州市某某科技有限公司']);
    expect(after.parties[0]?.idNumber).toBe('11010519491231002X');
    expect(Date.parse(audit?.at ?? '')).not.toBeNaN();
  });

  it('leaves no domain, outbox or audit row behind when it fails half-way', () => {
    const before = snapshot();
    const dupId = '01a2152b-0000-7000-8000-000000000001';
    // The case row is inserted first; the second party with the same id then violates the primary key.
    const input = aCase(admin.officeId as string, {
      parties: [
        { id: dupId, kind: 'worker', role: 'applicant', name: '李四' },
        { id: dupId, kind: 'employer', role: 'respondent', name: '某公司' },
      ],
    });
    const r = core.services.mutations.run('case.register', input, admin);
    expect(r.ok).toBe(false);
    expect(snapshot()).toEqual(before);
  });

  it('refuses invalid args with field-named Chinese messages and writes nothing', () => {
    const before = snapshot();
    const r = core.services.mutations.run(
      'case.register',
      aCase(admin.officeId as string, {
        receivedDate: '2026-13-01',
        parties: [
          { kind: 'worker', role: 'applicant', name: '王五', idNumber: '110105194912310021' },
          { kind: 'employer', role: 'respondent', name: '某公司', creditCode: '91350100M000100Y44' },
        ],
        claims: [{ type: 'overtime', amountFen: -5 }],
      }),
      admin,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('VALIDATION');
    const messages = (r.error.details as { issues: { message: string }[] }).issues.map((i) => i.message);
    expect(messages.some((m) => m.startsWith('收件日期'))).toBe(true);
    expect(messages.some((m) => m.includes('公民身份号码') && m.includes('校验位'))).toBe(true);
    expect(messages.some((m) => m.includes('统一社会信用代码'))).toBe(true);
    expect(messages.some((m) => m.includes('金额') && m.includes('负数'))).toBe(true);
    expect(snapshot()).toEqual(before);
  });

  it('checks the actor\u2019s roles in the database on every call', () => {
    const officeId = admin.officeId as string;
    const clerk = core.services.staff.create(
      { officeId, name: '书记员甲', username: 'clerk1', password: 'password-1', roles: ['clerk'] },
      admin,
    );
    if (!clerk.ok) throw new Error(clerk.error.message);
    const clerkActor: Actor = { id: clerk.value.id, roles: ['clerk'], officeId };
    expect(core.services.mutations.run('case.register', aCase(officeId), clerkActor).ok).toBe(true);
    // Claiming a role the account does not have changes nothing: the database decides.
    const forged: Actor = { ...clerkActor, roles: ['admin'] };
    const r = core.services.staff.create(
      { officeId, name: 'x', username: 'x2', password: 'password-2', roles: ['admin'] },
      forged,
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('FORBIDDEN');
    const ghost = core.services.mutations.run('case.register', aCase(officeId), {
      id: 'nobody',
      roles: ['admin'],
      officeId,
    });
    expect(!ghost.ok && ghost.error.code).toBe('UNAUTHENTICATED');
  });

  it('never stores a password, only its scrypt hash, and keeps the hash out of the audit log', () => {
    const officeId = admin.officeId as string;
    const r = core.services.staff.create(
      { officeId, name: '调解员乙', username: 'med2', password: 'secret-pass-77', roles: ['mediator'] },
      admin,
    );
    expect(r.ok).toBe(true);
    const dump = JSON.stringify([core.services.repos.outbox.list(), core.services.repos.audit.list()]);
    expect(dump).not.toContain('secret-pass-77');
    expect(JSON.stringify(core.services.repos.audit.list())).not.toContain('scrypt$');
    expect(core.services.auth.signIn('med2', 'secret-pass-77').ok).toBe(true);
    expect(core.services.auth.signIn('med2', 'wrong-pass-77').ok).toBe(false);
  });

  it('keeps the procedural log and the audit log append-only', () => {
    const r = core.services.mutations.run('case.register', aCase(admin.officeId as string), admin);
    if (!r.ok) throw new Error(r.error.message);
    expect(() => core.db.prepare("UPDATE events SET type = 'x'").run()).toThrow(/append-only/);
    expect(() => core.db.prepare('DELETE FROM events').run()).toThrow(/append-only/);
    expect(() => core.db.prepare("UPDATE audit_log SET after = '{}'").run()).toThrow(/append-only/);
    expect(() => core.db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
  });

  it('runs a batch as one transaction: one bad item rolls back the whole batch', () => {
    const before = snapshot();
    const officeId = admin.officeId as string;
    const good = { ...aCase(officeId), status: 'closed' as const };
    const bad = { ...aCase(officeId, { receivedDate: 'yesterday' }), status: 'closed' as const };
    const r = core.services.mutations.runBatch('case.importHistorical', [good, good, bad], admin);
    expect(r.ok).toBe(false);
    expect(snapshot()).toEqual(before);
    const r2 = core.services.mutations.runBatch('case.importHistorical', [good, good], admin);
    expect(r2.ok && r2.value.length).toBe(2);
    expect(count('outbox') - (before['outbox'] ?? 0)).toBe(2);
  });
});
