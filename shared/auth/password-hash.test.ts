import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fromBase64, hashPasswordWith, toBase64, verifyPasswordWith, type ScryptFn } from './password-hash';

const scrypt: ScryptFn = (pw, salt, keylen, { N, r, p }) => scryptSync(pw, salt, keylen, { N, r, p });
const SALT = Uint8Array.from({ length: 16 }, (_, i) => i * 7);

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
    const stored = hashPasswordWith(scrypt, SALT, '正确的密码1');
    expect(stored).toBe(legacyHash('正确的密码1', Buffer.from(SALT)));
    expect(legacyVerify('正确的密码1', stored)).toBe(true);
    const old = legacyHash('pass-word-2', randomBytes(16));
    expect(verifyPasswordWith(scrypt, 'pass-word-2', old)).toBe(true);
    expect(verifyPasswordWith(scrypt, 'pass-word-3', old)).toBe(false);
  });

  it('treats full-width and half-width spellings alike (NFKC)', () => {
    const stored = hashPasswordWith(scrypt, SALT, 'ａｂｃ１２３');
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
});
