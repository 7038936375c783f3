import { describe, expect, it } from 'vitest';
import { BULK_SLOTS, BULK_TURN, PushGate, pushGateOf, SLOTS } from './push-gate';
import type { ServerDb } from '../db/types';

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('the push gate', () => {
  it('gives a freed slot to a waiting short push before every waiting batch, and never more slots than it has', async () => {
    const gate = new PushGate(2);
    const order: string[] = [];
    let running = 0;
    let most = 0;
    const releases: (() => void)[] = [];
    const job = (name: string, urgent: boolean) =>
      gate.run(urgent, async () => {
        running++;
        most = Math.max(most, running);
        order.push(name);
        await new Promise<void>((r) => releases.push(r));
        running--;
      });
    const all = [job('bulk-1', false), job('bulk-2', false), job('bulk-3', false), job('bulk-4', false)];
    await tick();
    all.push(job('urgent', true));
    await tick();
    expect(order).toEqual(['bulk-1', 'bulk-2']);
    releases.shift()?.();
    await tick();
    expect(order).toEqual(['bulk-1', 'bulk-2', 'urgent']);
    while (releases.length > 0 || order.length < 5) {
      releases.shift()?.();
      await tick();
    }
    await Promise.all(all);
    expect(order).toEqual(['bulk-1', 'bulk-2', 'urgent', 'bulk-3', 'bulk-4']);
    expect(most).toBe(2);
  });

  it('tells a group transaction that a short push waits, so it can end early (push-run.ts)', async () => {
    const gate = new PushGate(1);
    let release = () => undefined as void;
    const bulk = gate.run(false, () => new Promise<void>((r) => (release = r)));
    await tick();
    expect(gate.urgentWaiting()).toBe(false);
    const batchWaiting = gate.run(false, () => Promise.resolve());
    await tick();
    expect(gate.urgentWaiting()).toBe(false);
    const urgent = gate.run(true, () => Promise.resolve(gate.urgentWaiting()));
    await tick();
    expect(gate.urgentWaiting()).toBe(true);
    release();
    // The waiting short push had the slot, and no longer counted as waiting once it did.
    expect(await urgent).toBe(false);
    await Promise.all([bulk, batchWaiting]);
  });

  it('under a steady stream of short pushes, a waiting batch still gets one freed slot in BULK_TURN', async () => {
    const gate = new PushGate(1);
    const order: string[] = [];
    const releases: (() => void)[] = [];
    const job = (name: string, urgent: boolean) =>
      gate.run(urgent, async () => {
        order.push(name);
        await new Promise<void>((r) => releases.push(r));
      });
    const all = [job('first', true)];
    await tick();
    all.push(job('batch', false));
    // three times as many edits as the batch would wait behind, each arriving before the slot frees
    for (let i = 0; i < 3 * BULK_TURN; i++) all.push(job(`edit-${i}`, true));
    while (order.length < 2 + 3 * BULK_TURN) {
      releases.shift()?.();
      await tick();
    }
    releases.forEach((r) => r());
    await Promise.all(all);
    // 'first' held the slot; then BULK_TURN − 1 edits, then the batch's turn
    expect(order.indexOf('batch')).toBe(BULK_TURN);
  });

  it('gives the slot back when the transaction throws', async () => {
    const gate = new PushGate(1);
    await expect(gate.run(false, () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await gate.run(true, () => Promise.resolve('next'))).toBe('next');
  });

  it('lets batches hold only their share of the slots, so a short push finds one free while batches wait', async () => {
    const gate = new PushGate(4, 2);
    let bulkRunning = 0;
    let most = 0;
    const releases: (() => void)[] = [];
    const batch = () =>
      gate.run(false, async () => {
        bulkRunning++;
        most = Math.max(most, bulkRunning);
        await new Promise<void>((r) => releases.push(r));
        bulkRunning--;
      });
    const all = Array.from({ length: 6 }, batch);
    await tick();
    expect(bulkRunning).toBe(2);
    // Two slots stay free for edits: this one runs at once, without waiting for a batch to end.
    expect(await gate.run(true, () => Promise.resolve(gate.urgentWaiting()))).toBe(false);
    while (releases.length > 0) {
      releases.shift()?.();
      await tick();
    }
    await Promise.all(all);
    expect(most).toBe(2);
  });

  it('the server keeps most of its push slots for edits', async () => {
    const gate = pushGateOf({} as ServerDb);
    const releases: (() => void)[] = [];
    let running = 0;
    const all = Array.from({ length: 20 }, () =>
      gate.run(false, async () => {
        running++;
        await new Promise<void>((r) => releases.push(r));
      }),
    );
    await tick();
    expect(running).toBe(BULK_SLOTS);
    expect(BULK_SLOTS).toBeLessThan(SLOTS);
    while (releases.length > 0 || running < 20) {
      releases.shift()?.();
      await tick();
    }
    await Promise.all(all);
  });
});
