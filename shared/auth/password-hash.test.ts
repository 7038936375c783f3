import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  acceptableParams,
  DUMMY_HASH,
  fromBase64,
  hashPasswordWith,
  needsRehash,
  SCRYPT_PARAMS,
  toBase64,
  verifyDummyWith,
  verifyPasswordWith,
  type ScryptFn,
} from './password-hash';

const scrypt: ScryptFn = (pw, salt, keylen, { N, r, p, maxmem }) =>
  scryptSync(pw, salt, keylen, { N, r, p, maxmem });
const SALT = Uint8Array.from({ length: 16 }, (_, i) => i * 7);
/** What every hash was written with until the parameters were raised; such hashes must keep verifying. */
const OLD = { N: 2 ** 14, r: 8, p: 1 };
/** The cheapest acceptable parameters, for tests about the format rather than the cost. */
const CHEAP = { N: 2 ** 14, r: 1, p: 1 };

/** The format the desktop wrote before the logic moved to shared/: stored hashes must keep verifying. */
function legacyHash(password: string, salt: Buffer): string {
  const hash = scryptSync(password.normalize('NFKC'), salt, 32, { N: 16384, r: 8, p: 1 });
  return `scrypt$16384$8$1$${salt.toString('base64')}$${hash.toString('base64')}`;
}
function legacyVerify(password: string, stored: string): boolean {
  const [, n, r, p, saltB64, hashB64] = stored.split('$');
  const expected = Buffer.from(hashB64 ?? '', 'base64');
  const actual = scryptSync(
    password.normalize('NFKC'),
    Buffer.from(saltB64 ?? '', 'base64'),
    expected.length,
    {
      N: Number(n),
      r: Number(r),
      p: Number(p),
    },
  );
  return timingSafeEqual(actual, expected);
}

describe('the shared password format', () => {
  it('writes exactly what the desktop wrote before, and each side verifies the other', () => {
    const stored = hashPasswordWith(scrypt, SALT, '正确的密码1', OLD);
    expect(stored).toBe(legacyHash('正确的密码1', Buffer.from(SALT)));
    expect(legacyVerify('正确的密码1', stored)).toBe(true);
    const old = legacyHash('pass-word-2', randomBytes(16));
    expect(verifyPasswordWith(scrypt, 'pass-word-2', old)).toBe(true);
    expect(verifyPasswordWith(scrypt, 'pass-word-3', old)).toBe(false);
  });

  it('treats full-width and half-width spellings alike (NFKC)', () => {
    const stored = hashPasswordWith(scrypt, SALT, 'ａｂｃ１２３', CHEAP);
    expect(verifyPasswordWith(scrypt, 'abc123', stored)).toBe(true);
  });

  it('refuses malformed stored values instead of throwing', () => {
    for (const bad of [
      '',
      'bcrypt$1$2$3$aa$bb',
      'scrypt$16384$8$1$$',
      'scrypt$x$8$1$AAAA$AAAA',
      'scrypt$16384$8$1$A$AAAA',
    ])
      expect(verifyPasswordWith(scrypt, 'abc', bad)).toBe(false);
  });

  it('encodes base64 as Buffer does, every padding length', () => {
    for (let len = 0; len < 40; len++) {
      const bytes = randomBytes(len);
      const text = toBase64(bytes);
      expect(text).toBe(bytes.toString('base64'));
      expect(Buffer.from(fromBase64(text) ?? [])).toEqual(bytes);
    }
    expect(fromBase64('abc')).toBeNull();
    expect(fromBase64('ab!=')).toBeNull();
  });

  it('refuses stored hashes with a short key, a short salt or unexpected parameters, without running scrypt', () => {
    const calls: number[] = [];
    const counting: ScryptFn = (pw, salt, keylen, params) => {
      calls.push(params.N);
      return scrypt(pw, salt, keylen, params);
    };
    const good = legacyHash('abc', Buffer.from(SALT));
    const [, , , , salt, key] = good.split('$');
    const short = toBase64(new Uint8Array(16));
    for (const bad of [
      `scrypt$16384$8$1$${salt}$${short}`, // 16-byte key
      `scrypt$16384$8$1$${toBase64(new Uint8Array(8))}$${key}`, // 8-byte salt
      `scrypt$16383$8$1$${salt}$${key}`, // not a power of two
      `scrypt$1024$8$1$${salt}$${key}`, // too small
      `scrypt$${2 ** 21}$8$1$${salt}$${key}`, // too large
      `scrypt$16384$0$1$${salt}$${key}`,
      `scrypt$16384$33$1$${salt}$${key}`,
      `scrypt$16384$8$0$${salt}$${key}`,
      `scrypt$16384$8$17$${salt}$${key}`,
      `scrypt$16384.0$8$1$${salt}$${key}`,
      `scrypt$016384$8$1$${salt}$${key}`,
    ])
      expect(verifyPasswordWith(counting, 'abc', bad), bad).toBe(false);
    expect(calls).toEqual([]);
    expect(verifyPasswordWith(counting, 'abc', good)).toBe(true);
  });

  it('accepts the current guidance (N=2^17) and passes maxmem on hash and verify', () => {
    expect(acceptableParams({ N: 2 ** 17, r: 8, p: 1 })).toBe(true);
    expect(acceptableParams({ N: 2 ** 20, r: 8, p: 1 })).toBe(false); // 1 GiB of memory
    expect(acceptableParams({ N: 2 ** 15, r: 1, p: 1 })).toBe(true);
    expect(acceptableParams({ N: 2 ** 16, r: 1, p: 1 })).toBe(false); // N < 2^(16·r), RFC 7914
    const seen: number[] = [];
    const spy: ScryptFn = (pw, salt, keylen, params) => {
      seen.push(params.maxmem);
      return scrypt(pw, salt, keylen, params);
    };
    const stored = hashPasswordWith(spy, SALT, 'pw', OLD);
    verifyPasswordWith(spy, 'pw', stored);
    expect(seen).toEqual([2 * 128 * OLD.N * 8, 2 * 128 * OLD.N * 8]);
  });

  it('hashes new passwords with the real defaults, N = 2^17, r = 8, p = 1, and verifies them (the one slow test)', () => {
    expect(SCRYPT_PARAMS).toEqual({ N: 131072, r: 8, p: 1 });
    const stored = hashPasswordWith(scrypt, SALT, '正确的密码1');
    expect(stored.startsWith('scrypt$131072$8$1$')).toBe(true);
    expect(verifyPasswordWith(scrypt, '正确的密码1', stored)).toBe(true);
    expect(needsRehash(stored)).toBe(false);
    // What every account held before: verifies, and asks to be re-hashed.
    expect(needsRehash(legacyHash('x', Buffer.from(SALT)))).toBe(true);
  });

  it('refuses to write a hash with parameters it would refuse to read', () => {
    expect(() => hashPasswordWith(scrypt, SALT, 'pw', { N: 1024, r: 8, p: 1 })).toThrow(RangeError);
    expect(() => hashPasswordWith(scrypt, SALT, 'pw', { N: 2 ** 20, r: 8, p: 1 })).toThrow(RangeError);
  });

  it('asks for a re-hash only when a stored parameter is below the wanted one, never to downgrade', () => {
    const stored = hashPasswordWith(scrypt, SALT, 'pw', CHEAP);
    expect(needsRehash(stored, CHEAP)).toBe(false);
    expect(needsRehash(stored)).toBe(true);
    expect(needsRehash(stored, { ...CHEAP, r: 2 })).toBe(true);
    expect(needsRehash(stored, { ...CHEAP, p: 2 })).toBe(true);
    const [, , r, p, salt, key] = stored.split('$');
    // Stronger than wanted (a newer version raised them): kept as it is.
    expect(needsRehash(`scrypt$${CHEAP.N * 2}$${r}$${p}$${salt}$${key}`, CHEAP)).toBe(false);
    expect(needsRehash(legacyHash('pw', Buffer.from(SALT)), CHEAP)).toBe(false);
    expect(needsRehash('garbage', CHEAP)).toBe(true);
  });

  it("checks an unknown account against a dummy hash with today's parameters, which nothing matches", () => {
    const calls: number[] = [];
    const counting: ScryptFn = (pw, salt, keylen, params) => {
      calls.push(params.N);
      return scrypt(pw, salt, keylen, params);
    };
    expect(verifyDummyWith(counting, '', CHEAP)).toBe(false);
    expect(verifyDummyWith(counting, 'password', { N: 2 ** 15, r: 1, p: 1 })).toBe(false);
    expect(calls).toEqual([CHEAP.N, 2 ** 15]);
    // Without parameters it costs what a new hash costs (checked without running scrypt at 2^17 here).
    expect(needsRehash(DUMMY_HASH)).toBe(false);
  });
});
