import { randomBytes, scryptSync } from 'node:crypto';
import {
  hashPasswordWith,
  SALT_BYTES,
  verifyDummyWith,
  verifyPasswordWith,
  type ScryptFn,
} from '../../../shared/auth/password-hash';

/** The shared format (shared/auth/password-hash.ts) with Node's scrypt; the server uses the same format. */
const scrypt: ScryptFn = (password, salt, keylen, { N, r, p, maxmem }) =>
  scryptSync(password, salt, keylen, { N, r, p, maxmem });

export const hashPassword = (password: string): string =>
  hashPasswordWith(scrypt, randomBytes(SALT_BYTES), password);

export const verifyPassword = (password: string, stored: string): boolean =>
  verifyPasswordWith(scrypt, password, stored);

/** For an unknown or inactive account: as slow as a real check, always false (shared/auth/password-hash.ts). */
export const verifyDummy = (password: string): false => verifyDummyWith(scrypt, password);
