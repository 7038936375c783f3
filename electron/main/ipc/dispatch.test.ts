import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../shared/contracts/channels';
import { aCase } from '../../../tests/helpers/builders';
import { ADMIN_PASSWORD, createTestCore, initialize, type TestCore } from '../../../tests/helpers/core';

let core: TestCore;
let officeId: string;
beforeEach(() => {
  core = createTestCore();
  officeId = initialize(core).officeId as string;
});
afterEach(() => core.dispose());

const call = (channel: string, input: unknown, sessionKey = 's1') =>
  core.dispatcher.dispatch(channel, input, { sessionKey });
const signIn = () => call('auth:signIn', { username: 'admin', password: ADMIN_PASSWORD });

/** Inputs that no channel accepts: wrong types, wrong shapes, hostile strings. */
const MALFORMED: unknown[] = [
  'garbage',
  42,
  [1, 2],
  { id: 5, limit: 'x', offset: -3, cases: 'x', username: 3 },
  { query: 7, limit: -1, id: null, cases: 0 },
  { __proto__: { x: 1 }, cases: 'many', id: '../../etc', limit: 1e9 },
];

describe('dispatch', () => {
  it('rejects malformed input on every channel with VALIDATION and never throws', async () => {
    await signIn();
    for (const channel of CHANNELS) {
      for (const input of MALFORMED) {
        const r = await call(channel, input);
        // Channels without arguments accept an empty object only; everything above is malformed for all of them.
        if (r.ok) throw new Error(`${channel} accepted ${JSON.stringify(input)}`);
        expect(r.error.code, `${channel} ${JSON.stringify(input)}`).toBe('VALIDATION');
      }
    }
  });

  it('rejects an unknown channel with VALIDATION', async () => {
    const r = await call('fs:readFile', { path: '/etc/passwd' });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('requires sign-in for everything but setup and authentication', async () => {
    const r = await call('cases:list', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect((await call('setup:status', {})).ok).toBe(true);
    expect((await signIn()).ok).toBe(true);
    expect((await call('cases:list', {})).ok).toBe(true);
    // Sessions are per caller: another window or browser is still signed out.
    expect(await call('cases:list', {}, 's2')).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
    await call('auth:signOut', {});
    expect(await call('cases:list', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('gives the same message for an unknown user and a wrong password', async () => {
    const a = await call('auth:signIn', { username: 'nobody', password: 'x' });
    const b = await call('auth:signIn', { username: 'admin', password: 'wrong-password' });
    expect(a).toEqual(b);
    expect(a).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', message: '用户名或密码不正确' } });
  });

  it('turns an unexpected exception into INTERNAL with an error id that is in the log', async () => {
    await signIn();
    core.db.exec('DROP TABLE case_reasons');
    const r = await call('cases:list', { reason: 'overtime' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('INTERNAL');
    expect(r.error.errorId).toMatch(/^[0-9a-f]{8}$/);
    expect(r.error.message).toContain(r.error.errorId);
    expect(core.logs.some((l) => l.includes(r.error.errorId as string) && l.includes('case_reasons'))).toBe(
      true,
    );
  });

  it('registers a case, finds it by a 2-character name and returns its timeline', async () => {
    await signIn();
    const reg = await call(
      'cases:register',
      aCase(officeId, {
        parties: [
          { kind: 'worker', role: 'applicant', name: '欧阳春花', idNumber: '440524188001010014' },
          { kind: 'employer', role: 'respondent', name: '某某公司' },
        ],
      }),
    );
    if (!reg.ok) throw new Error(reg.error.message);
    const { id } = reg.value as { id: string };
    const list = await call('cases:list', { query: '春花' });
    expect(list.ok && (list.value as { rows: { id: string }[] }).rows.map((r) => r.id)).toEqual([id]);
    const detail = await call('cases:get', { id });
    expect(detail.ok && (detail.value as { parties: { sex: string | null }[] }).parties[0]?.sex).toBe('male'); // derived from the 公民身份号码
    const timeline = await call('cases:timeline', { id });
    expect(timeline.ok && (timeline.value as { type: string }[]).map((e) => e.type)).toEqual([
      'case.received',
    ]);
    expect(await call('cases:get', { id: '01a2152b-0000-7000-8000-00000000abcd' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('refuses to initialise twice', async () => {
    const r = await call('setup:initialize', {
      committeeName: 'x',
      shortName: 'x',
      adminName: 'x',
      username: 'other',
      password: 'long-enough-1',
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});

describe('calendar gaps through the API', () => {
  it('answer CALENDAR_GAP, never a Monday–Friday guess, until the year is imported', async () => {
    await signIn();
    const ok = await call('calendar:addPeriod', { date: '2026-09-25', count: 10, unit: 'workday' });
    expect(ok).toEqual({ ok: true, value: { date: '2026-10-15' } });
    const gap = await call('calendar:addPeriod', { date: '2026-12-28', count: 5, unit: 'workday' });
    expect(gap).toMatchObject({ ok: false, error: { code: 'CALENDAR_GAP', details: { year: 2027 } } });
    if (!gap.ok) expect(gap.error.message).toContain('2027');
    // Natural days without roll-forward need no holiday data.
    expect(await call('calendar:addPeriod', { date: '2026-12-28', count: 5, unit: 'natural_day' })).toEqual({
      ok: true,
      value: { date: '2027-01-02' },
    });
    const imported = await call('calendar:importYear', {
      year: 2027,
      source: '国办发明电〔2026〕示例号',
      days: [{ date: '2027-01-01', isOffDay: true, name: '元旦' }],
    });
    expect(imported.ok).toBe(true);
    expect(await call('calendar:addPeriod', { date: '2026-12-28', count: 5, unit: 'workday' })).toEqual({
      ok: true,
      value: { date: '2027-01-05' },
    });
  });
});
