/**
 * How the audit chain's hashes are stored (issue 12 item 5, "small on disk"). The chain itself is unchanged:
 * each entry's SHA-256 is computed over the previous entry's hash as 64 hex characters (audit-chain.ts), and
 * that is what every reader works with. Entries written since migration 0013 store it shorter:
 *
 * - `hash`: the same 32 bytes as base64url, 43 characters instead of 64;
 * - `prev_hash`: the first 12 characters of the previous entry's stored hash (72 bits) instead of all of it. It
 *   was never what secures the chain (the hash covers the whole previous hash); it lets the check say "an entry
 *   before this one was removed, inserted or changed" rather than "this entry was changed", and 72 bits say that
 *   as reliably.
 *
 * Entries written before keep their hex forms and verify beside the new ones.
 */
const HEX_LENGTH = 64;
const LINK_LENGTH = 12;

/** The stored form of a hash the chain computed (hex). */
export const storedHash = (hex: string): string => Buffer.from(hex, 'hex').toString('base64url');

/** The hash as the chain computes it (hex), from either stored form. */
export const hashHex = (stored: string): string =>
  stored.length === HEX_LENGTH ? stored : Buffer.from(stored, 'base64url').toString('hex');

/** The stored link to the previous entry, whose hash (hex) is `prevHex` ('' for the chain's first entry). */
export const storedLink = (prevHex: string): string =>
  prevHex === '' ? '' : storedHash(prevHex).slice(0, LINK_LENGTH);

/** Whether an entry's stored link names the previous entry's hash (hex), in either stored form. */
export const linkHolds = (stored: string | null, prevHex: string): boolean =>
  stored !== null && (stored.length === LINK_LENGTH ? stored === storedLink(prevHex) : stored === prevHex);
