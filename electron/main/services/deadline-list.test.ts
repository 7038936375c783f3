import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeadlineRow } from '../../../shared/contracts/procedure.schema';
import { aCase } from '../../../tests/helpers/builders';
import { createTestCore, initialize, type TestCore } from '../../../tests/helpers/core';
import type { Actor } from '../mutations/types';

// Issue 10 item 5: 书记员 see the 期限待办 of every case of their office (and its stations), filterable by A角, as
// the 主任 does; 本周到期 does not repeat the overdue items. Through the service and through the handler.

/** Today is Wednesday 2026-11-18 (China time). */
const NOW = Date.parse('2026-11-18T02:00:00Z');
let core: TestCore;
let admin: Actor;
let committee: string;
let station: string;
let arb: string[];
let cases: { overdue: string; dueToday: string; atStation: string };

const ok = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

function staff(officeId: string, username: string, roles: string[]): string {
  return ok(
    core.services.staff.create(
      { officeId, name: username, username, password: 'password-123', roles: roles as never },
      admin,
    ),
  ).id;
}

function registered(officeId: string, kind: 'arbitration' | 'mediation', receivedDate: string): string {
  return ok(core.services.mutations.run('case.register', aCase(officeId, { kind, receivedDate }), admin)).id;
}

const act = (caseId: string, action: string, occurredOn: string, payload: Record<string, unknown>) =>
  ok(core.services.mutations.run('case.performAction', { caseId, action, occurredOn, payload }, admin));

beforeEach(() => {
  core = createTestCore({ now: () => NOW });
  admin = initialize(core);
  committee = admin.officeId as string;
  station = ok(
    core.services.mutations.run(
      'office.create',
      { kind: 'station', name: '某街道劳动争议调解中心', shortName: '某街道', parentId: committee },
      admin,
    ),
  ).id;
  staff(committee, 'clerk', ['clerk']);
  staff(station, 'stationclerk', ['clerk']);
  arb = [staff(committee, 'arb1', ['arbitrator']), staff(committee, 'arb2', ['arbitrator'])];
  // Accepted Mon 11-02: copy and tribunal notice due Mon 11-09 — overdue today.
  const overdue = registered(committee, 'arbitration', '2026-11-02');
  act(overdue, 'arb.accept', '2026-11-02', { simple: false });
  // Accepted Wed 11-11: due five working days later, today.
  const dueToday = registered(committee, 'arbitration', '2026-11-11');
  act(dueToday, 'arb.accept', '2026-11-11', { simple: false });
  ok(
    core.services.mutations.run(
      'case.assign',
      { caseId: dueToday, a: arb[0], b: arb[1], kind: 'override', reason: '测试' },
      admin,
    ),
  );
  // A station's mediation application received Tue 11-17: acceptance decided within 3 working days → Fri 11-20.
  const atStation = registered(station, 'mediation', '2026-11-17');
  cases = { overdue, dueToday, atStation };
});
afterEach(() => core.dispose());

const keys = (rows: readonly Pick<DeadlineRow, 'caseId' | 'ruleId'>[]) =>
  rows.map((r) => `${Object.entries(cases).find(([, id]) => id === r.caseId)?.[0]}:${r.ruleId}`).sort();

describe('windows do not overlap with 已超期', () => {
  it.each([
    ['overdue', ['overdue:arb.serve_copy', 'overdue:arb.tribunal_notice']],
    ['today', ['dueToday:arb.serve_copy', 'dueToday:arb.tribunal_notice']],
    ['week', ['atStation:med.accept_review', 'dueToday:arb.serve_copy', 'dueToday:arb.tribunal_notice']],
  ] as const)('%s', (window, expected) => {
    const rows = core.services.deadlines.list(window, { kind: 'all' });
    expect(keys(rows)).toEqual(expected);
    if (window !== 'overdue') expect(rows.every((r) => (r.dueDate ?? '9999') >= '2026-11-18')).toBe(true);
  });
  it('全部未完成 lists every open deadline, overdue ones included', () => {
    const rows = core.services.deadlines.list('open', { kind: 'all' });
    expect(keys(rows)).toEqual(
      expect.arrayContaining([
        'overdue:arb.serve_copy',
        'dueToday:arb.award_limit',
        'atStation:med.fifteen_days',
      ]),
    );
  });
});

describe('deadlines:list through the handler', () => {
  const signIn = async (username: string, password: string) => {
    const r = await core.dispatcher.dispatch('auth:signIn', { username, password }, { sessionKey: username });
    if (!r.ok) throw new Error(r.error.message);
  };
  const list = async (username: string, input: Record<string, unknown>) => {
    const r = await core.dispatcher.dispatch('deadlines:list', input, { sessionKey: username });
    if (!r.ok) throw new Error(r.error.message);
    return r.value as DeadlineRow[];
  };
  const casesOf = (rows: readonly Pick<DeadlineRow, 'caseId' | 'ruleId'>[]) =>
    [...new Set(keys(rows).map((k) => k.split(':')[0]))].sort();

  it('a committee clerk’s 全部 is every case of the committee and its stations', async () => {
    await signIn('clerk', 'password-123');
    expect(casesOf(await list('clerk', { scope: 'all', window: 'open' }))).toEqual([
      'atStation',
      'dueToday',
      'overdue',
    ]);
    // 我的: a clerk is nobody's A角 here and registered nothing.
    expect(await list('clerk', { scope: 'mine', window: 'open' })).toEqual([]);
  });

  it('a station clerk’s 全部 is the station’s cases only', async () => {
    await signIn('stationclerk', 'password-123');
    expect(casesOf(await list('stationclerk', { scope: 'all', window: 'open' }))).toEqual(['atStation']);
  });

  it('an arbitrator asking for 全部 gets their own list', async () => {
    await signIn('arb1', 'password-123');
    expect(casesOf(await list('arb1', { scope: 'all', window: 'open' }))).toEqual(['dueToday']);
  });

  it('filters by A角, or by cases without one', async () => {
    await signIn('clerk', 'password-123');
    expect(casesOf(await list('clerk', { scope: 'all', window: 'open', handler: arb[0] }))).toEqual([
      'dueToday',
    ]);
    expect(casesOf(await list('clerk', { scope: 'all', window: 'open', handler: arb[1] }))).toEqual([]);
    expect(casesOf(await list('clerk', { scope: 'all', window: 'open', handler: 'unassigned' }))).toEqual([
      'atStation',
      'overdue',
    ]);
    const bad = await core.dispatcher.dispatch(
      'deadlines:list',
      { scope: 'all', window: 'open', handler: 'x' },
      { sessionKey: 'clerk' },
    );
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
