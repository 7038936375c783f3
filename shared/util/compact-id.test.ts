import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Id } from '../schema/primitives';
import { hlcNode } from '../sync/hlc';
import {
  clientShortId,
  COMPACT_ID_ALPHABET,
  COMPACT_ID_RE,
  compactIdTime,
  createCompactIdGenerator,
} from './compact-id';

const T0 = Date.parse('2026-11-25T02:00:00Z');
const fixedRandom =
  (...bytes: number[]) =>
  (out: Uint8Array): Uint8Array => {
    out.set(bytes.slice(0, out.length));
    return out;
  };

describe('compact ids (docs/sync.md, ids)', () => {
  it('the alphabet is 64 distinct URL-safe characters in ASCII order', () => {
    expect(COMPACT_ID_ALPHABET).toHaveLength(64);
    expect(COMPACT_ID_ALPHABET).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(new Set(COMPACT_ID_ALPHABET).size).toBe(64);
    expect([...COMPACT_ID_ALPHABET].sort().join('')).toBe(COMPACT_ID_ALPHABET);
    expect(encodeURIComponent(COMPACT_ID_ALPHABET)).toBe(COMPACT_ID_ALPHABET);
  });

  it.each([
    // [ms, random bytes, id]: the first 8 characters are the millisecond + 2^42, the last 8 the random 48 bits.
    [0, [0, 0, 0, 0, 0, 0], '0---------------'],
    [62, [0, 0, 0, 0, 0, 1], '0------y-------0'],
    [63, [0, 0, 0, 0, 0, 1], '0------z-------0'],
    [64, [255, 255, 255, 255, 255, 255], '0-----0-zzzzzzzz'],
    [2 ** 48 - 2 ** 42 - 1, [0, 0, 0, 0, 0, 64], 'zzzzzzzz------0-'],
  ])('ms %d with random %j is %s', (ms, bytes, id) => {
    const next = createCompactIdGenerator(() => ms, fixedRandom(...bytes));
    expect(next()).toBe(id);
    expect(compactIdTime(id)).toBe(ms);
  });

  it('a second id in the same millisecond is the first + 1, and one made after a clock step back still rises', () => {
    let now = T0;
    const next = createCompactIdGenerator(() => now, fixedRandom(1, 2, 3, 4, 5, 6));
    const a = next();
    const b = next();
    now = T0 - 60_000;
    const c = next();
    expect(b.slice(0, 8)).toBe(a.slice(0, 8));
    expect(b > a && c > b).toBe(true);
    expect(compactIdTime(c)).toBe(T0);
  });

  it('the random part running out borrows the next millisecond', () => {
    const next = createCompactIdGenerator(() => T0, fixedRandom(255, 255, 255, 255, 255, 255));
    const last = next();
    const borrowed = next();
    expect(last.endsWith('zzzzzzzz')).toBe(true);
    expect(compactIdTime(borrowed)).toBe(T0 + 1);
    expect(borrowed > last).toBe(true);
  });

  it('property: ids are well formed, never repeat and sort as they were made, whatever the clock does', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -5_000, max: 5_000 }), { minLength: 1, maxLength: 200 }),
        fc.integer({ min: 0, max: 2 ** 31 }),
        (steps, seed) => {
          let now = T0;
          let s = seed;
          const next = createCompactIdGenerator(
            () => now,
            (out) => out.map(() => (s = (s * 1103515245 + 12345) % 2 ** 31) & 0xff),
          );
          const ids = steps.map((d) => {
            now += d;
            return next();
          });
          for (const id of ids) expect(id).toMatch(COMPACT_ID_RE);
          expect([...ids].sort()).toEqual(ids);
          expect(new Set(ids).size).toBe(ids.length);
        },
      ),
    );
  });

  it('property: text order is time order between generators (index locality)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 47 }), fc.integer({ min: 1, max: 2 ** 47 }), (t, d) => {
        const early = createCompactIdGenerator(() => t)();
        const late = createCompactIdGenerator(() => t + d)();
        expect(early < late).toBe(true);
      }),
    );
  });
});

describe('record ids at the boundary', () => {
  const compact = createCompactIdGenerator(() => T0)();
  it.each([
    ['a compact id', compact, true],
    ['a UUID made before schema 19', '0192f0c4-5e6a-7b2c-8d3e-4f5a6b7c8d9e', true],
    ['a compact id one character short', compact.slice(1), false],
    ['a compact id one character long', `${compact}0`, false],
    ['a compact id ending in -', `${compact.slice(0, 15)}-`, true],
    ['a compact id starting with - (taken for an option)', `-${compact.slice(1)}`, false],
    ['a compact id with a character outside the alphabet', `${compact.slice(0, 15)}~`, false],
    ['a compact id with a LIKE wildcard', `${compact.slice(0, 15)}%`, false],
    ['a UUID in capitals', '0192F0C4-5E6A-7B2C-8D3E-4F5A6B7C8D9E', false],
    ['empty text', '', false],
  ])('%s: accepted = %s', (_label, text, ok) => {
    const r = Id.safeParse(text);
    expect(r.success).toBe(ok);
    if (!r.success) expect(r.error.issues[0]?.message).toBe('编号格式不正确');
  });
});

describe("a device's provisional-number part", () => {
  it.each([
    ['a UUID keeps its last 6 hex digits', '0192f0c4-5e6a-7b2c-8d3e-4f5a6b7c8d9e', '7c8d9e'],
    ['a compact id gives its last 24 bits in hex', '0Lm3AbCdwXyZ----', '000000'],
    ['… all of them', '0Lm3AbCdwXyZzzzz', 'ffffff'],
    ['… and in between', '0Lm3AbCdwXyZ---0', '000001'],
  ])('%s', (_label, clientId, short) => {
    expect(clientShortId(clientId)).toBe(short);
  });
});

describe("a device's HLC node", () => {
  it('a compact client id gives its random half, a UUID its prefix as before', () => {
    expect(hlcNode('0Lm3AbCdwXyZ-_09')).toBe('wXyZ-_09');
    expect(hlcNode('0192f0c4-5e6a-7b2c-8d3e-4f5a6b7c8d9e')).toBe('0192f0c4');
  });
});
