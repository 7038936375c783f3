/**
 * UUIDv7 made locally (sync design §2.1: ids are created on the client, time-ordered for index locality;
 * uniqueness does not depend on the clock). Pure: randomness and time are injectable for tests.
 */
type RandomFill = (bytes: Uint8Array) => Uint8Array;

declare const crypto: { getRandomValues: RandomFill };

const defaultRandom: RandomFill = (bytes) => crypto.getRandomValues(bytes);

let lastMs = 0;
let counter = 0;

export function uuidv7(nowMs: number = Date.now(), random: RandomFill = defaultRandom): string {
  const bytes = random(new Uint8Array(16));
  // Monotonic within one process even when the clock stands still: a 12-bit counter in rand_a.
  if (nowMs <= lastMs) {
    counter = (counter + 1) & 0xfff;
    if (counter === 0) lastMs += 1;
    nowMs = lastMs;
  } else {
    lastMs = nowMs;
    counter = ((bytes[6] ?? 0) << 4) & 0x7ff; // random start, top bit clear so it can grow
  }
  const ms = BigInt(nowMs);
  for (let i = 0; i < 6; i++) bytes[i] = Number((ms >> BigInt(8 * (5 - i))) & 0xffn);
  bytes[6] = 0x70 | ((counter >> 8) & 0x0f);
  bytes[7] = counter & 0xff;
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
