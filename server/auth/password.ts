import { randomBytes, scryptSync } from 'node:crypto';
import {
  hashPasswordWith,
  SALT_BYTES,
  verifyDummyWith,
  verifyPasswordWith,
  type ScryptFn,
} from '../../shared/auth/password-hash';

/**
 * The desktop's password format (shared/auth/password-hash.ts) with Node's scrypt: an account created here
 * signs in on a desktop that pulled it, and the reverse.
 */
const scrypt: ScryptFn = (password, salt, keylen, { N, r, p, maxmem }) =>
  scryptSync(password, salt, keylen, { N, r, p, maxmem });

export const hashPassword = (password: string): string =>
  hashPasswordWith(scrypt, randomBytes(SALT_BYTES), password);

export const verifyPassword = (password: string, stored: string): boolean =>
  verifyPasswordWith(scrypt, password, stored);

/** For an unknown or inactive account: as slow as a real check, always false (shared/auth/password-hash.ts). */
export const verifyDummy = (password: string): false => verifyDummyWith(scrypt, password);
