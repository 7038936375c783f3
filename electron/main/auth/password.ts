import { randomBytes, scryptSync } from 'node:crypto';
import type { ScryptFn, ScryptParams } from '../../../shared/auth/password-hash';
import { createPasswordHasher, type PasswordHasher } from '../../../shared/auth/password-hasher';

/** The shared format (shared/auth/password-hash.ts) with Node's scrypt; the server uses the same format. */
const scrypt: ScryptFn = (password, salt, keylen, { N, r, p, maxmem }) =>
  scryptSync(password, salt, keylen, { N, r, p, maxmem });

/** Today's parameters unless a test passes cheaper ones (ServiceDeps.scryptParams). */
export const nodePasswordHasher = (params?: ScryptParams): PasswordHasher =>
  createPasswordHasher(scrypt, randomBytes, params);

/** With today's parameters, for scripts that write an account outside a core (scripts/docs-samples.ts). */
export const hashPassword = (password: string): string => nodePasswordHasher().hash(password);
