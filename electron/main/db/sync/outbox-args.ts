import { deflateRawSync, inflateRawSync } from 'node:zlib';

/**
 * An acknowledged outbox entry's args, compressed (issue 12 item 5, migration 0012). Once the server accepted an
 * entry and the pulled feed contains its rows, its args are read only if the server asks for a resend (it lost
 * entries it had acknowledged) or a person looks at what was done; they stay whole, in `args_z`, and `args`
 * holds the empty text. An entry the server has not decided, or refused, keeps its args as JSON text.
 */
export const compressArgs = (json: string): Buffer => deflateRawSync(json);

/** The args' JSON text from whichever form the entry holds. */
export function argsText(row: { args: string; argsZ: Uint8Array | null }): string {
  return row.argsZ === null ? row.args : inflateRawSync(row.argsZ).toString('utf8');
}
