import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { ARGS_DICTIONARY_V1 } from './outbox-args-dictionary';
import { ARGS_DICTIONARY_V2 } from './outbox-args-dictionary-v2';

/**
 * An acknowledged outbox entry's args, compressed (issue 12 item 5, migration 0012). Once the server accepted an
 * entry and the pulled feed contains its rows, its args are read only if the server asks for a resend (it lost
 * entries it had acknowledged) or a person looks at what was done; they stay whole, in `args_z`, and `args`
 * holds the empty text. An entry the server has not decided, or refused, keeps its args as JSON text.
 *
 * Since migration 0013 the compression starts from a preset dictionary of the args' own vocabulary
 * (outbox-args-dictionary.ts; `args_dict` = 1 names it): most entries are a few hundred bytes, too short for
 * DEFLATE to learn the keys and codes it keeps repeating. Since migration 0020 it is the second dictionary
 * (outbox-args-dictionary-v2.ts, `args_dict` = 2), which adds the general vocabulary of the args' Chinese text.
 * Entries compacted before read with the dictionary they name (1), or none (args_dict NULL), as they were.
 */
export const compressArgs = (json: string): Buffer =>
  deflateRawSync(json, { dictionary: ARGS_DICTIONARY_V2 });

/** The `args_dict` value compressArgs' output is stored with. */
export const ARGS_DICT = 2;

const DICTIONARIES: ReadonlyMap<number, Buffer> = new Map([
  [1, ARGS_DICTIONARY_V1],
  [2, ARGS_DICTIONARY_V2],
]);

/** The args' JSON text from whichever form the entry holds. */
export function argsText(row: { args: string; argsZ: Uint8Array | null; argsDict: number | null }): string {
  if (row.argsZ === null) return row.args;
  if (row.argsDict === null) return inflateRawSync(row.argsZ).toString('utf8');
  const dictionary = DICTIONARIES.get(row.argsDict);
  if (dictionary === undefined)
    throw new Error(`outbox args_dict ${row.argsDict} is not one this build knows`);
  return inflateRawSync(row.argsZ, { dictionary }).toString('utf8');
}
