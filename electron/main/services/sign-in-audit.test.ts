import { scryptSync } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { SCRYPT_PARAMS, storedParams, toBase64 } from '../../../shared/auth/password-hash';
import {
  ADMIN_PASSWORD,
  createTestCore,
  initialize,
  TEST_SCRYPT_PARAMS,
  type TestCore,
} from '../../../tests/helpers/core';
import type { Actor } from '../mutations/types';

/**
 * Sign-in's stored hashes and its audit (issue 15 item 4), through the real core over a real SQLite file: a hash
 * written with the old parameters signs in and is replaced in one mutation, a hash the format refuses never signs
 * in, and each refusal of an existing account is an entry in the audit chain.
 */
const PASSWORD = 'old-password-1';
/** The parameters every hash had before they were raised (and a test core's cheap ones are different again). */
const OLD = { N: 2 ** 14, r: 8, p: 1 };
const SALT = Buffer.alloc(16, 3);

function hashWithKey(params: typeof OLD, keylen: number): string {
  const key = scryptSync(PASSWORD, SALT, keylen, { ...params, maxmem: 2 * 128 * params.N * params.r });
  return `scrypt$${params.N}$${params.r}$${params.p}$${toBase64(SALT)}$${toBase64(key)}`;
}

let core: TestCore;
afterEach(() => core.dispose());

/** An account whose stored hash is given as is (staff.create carries a hash, never a password). */
function accountWithHash(admin: Actor, username: string, passwordHash: string): string {
  const r = core.services.mutations.run(
    'staff.create',
    { officeId: admin.officeId, name: '老同事', username, passwordHash, roles: ['clerk'] },
    admin,
  );
  if (!r.ok) throw new Error(r.error.message);
  return r.value.id;
}
const storedHash = (id: string) => core.services.repos.staff.get(id)?.passwordHash ?? '';
const auditOf = (mutation: string) => core.services.repos.audit.list().filter((a) => a.mutation === mutation);

describe('stored password hashes', () => {
  it("upgrades an old-parameter hash to today's defaults on a good sign-in, in one audited mutation", () => {
    // The real defaults (N = 2^17), as the desktop runs: the one core test that pays their cost.
    core = createTestCore({ scryptParams: SCRYPT_PARAMS });
    const id = accountWithHash(initialize(core), 'old-clerk', hashWithKey(OLD, 32));
    const outboxBefore = core.services.repos.outbox.list().length;

    expect(core.services.auth.signIn('old-clerk', PASSWORD)).toMatchObject({ ok: true, value: { id } });

    const upgraded = storedHash(id);
    expect(storedParams(upgraded)).toEqual(SCRYPT_PARAMS);
    const [entry] = auditOf('staff.upgradePasswordHash');
    expect(entry).toMatchObject({
      userId: id,
      entity: 'staff',
      entityId: id,
      before: { passwordParams: OLD },
      after: { passwordParams: SCRYPT_PARAMS },
    });
    // Synced like any change of the staff row: one outbox entry carrying the new hash, none of the password.
    const outbox = core.services.repos.outbox.list().slice(outboxBefore);
    expect(outbox.map((o) => o.name)).toEqual(['staff.upgradePasswordHash']);
    expect(JSON.stringify(core.services.repos.audit.list())).not.toContain('scrypt$');
    expect(JSON.stringify([outbox, core.services.repos.audit.list()])).not.toContain(PASSWORD);
    // The new hash opens the account, and once upgraded the next sign-in writes nothing.
    expect(core.services.auth.signIn('old-clerk', PASSWORD).ok).toBe(true);
    expect(storedHash(id)).toBe(upgraded);
    expect(auditOf('staff.upgradePasswordHash')).toHaveLength(1);
  });

  it('upgrades to whatever parameters the core was given, and leaves a current or stronger hash alone', () => {
    const newer = { ...TEST_SCRYPT_PARAMS, N: TEST_SCRYPT_PARAMS.N * 2 };
    core = createTestCore({ scryptParams: newer });
    const admin = initialize(core);
    const id = accountWithHash(admin, 'old-clerk', hashWithKey(TEST_SCRYPT_PARAMS, 32));
    // Written by something that raised the parameters further (a newer version): never downgraded.
    const strongHash = hashWithKey({ ...newer, r: 2 }, 32);
    const strong = accountWithHash(admin, 'strong-clerk', strongHash);
    expect(core.services.auth.signIn('old-clerk', PASSWORD).ok).toBe(true);
    expect(storedParams(storedHash(id))).toEqual(newer);
    expect(core.services.auth.signIn('strong-clerk', PASSWORD).ok).toBe(true);
    expect(storedHash(strong)).toBe(strongHash);
    // The admin's hash was written with the core's parameters: signing in changes nothing.
    expect(core.services.auth.signIn('admin', ADMIN_PASSWORD).ok).toBe(true);
    expect(auditOf('staff.upgradePasswordHash').map((a) => a.userId)).toEqual([id]);
  });

  it.each([
    ['a 16-byte key', () => hashWithKey(OLD, 16)],
    // Written by hand: computing it would need 2 GiB, which is the point of refusing it.
    [
      'N = 2^21 (beyond what a sign-in may spend)',
      () => hashWithKey(OLD, 32).replace('$16384$', `$${2 ** 21}$`),
    ],
    ['N = 2^10 (weaker than anything this app wrote)', () => hashWithKey({ ...OLD, N: 2 ** 10 }, 32)],
  ])(
    'refuses a stored hash with %s even with the right password, and does not upgrade it',
    (_label, make) => {
      core = createTestCore();
      const admin = initialize(core);
      const stored = make();
      const id = accountWithHash(admin, 'planted', stored);
      expect(core.services.auth.signIn('planted', PASSWORD)).toMatchObject({
        ok: false,
        error: { code: 'UNAUTHENTICATED', message: '用户名或密码不正确' },
      });
      expect(storedHash(id)).toBe(stored);
      expect(auditOf('staff.upgradePasswordHash')).toEqual([]);
    },
  );
});

describe('refused sign-ins', () => {
  it('are audited for an existing account (failed, then throttled), never with the password', () => {
    let clock = Date.UTC(2026, 10, 25, 2, 0);
    core = createTestCore({ now: () => clock });
    const admin = initialize(core);
    for (let i = 0; i < 4; i++) core.services.auth.signIn('admin', 'secret-guess');
    expect(core.services.auth.signIn('admin', ADMIN_PASSWORD)).toMatchObject({
      error: { code: 'THROTTLED' },
    });
    clock += 1000;
    expect(core.services.auth.signIn('admin', ADMIN_PASSWORD).ok).toBe(true);

    const refused = auditOf('staff.recordSignInRefusal');
    expect(refused.map((a) => [a.userId, a.entityId, a.after])).toEqual([
      ...Array.from({ length: 4 }, () => [admin.id, admin.id, { signIn: 'failed', waitMs: null }]),
      [admin.id, admin.id, { signIn: 'throttled', waitMs: 1000 }],
    ]);
    expect(refused[0]?.at).toBe(new Date(Date.UTC(2026, 10, 25, 2, 0)).toISOString());
    // In the chain like every other entry: it still verifies.
    expect(core.services.audit.verify(admin)).toMatchObject({ ok: true, value: { broken: null } });
    const dump = JSON.stringify([
      core.services.repos.audit.list(),
      core.services.repos.outbox.list(),
      core.logs,
    ]);
    expect(dump).not.toContain('secret-guess');
  });

  it('of an unknown username are only logged: there is no account to file them under', () => {
    core = createTestCore();
    initialize(core);
    expect(core.services.auth.signIn('nobody', 'whatever').ok).toBe(false);
    expect(auditOf('staff.recordSignInRefusal')).toEqual([]);
    expect(core.logs.some((l) => l.includes('sign-in refused') && l.includes('nobody'))).toBe(true);
  });
});
