import {
  hashPasswordWith,
  needsRehash,
  SALT_BYTES,
  SCRYPT_PARAMS,
  verifyDummyWith,
  verifyPasswordWith,
  type ScryptFn,
  type ScryptParams,
} from './password-hash';

/**
 * The stored-password format (./password-hash.ts) bound to one scrypt implementation and one set of parameters for
 * new hashes. The desktop and the server each make one with node:crypto; tests make one with cheaper parameters
 * (still within what a stored hash may name), so the suite does not spend OWASP's cost on every account it creates.
 */
export type PasswordHasher = {
  /** What new hashes are written with. */
  readonly params: ScryptParams;
  hash(password: string): string;
  verify(password: string, stored: string): boolean;
  /** For an unknown or inactive account: as slow as a real check, always false. */
  verifyDummy(password: string): false;
  /** Whether a stored hash that just verified should be replaced by one with `params`. */
  needsRehash(stored: string): boolean;
};

export function createPasswordHasher(
  scrypt: ScryptFn,
  randomBytes: (n: number) => Uint8Array,
  params: ScryptParams = SCRYPT_PARAMS,
): PasswordHasher {
  return {
    params,
    hash: (password) => hashPasswordWith(scrypt, randomBytes(SALT_BYTES), password, params),
    verify: (password, stored) => verifyPasswordWith(scrypt, password, stored),
    verifyDummy: (password) => verifyDummyWith(scrypt, password, params),
    needsRehash: (stored) => needsRehash(stored, params),
  };
}
