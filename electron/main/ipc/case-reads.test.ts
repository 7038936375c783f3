import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aCase } from '../../../tests/helpers/builders';
import { ADMIN_PASSWORD, createTestCore, initialize, type TestCore } from '../../../tests/helpers/core';
import type { Actor } from '../mutations/types';

/**
 * Reads are checked per case on every channel that names one (issue 15 item 5), through the real dispatcher: a
 * station's person cannot open a sibling station's case by id; the committee sees its stations' cases.
 */
const NOW = Date.UTC(2026, 10, 25, 2, 0);
let core: TestCore;
let admin: Actor;
let eastCase: string;
let westCase: string;

const station = (name: string, shortName: string, username: string): string => {
  const s = core.services.offices.createStation({ name, shortName }, admin);
  if (!s.ok) throw new Error(s.error.message);
  const m = core.services.staff.create(
    {
      officeId: s.value.id,
      name: `${shortName}调解员`,
      username,
      password: 'password-123',
      roles: ['mediator'],
    },
    admin,
  );
  if (!m.ok) throw new Error(m.error.message);
  return s.value.id;
};
const register = (officeId: string): string => {
  const r = core.services.mutations.run('case.register', aCase(officeId, { kind: 'mediation' }), admin);
  if (!r.ok) throw new Error(r.error.message);
  return r.value.id;
};
const call = (channel: string, input: unknown, sessionKey: string) =>
  core.dispatcher.dispatch(channel, input, { sessionKey });

beforeEach(async () => {
  core = createTestCore({ now: () => NOW });
  admin = initialize(core);
  eastCase = register(station('东街道调解组织', '东街', 'east'));
  westCase = register(station('西街道调解组织', '西街', 'west'));
  for (const [key, username, password] of [
    ['east', 'east', 'password-123'],
    ['admin', 'admin', ADMIN_PASSWORD],
  ] as const)
    expect((await call('auth:signIn', { username, password }, key)).ok).toBe(true);
});
afterEach(() => core.dispose());

const READS: [string, (id: string) => unknown][] = [
  ['cases:get', (id) => ({ id })],
  ['cases:timeline', (id) => ({ id })],
  ['cases:procedure', (id) => ({ id })],
  ['cases:corrections', (id) => ({ id })],
  ['cases:review', (id) => ({ id })],
  ['elements:case', (id) => ({ id })],
  ['documents:list', (caseId) => ({ caseId })],
];

describe('per-case read checks', () => {
  it.each(READS)("%s: a station reads its own case, never a sibling station's", async (channel, input) => {
    const own = await call(channel, input(eastCase), 'east');
    expect(own.ok || own.error.code !== 'FORBIDDEN', JSON.stringify(own)).toBe(true);
    const other = await call(channel, input(westCase), 'east');
    expect(other).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(!other.ok && other.error.message).toContain('无权查看');
  });

  it.each(READS)('%s: the committee reads its stations’ cases', async (channel, input) => {
    const r = await call(channel, input(westCase), 'admin');
    expect(r.ok || r.error.code !== 'FORBIDDEN', JSON.stringify(r)).toBe(true);
  });

  it('an unknown case is NOT_FOUND, not a refusal', async () => {
    const r = await call('cases:get', { id: '01a2152b-0000-7000-8000-00000000abcd' }, 'east');
    expect(r).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
