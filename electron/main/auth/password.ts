import { randomBytes, scryptSync } from 'node:crypto';
import {
  hashPasswordWith,
  SALT_BYTES,
  verifyPasswordWith,
  type ScryptFn,
} from '../../../shared/auth/password-hash';

/** The shared format (shared/auth/password-hash.ts) with Node's scrypt; the server uses the same format. */
const scrypt: ScryptFn = (password, salt, keylen, { N, r, p }) =>
  scryptSync(password, salt, keylen, { N, r, p });

export const hashPassword = (password: string): string =>
  hashPasswordWith(scrypt, randomBytes(SALT_BYTES), password);

export const verifyPassword = (password: string, stored: string): boolean =>
  verifyPasswordWith(scrypt, password, stored);
