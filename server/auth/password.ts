import { randomBytes, scryptSync } from 'node:crypto';
import type { ScryptFn, ScryptParams } from '../../shared/auth/password-hash';
import { createPasswordHasher, type PasswordHasher } from '../../shared/auth/password-hasher';

/**
 * The desktop's password format (shared/auth/password-hash.ts) with Node's scrypt: an account created here
 * signs in on a desktop that pulled it, and the reverse.
 */
const scrypt: ScryptFn = (password, salt, keylen, { N, r, p, maxmem }) =>
  scryptSync(password, salt, keylen, { N, r, p, maxmem });

export const nodePasswordHasher = (params?: ScryptParams): PasswordHasher =>
  createPasswordHasher(scrypt, randomBytes, params);

const hasher = nodePasswordHasher();
export const hashPassword = (password: string): string => hasher.hash(password);
export const verifyPassword = (password: string, stored: string): boolean => hasher.verify(password, stored);
/** After a good check: the hash to store instead, when `stored` was written with older parameters. */
export const rehashPassword = (password: string, stored: string): string | null =>
  hasher.needsRehash(stored) ? hasher.hash(password) : null;
/** For an unknown or inactive account: as slow as a real check, always false (shared/auth/password-hash.ts). */
export const verifyDummy = (password: string): false => hasher.verifyDummy(password);
