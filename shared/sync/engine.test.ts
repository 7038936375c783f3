import { describe, expect, it } from 'vitest';
import { syncRound, TransportError, type LocalSyncStore, type SyncTransport } from './engine';
import type { MutationOutcome, PullPage, PushRequest, SnapshotPage, WireMutation } from './protocol';

/**
 * The round's decisions against a scripted server and a small in-memory outbox (the real SQLite store and the
 * real server handlers meet in the model-based test): what is sent, what is kept, when it stops.
 */
type Entry = WireMutation & {
  state: 'pending' | 'held' | 'applied' | 'rejected' | 'conflict';
  outcome?: MutationOutcome;
};

function outbox(n: number) {
  const entries: Entry[] = Array.from({ length: n }, (_, i) => ({
    id: i + 1,
    name: 'case.register',
    version: 1,
    args: { i },
    bases: [],
    changes: [],
    hlc: `h${i}`,
    deviceTime: '2026-11-25T02:00:00.000Z',
    userId: 'u1',
    state: 'pending',
  }));
  const pages: PullPage[] = [];
  let cursor = 0;
  let held = false;
  const snapshots: { page: SnapshotPage; first: boolean }[] = [];
  const finished: string[] = [];
  let localSums: Record<string, number> = {};
  const store: LocalSyncStore = {
    clientId: () => 'c1',
    schemaVersion: () => 7,
    appVersion: () => '0.1.0',
    cursor: () => cursor,
    acknowledgedThrough: () => {
      const first = entries.find((e) => e.state === 'pending' || e.state === 'held');
      return first === undefined ? entries.length : first.id - 1;
    },
    pending: (limit) =>
      held
        ? []
        : entries
            .filter((e) => e.state === 'pending')
            .slice(0, limit)
            .map(({ state: _s, outcome: _o, ...w }) => w),
    recordOutcomes(outcomes) {
      for (const o of outcomes) {
        const e = entries.find((x) => x.id === o.id);
        if (e === undefined || e.state !== 'pending') continue;
        e.state = o.outcome === 'applied' ? 'applied' : o.outcome === 'rejected' ? 'rejected' : 'conflict';
        e.outcome = o;
      }
    },
    resendFrom(id) {
      for (const e of entries) if (e.id >= id) e.state = 'pending';
    },
    hold(on) {
      held = on;
    },
    applyPage(page) {
      pages.push(page);
      cursor = page.cursor;
      store.recordOutcomes(page.outcomes);
    },
    checksums: (offices) => Object.fromEntries(offices.map((o) => [o, localSums[o] ?? 0])),
    applySnapshotPage(page, first) {
      snapshots.push({ page, first });
    },
    finishSnapshot(officeId) {
      finished.push(officeId);
    },
  };
  return {
    entries,
    store,
    pages,
    snapshots,
    finished,
    isHeld: () => held,
    setSums: (s: Record<string, number>) => void (localSums = s),
  };
}

const hello = { protocolVersion: 1, minSchema: 5, maxSchema: 7, serverSchema: 1, serverId: 's1' };
const emptyPage = (cursor: number, more = false): PullPage => ({
  rows: [],
  cursor,
  more,
  lastMutationId: 0,
  outcomes: [],
  checkpoint: more ? null : { seq: cursor, checksums: {} },
});

function server(over: Partial<SyncTransport> = {}): SyncTransport & { pushes: PushRequest[] } {
  const pushes: PushRequest[] = [];
  return {
    pushes,
    hello: () => Promise.resolve(hello),
    push: (req) => {
      pushes.push(req);
      return Promise.resolve({
        results: req.mutations.map((m) => ({ id: m.id, outcome: 'applied' as const, seq: m.id })),
        lastMutationId: req.mutations.at(-1)?.id ?? 0,
      });
    },
    pull: (q) => Promise.resolve(emptyPage(q.cursor)),
    snapshot: (q) => Promise.resolve({ officeId: q.officeId, seq: 9, rows: [], more: false }),
    ...over,
  };
}

describe('a sync round', () => {
  it('pushes every pending entry in batches of 100 and records each outcome', async () => {
    const o = outbox(230);
    const t = server();
    const r = await syncRound(o.store, t);
    expect(t.pushes.map((p) => p.mutations.length)).toEqual([100, 100, 30]);
    expect(r).toMatchObject({ pushed: 230, rejected: 0, stoppedBy: null });
    expect(o.entries.every((e) => e.state === 'applied')).toBe(true);
  });

  it('a permanent rejection is recorded and does not block the entries after it', async () => {
    const o = outbox(3);
    const t = server({
      push: (req) =>
        Promise.resolve({
          results: req.mutations.map((m) =>
            m.id === 2
              ? { id: 2, outcome: 'rejected' as const, reason: '案件已作废', code: 'conflict' }
              : { id: m.id, outcome: 'applied' as const, seq: m.id },
          ),
          lastMutationId: 3,
        }),
    });
    const r = await syncRound(o.store, t);
    expect(r.rejected).toBe(1);
    expect(o.entries.map((e) => e.state)).toEqual(['applied', 'rejected', 'applied']);
    expect(o.entries[1]?.outcome?.reason).toBe('案件已作废');
  });

  it('a transport failure leaves every entry pending, to be sent again', async () => {
    const o = outbox(2);
    const t = server({ push: () => Promise.reject(new TransportError('连接中断')) });
    await expect(syncRound(o.store, t)).rejects.toThrow('连接中断');
    expect(o.entries.every((e) => e.state === 'pending')).toBe(true);
  });

  it('out_of_order (the server lost some: restored from a backup) sends again from where it says', async () => {
    const o = outbox(4);
    o.entries[0]!.state = 'applied';
    o.entries[1]!.state = 'applied';
    let first = true;
    const sent: number[][] = [];
    const t = server({
      push: (req) => {
        sent.push(req.mutations.map((m) => m.id));
        if (first) {
          first = false;
          return Promise.resolve({
            ok: false as const,
            error: { code: 'out_of_order' as const, message: '', expectedNext: 2 },
          });
        }
        return Promise.resolve({
          results: req.mutations.map((m) => ({ id: m.id, outcome: 'applied' as const, seq: m.id })),
          lastMutationId: 4,
        });
      },
    });
    await syncRound(o.store, t);
    expect(sent).toEqual([
      [3, 4],
      [2, 3, 4],
    ]);
    expect(o.entries.every((e) => e.state === 'applied')).toBe(true);
  });

  it('too old for the server: holds the outbox (nothing sent, nothing dropped) and says so', async () => {
    const o = outbox(2);
    const t = server({ hello: () => Promise.resolve({ ...hello, minSchema: 8, maxSchema: 9 }) });
    const r = await syncRound(o.store, t);
    expect(r.stoppedBy).toBe('upgrade_required');
    expect(o.isHeld()).toBe(true);
    expect(t.pushes).toEqual([]);
    expect(o.entries.every((e) => e.state === 'pending')).toBe(true);
    // After the update the window fits again: held entries go out.
    const after = await syncRound(o.store, server());
    expect(after.pushed).toBe(2);
  });

  it('stays held across rounds while too old, also when push itself answers 426, then sends all in order', async () => {
    const o = outbox(3);
    // The server's window starts above this desktop's schema (7): every round holds, nothing goes out.
    const refusing = server({ hello: () => Promise.resolve({ ...hello, minSchema: 8, maxSchema: 9 }) });
    for (let round = 0; round < 3; round++) {
      const r = await syncRound(o.store, refusing);
      expect(r).toMatchObject({ stoppedBy: 'upgrade_required', pushed: 0 });
      // Work goes on offline meanwhile: each round finds one more entry, none lost.
      o.entries.push({ ...(o.entries[0] as Entry), id: o.entries.length + 1, state: 'pending' });
    }
    expect(refusing.pushes).toEqual([]);
    expect(o.isHeld()).toBe(true);
    // A server whose hello still admits the old schema but whose push does not (a window changed in between).
    const late = server({
      push: () =>
        Promise.resolve({
          ok: false as const,
          error: { code: 'upgrade_required' as const, message: '客户端版本过旧', minSchema: 8, maxSchema: 9 },
        }),
    });
    expect((await syncRound(o.store, late)).stoppedBy).toBe('upgrade_required');
    expect(o.isHeld()).toBe(true);
    expect(o.entries.every((e) => e.state === 'pending')).toBe(true);

    // Updated: the schema is inside the window, so the hold is released and all six go out, in id order.
    o.store.schemaVersion = () => 8;
    const admitted = server({ hello: () => Promise.resolve({ ...hello, minSchema: 8, maxSchema: 9 }) });
    const r = await syncRound(o.store, admitted);
    expect(r).toMatchObject({ stoppedBy: null, pushed: 6 });
    expect(o.isHeld()).toBe(false);
    expect(admitted.pushes.flatMap((p) => p.mutations.map((m) => m.id))).toEqual([1, 2, 3, 4, 5, 6]);
    expect(admitted.pushes[0]?.schemaVersion).toBe(8);
    expect(o.entries.every((e) => e.state === 'applied')).toBe(true);
  });

  it('pulls page after page until the feed ends, each page applied with its cursor', async () => {
    const o = outbox(0);
    const t = server({
      pull: (q) => Promise.resolve(q.cursor < 30 ? emptyPage(q.cursor + 10, true) : emptyPage(q.cursor)),
    });
    await syncRound(o.store, t);
    expect(o.pages.map((p) => p.cursor)).toEqual([10, 20, 30, 30]);
  });

  it('a checkpoint that disagrees brings a re-snapshot of that office only', async () => {
    const o = outbox(0);
    o.setSums({ a: 1, b: 2 });
    const t = server({
      pull: (q) =>
        Promise.resolve({ ...emptyPage(q.cursor), checkpoint: { seq: 5, checksums: { a: 1, b: 3 } } }),
    });
    const r = await syncRound(o.store, t);
    expect(r.resnapshots).toEqual(['b']);
    expect(o.snapshots).toHaveLength(1);
    expect(o.snapshots[0]?.first).toBe(true);
    expect(o.finished).toEqual(['b']);
  });

  it('a store that says the checkpoint is not due (verified recently) is not scanned and not re-snapshotted', async () => {
    const o = outbox(0);
    o.setSums({ a: 1, b: 2 });
    let scanned = 0;
    const store = {
      ...o.store,
      checkpointDue: () => false,
      checksums: (offices: readonly string[]) => {
        scanned += 1;
        return o.store.checksums(offices);
      },
    };
    const t = server({
      pull: (q) =>
        Promise.resolve({ ...emptyPage(q.cursor), checkpoint: { seq: 5, checksums: { a: 1, b: 3 } } }),
    });
    expect(await syncRound(store, t)).toMatchObject({ resnapshots: [] });
    expect(scanned).toBe(0);
    expect(await syncRound({ ...store, checkpointDue: () => true }, t)).toMatchObject({ resnapshots: ['b'] });
  });
});
