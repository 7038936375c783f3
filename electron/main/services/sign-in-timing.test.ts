import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, clockedTestCore, type TestCore } from '../../../tests/helpers/core';

/**
 * No timing gap between an unknown username and a known one with a wrong password (issue 15 item 4): an
 * unknown name is checked against a dummy hash of the same cost, so how long a refusal takes does not reveal
 * which accounts exist. Statistical, with a generous margin: the attempts alternate (so load on the machine hits
 * both alike) and the medians must be within a factor of three — without the dummy hash an unknown name is
 * answered about a hundred times faster. The clock jumps a day before each attempt so the throttle never answers
 * first. The hash costs about as much as the real one's order of magnitude (tens of milliseconds, not the test
 * suite's cheap few): a refused known account also writes an audit row, and with a cheap hash that write's fsync on
 * a busy disk is what the medians would compare.
 */
const TIMING_SCRYPT_PARAMS = { N: 2 ** 15, r: 8, p: 1 };
let clock: { ms: number };
let core: TestCore;

beforeEach(() => {
  ({ core, clock } = clockedTestCore(undefined, TIMING_SCRYPT_PARAMS));
});
afterEach(() => core.dispose());

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

function timedRefusal(username: string): number {
  clock.ms += 24 * 60 * 60 * 1000;
  const t = performance.now();
  const r = core.services.auth.signIn(username, `not-${ADMIN_PASSWORD}`);
  const ms = performance.now() - t;
  if (r.ok || r.error.code !== 'UNAUTHENTICATED')
    throw new Error(`expected a wrong-password refusal: ${username}`);
  return ms;
}

describe('sign-in timing', () => {
  it('refuses an unknown username as slowly as a known one with a wrong password', () => {
    const known: number[] = [];
    const unknown: number[] = [];
    timedRefusal('admin'); // warm-up: the first hash pays for allocating scrypt's memory
    for (let i = 0; i < 15; i++) {
      known.push(timedRefusal('admin'));
      unknown.push(timedRefusal(`nobody-${i}`));
    }
    const ratio = median(unknown) / median(known);
    expect(
      ratio,
      `unknown ${median(unknown).toFixed(2)} ms, known ${median(known).toFixed(2)} ms`,
    ).toBeGreaterThan(1 / 3);
    expect(ratio).toBeLessThan(3);
  });
});
