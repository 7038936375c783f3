/**
 * The ids a desktop makes for new records since schema 19 (docs/sync.md §2.1, "Ids"; issue 12 item 5): 16
 * characters instead of a 36-character UUID, because an id is stored in every row that points at its record,
 * in every index over those columns, in the outbox args and the audit images. Measured at 2,000 cases, the
 * 16-character form takes the 100k-case database from 718 to 582 MB.
 *
 * Layout, 96 bits: 48 bits of time, then 48 random bits, written 6 bits a character in the URL-safe base64
 * alphabet put in ASCII order, so text order is time order (index locality, as with UUIDv7). The characters are
 * those of `[A-Za-z0-9_-]`, so the id is safe in URLs, file names, SQL text and the setting keys that embed an
 * office's id. The time is the Unix millisecond plus 2^42, so the first character is never `-` (an id handed to
 * a command line is not taken for an option) for the next eight thousand years.
 *
 * Uniqueness does not depend on the clock. Within one process a second id in the same (or an earlier)
 * millisecond is the previous id + 1, so ids made here never repeat and keep rising. Two devices collide only if
 * they make ids in the same millisecond whose random parts meet: about 2^-48 for each such pair; a committee of
 * 200 desktops each making one id in the same millisecond has a chance of about 7e-11.
 *
 * Pure: time and randomness are injectable for tests. Ids already stored (UUIDs) stay as they are; `Id`
 * (shared/schema/primitives.ts) accepts both forms.
 */
type RandomFill = (bytes: Uint8Array) => Uint8Array;

declare const crypto: { getRandomValues: RandomFill };

const defaultRandom: RandomFill = (bytes) => crypto.getRandomValues(bytes);

/** URL-safe base64's 64 characters in ASCII order: text comparison of two ids compares their numbers. */
export const COMPACT_ID_ALPHABET = '-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz';

export const COMPACT_ID_RE = /^[0-9A-Z_a-z][-0-9A-Z_a-z]{15}$/;

const RANDOM_SPAN = 2 ** 48;
/** Added to the millisecond so the first character is at least '0'. */
const TIME_OFFSET = 2 ** 42;
const MAX_MS = 2 ** 48 - TIME_OFFSET - 1;

/** A 48-bit number as 8 characters of the alphabet (exact: 48 bits fit a double). */
function encode48(n: number): string {
  let out = '';
  let v = n;
  for (let i = 0; i < 8; i++) {
    out = COMPACT_ID_ALPHABET.charAt(v % 64) + out;
    v = Math.floor(v / 64);
  }
  return out;
}

function decode48(text: string): number {
  let v = 0;
  for (const ch of text) v = v * 64 + COMPACT_ID_ALPHABET.indexOf(ch);
  return v;
}

/** The millisecond a compact id was made in (for tests and diagnostics; never used to order records). */
export function compactIdTime(id: string): number {
  return decode48(id.slice(0, 8)) - TIME_OFFSET;
}

/**
 * A generator with its own "last id" state: each call returns an id greater than the one before it. `nowMs`
 * and `random` are read on every call.
 */
export function createCompactIdGenerator(
  nowMs: () => number = Date.now,
  random: RandomFill = defaultRandom,
): () => string {
  let lastMs = -1;
  let lastRandom = 0;
  return () => {
    const now = Math.min(Math.max(Math.floor(nowMs()), 0), MAX_MS);
    if (now > lastMs) {
      const b = random(new Uint8Array(6));
      lastMs = now;
      lastRandom = b.reduce((acc, byte) => acc * 256 + byte, 0);
    } else if (lastRandom + 1 < RANDOM_SPAN) {
      lastRandom += 1;
    } else {
      // 2^48 ids in one millisecond: borrow the next one, which keeps the order.
      lastMs = Math.min(lastMs + 1, MAX_MS);
      lastRandom = 0;
    }
    return encode48(lastMs + TIME_OFFSET) + encode48(lastRandom);
  };
}

/** The process's generator: what the app uses for every new record and device. */
export const newCompactId: () => string = createCompactIdGenerator();

/**
 * The 6 characters of a device's provisional case numbers (PROV-xxxxxx-000001, case-register.ts): a UUID client
 * id's last 6 hex digits, as before schema 19; a compact one's last 24 random bits as 6 hex digits, so the
 * numbers people read out and type keep one form (lower-case hex, no `-` or `_`).
 */
export function clientShortId(clientId: string): string {
  if (!COMPACT_ID_RE.test(clientId)) return clientId.slice(-6);
  const bits = [...clientId.slice(-4)].reduce((acc, ch) => acc * 64 + COMPACT_ID_ALPHABET.indexOf(ch), 0);
  return bits.toString(16).padStart(6, '0');
}
