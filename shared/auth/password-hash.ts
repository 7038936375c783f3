/**
 * The one stored-password format, shared by the desktop and the central server so an account created on either
 * side signs in on the other: `scrypt$N$r$p$<salt base64>$<hash base64>`. The parameters travel in the string
 * so they can be raised later without invalidating old hashes. Pure: the caller passes the scrypt function and
 * the salt (node:crypto on both sides today), since shared/ may not import Node.
 */
export type ScryptParams = { N: number; r: number; p: number };
/** `maxmem` is passed on every call: Node's default (32 MiB) is below what larger N need, and a bound is wanted. */
export type ScryptFn = (
  password: string,
  salt: Uint8Array,
  keylen: number,
  params: ScryptParams & { maxmem: number },
) => Uint8Array;

/**
 * What new hashes use: OWASP's current guidance for scrypt (N = 2^17, r = 8, p = 1, 128 MiB). Hashes written
 * with anything else (2^14 until this was raised) still verify and are re-hashed on the next good sign-in.
 * Tests pass cheaper parameters (`PasswordHasher`), so production code has no test switch.
 */
export const SCRYPT_PARAMS: ScryptParams = { N: 2 ** 17, r: 8, p: 1 };
export const SCRYPT_KEYLEN = 32;
export const SALT_BYTES = 16;

/**
 * What a stored hash may ask for. Below 2^14 is weaker than anything this app ever wrote; above 2^20 (or more than
 * 256 MiB of memory) a planted or damaged row would tie up the machine on every sign-in. A key shorter than 32 bytes
 * would make guessing easier than the hash is meant to allow.
 */
const MIN_N = 2 ** 14;
const MAX_N = 2 ** 20;
const MAX_MEMORY = 256 * 1024 * 1024;
const MIN_SALT = 16;

/** scrypt needs 128·N·r·p bytes; twice that leaves room for Node's own bookkeeping. */
export const maxmemFor = ({ N, r, p }: ScryptParams): number => 2 * 128 * N * r * p;

export function acceptableParams({ N, r, p }: ScryptParams): boolean {
  if (![N, r, p].every(Number.isSafeInteger)) return false;
  const powerOfTwo = N > 1 && (N & (N - 1)) === 0;
  return (
    powerOfTwo &&
    N >= MIN_N &&
    N <= MAX_N &&
    r >= 1 &&
    r <= 32 &&
    p >= 1 &&
    p <= 16 &&
    // scrypt's own bound (RFC 7914: N < 2^(128·r/8)); only r = 1 meets it here, and Node refuses such a call.
    N < 2 ** (16 * r) &&
    128 * N * r * p <= MAX_MEMORY
  );
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Standard base64 with padding (what Node's Buffer writes), without Buffer or btoa. */
export function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += B64[(n >> 18) & 63]! + B64[(n >> 12) & 63]!;
    out += b === undefined ? '=' : B64[(n >> 6) & 63]!;
    out += c === undefined ? '=' : B64[n & 63]!;
  }
  return out;
}

/** The inverse of toBase64; null for text that is not base64. */
export function fromBase64(text: string): Uint8Array | null {
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return null;
  const pad = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - pad);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    let n = 0;
    for (let k = 0; k < 4; k++) {
      const ch = text[i + k] ?? '=';
      n = (n << 6) | (ch === '=' ? 0 : B64.indexOf(ch));
    }
    for (const byte of [(n >> 16) & 255, (n >> 8) & 255, n & 255]) if (o < out.length) out[o++] = byte;
  }
  return out;
}

/** Compares in time independent of where the first difference is, so a timing probe learns nothing. */
function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

/** NFKC first: a full-width and a half-width spelling of the same password must give the same hash. */
export function hashPasswordWith(
  scrypt: ScryptFn,
  salt: Uint8Array,
  password: string,
  wanted: ScryptParams = SCRYPT_PARAMS,
): string {
  if (!acceptableParams(wanted)) throw new RangeError('scrypt 参数超出允许范围');
  const { N, r, p } = wanted;
  const params = { N, r, p, maxmem: maxmemFor(wanted) };
  const hash = scrypt(password.normalize('NFKC'), salt, SCRYPT_KEYLEN, params);
  return `scrypt$${N}$${r}$${p}$${toBase64(salt)}$${toBase64(hash)}`;
}

type Parsed = { params: ScryptParams; salt: Uint8Array; expected: Uint8Array };

/** A stored value in the one format with acceptable parameters, a 16-byte salt and a 32-byte key; else null. */
function parseStored(stored: string): Parsed | null {
  const [scheme, n, r, p, saltB64, hashB64, extra] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !saltB64 || !hashB64 || extra !== undefined) return null;
  if (![n, r, p].every((x) => /^[1-9][0-9]{0,9}$/.test(x))) return null;
  const salt = fromBase64(saltB64);
  const expected = fromBase64(hashB64);
  const params = { N: Number(n), r: Number(r), p: Number(p) };
  if (!salt || !expected || salt.length < MIN_SALT || expected.length < SCRYPT_KEYLEN) return null;
  return acceptableParams(params) ? { params, salt, expected } : null;
}

export function verifyPasswordWith(scrypt: ScryptFn, password: string, stored: string): boolean {
  const parsed = parseStored(stored);
  if (parsed === null) return false;
  const { params, salt, expected } = parsed;
  const actual = scrypt(password.normalize('NFKC'), salt, expected.length, {
    ...params,
    maxmem: maxmemFor(params),
  });
  return equalBytes(actual, expected);
}

/**
 * Whether a stored hash that just verified was written with weaker parameters than wanted (upgrade it): any of
 * N, r, p below today's. Never a downgrade: a hash at least as strong in each (written by a newer version of the
 * app or the server, which may have raised them again) is kept.
 */
export function needsRehash(stored: string, wanted: ScryptParams = SCRYPT_PARAMS): boolean {
  const parsed = parseStored(stored);
  if (parsed === null) return true;
  const { N, r, p } = parsed.params;
  return N < wanted.N || r < wanted.r || p < wanted.p;
}

/** The parameters a stored hash names, when it is one this app accepts; null otherwise (for the audit image). */
export function storedParams(stored: string): ScryptParams | null {
  return parseStored(stored)?.params ?? null;
}

/**
 * A well-formed hash with today's parameters that no password matches (its key is zeros, the salt fixed): an
 * unknown or inactive account is checked against it, so the answer takes as long as for a real account and a
 * timing probe cannot tell which usernames exist.
 */
export const dummyHashFor = ({ N, r, p }: ScryptParams): string =>
  `scrypt$${N}$${r}$${p}$${toBase64(new Uint8Array(SALT_BYTES).fill(7))}$${toBase64(new Uint8Array(SCRYPT_KEYLEN))}`;
export const DUMMY_HASH = dummyHashFor(SCRYPT_PARAMS);

/** Spends the time of one verification (with the parameters new hashes use) and answers false. */
export function verifyDummyWith(
  scrypt: ScryptFn,
  password: string,
  wanted: ScryptParams = SCRYPT_PARAMS,
): false {
  verifyPasswordWith(scrypt, password, dummyHashFor(wanted));
  return false;
}
