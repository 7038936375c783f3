/**
 * int8 (bigint, bigserial, count(*)) as a JS number on both adapters: seqs and ids stay far below 2^53, and one
 * numeric type keeps the sync code free of string/bigint juggling. A larger value is an error, never a silently
 * rounded number.
 */
export const INT8_OID = 20;

export function parseInt8(text: string): number {
  const n = Number(text);
  if (!Number.isSafeInteger(n)) throw new Error(`bigint value ${text} exceeds the JS safe integer range`);
  return n;
}
