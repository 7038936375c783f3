import { describe, expect, it } from 'vitest';
import { TransportError, type RoundResult } from './engine';
import { backoffMs, createSyncLoop, type Timers } from './sync-loop';

/** A manual clock and timer queue: time moves only when the test says so. */
function fakeTime() {
  let now = 0;
  let seq = 0;
  const queue = new Map<number, { at: number; fn: () => void }>();
  const timers: Timers = {
    setTimeout(fn, ms) {
      const id = ++seq;
      queue.set(id, { at: now + ms, fn });
      return id;
    },
    clearTimeout(h) {
      queue.delete(h as number);
    },
  };
  /** Runs every timer due by now + ms, in order, letting each round settle. */
  async function advance(ms: number) {
    const until = now + ms;
    for (;;) {
      const due = [...queue.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
      if (due === undefined) break;
      queue.delete(due[0]);
      now = due[1].at;
      due[1].fn();
      for (let i = 0; i < 20; i++) await Promise.resolve();
    }
    now = until;
  }
  return { timers, now: () => now, advance, pending: () => queue.size };
}

const ok: RoundResult = { pushed: 0, rejected: 0, pulledRows: 0, resnapshots: [], stoppedBy: null };

describe('the sync loop', () => {
  it('backs off exponentially with jitter up to the ceiling', () => {
    expect([1, 2, 3, 4].map((n) => backoffMs(n, 1, 2000, 60_000))).toEqual([2000, 4000, 8000, 16000]);
    expect(backoffMs(1, 0, 2000, 60_000)).toBe(1000);
    expect(backoffMs(20, 1, 2000, 60_000)).toBe(60_000);
  });

  it('syncs at start and then every interval; offline rounds back off and recover', async () => {
    const t = fakeTime();
    const results: (RoundResult | Error)[] = [ok, new TransportError('离线'), new TransportError('离线'), ok];
    let rounds = 0;
    const loop = createSyncLoop({
      round: () => {
        const r = results[rounds++] ?? ok;
        return r instanceof Error ? Promise.reject(r) : Promise.resolve(r);
      },
      now: t.now,
      random: () => 1,
      timers: t.timers,
      intervalMs: 30_000,
      baseBackoffMs: 2_000,
    });
    loop.start();
    await t.advance(0);
    expect(rounds).toBe(1);
    expect(loop.status()).toMatchObject({ state: 'idle', lastSyncAt: 0 });
    await t.advance(30_000);
    expect(loop.status()).toMatchObject({ state: 'offline', consecutiveFailures: 1, nextAttemptAt: 32_000 });
    await t.advance(2_000);
    expect(loop.status()).toMatchObject({ state: 'offline', consecutiveFailures: 2, nextAttemptAt: 36_000 });
    await t.advance(4_000);
    expect(loop.status()).toMatchObject({ state: 'idle', consecutiveFailures: 0, lastSyncAt: 36_000 });
    loop.stop();
    expect(t.pending()).toBe(0);
  });

  it('pokes during a round coalesce into one more round', async () => {
    const t = fakeTime();
    let rounds = 0;
    let release: () => void = () => {};
    const loop = createSyncLoop({
      round: () => {
        rounds++;
        return rounds === 1 ? new Promise<RoundResult>((r) => (release = () => r(ok))) : Promise.resolve(ok);
      },
      now: t.now,
      random: () => 0.5,
      timers: t.timers,
    });
    const first = loop.runNow();
    loop.poke();
    loop.poke();
    loop.poke();
    release();
    await first;
    expect(rounds).toBe(2);
  });

  it('a round stopped for a person (too old, signed out) says so and waits at the slow pace', async () => {
    const t = fakeTime();
    const loop = createSyncLoop({
      round: () => Promise.resolve({ ...ok, stoppedBy: 'upgrade_required' as const }),
      now: t.now,
      random: () => 1,
      timers: t.timers,
      intervalMs: 1000,
    });
    loop.start();
    await t.advance(0);
    expect(loop.status()).toMatchObject({ state: 'upgrade_required', nextAttemptAt: 4000 });
    loop.stop();
  });
});
