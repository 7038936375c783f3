import type { ServerDb } from '../db/types';

/**
 * Who goes first when pushes wait for the database (issue 12 item 7, docs/sync.md "Benchmarks"). A desktop
 * catching up sends batches of up to 100 mutations, each its own transaction; a person's edit a moment ago goes
 * out as a push of one or two. Waiting in one first-come queue, that edit queued behind every catching-up
 * desktop's next transaction. Here a push transaction takes one of a fixed number of slots, fewer than the pool's
 * connections (pulls and the other routes' token checks keep theirs; a push checks its token inside its first
 * transaction, in its slot); a short push's transactions take the next free slot before any batch's, and a
 * batch gives its slot back between its transactions — and ends the group transaction it is in after its current
 * mutation when a short push is waiting (`urgentWaiting`) — so an edit waits for a mutation or two at most, not
 * for the queue. Priority is not absolute: while batches wait, every BULK_TURN-th freed slot goes to the oldest
 * of them. With strict priority a steady stream of edits (more short pushes arriving than slots freeing) would
 * hold a catching-up desktop back for as long as the stream lasts.
 */
export class PushGate {
  private free: number;
  private readonly urgent: (() => void)[] = [];
  private readonly bulk: (() => void)[] = [];
  /** Slots handed to short pushes in a row while a batch was waiting. */
  private urgentStreak = 0;
  /** Slots batches hold now (counted when a slot is handed over, so a hand-off in flight counts too). */
  private bulkRunning = 0;

  constructor(
    slots: number,
    private readonly bulkSlots = slots,
  ) {
    this.free = slots;
  }

  async run<T>(urgent: boolean, fn: () => Promise<T>): Promise<T> {
    if (this.free > 0 && (urgent || this.bulkRunning < this.bulkSlots)) {
      this.free--;
      if (!urgent) this.bulkRunning++;
    } else await new Promise<void>((resolve) => (urgent ? this.urgent : this.bulk).push(resolve));
    try {
      return await fn();
    } finally {
      if (!urgent) this.bulkRunning--;
      // The slot passes straight to the next waiter, so nobody arriving meanwhile can take it first.
      const next = this.nextWaiter();
      if (next) next();
      else this.free++;
    }
  }

  /**
   * A short push is waiting for a slot: a batch's group transaction (push-run.ts) then commits after its current
   * mutation and gives its slot back, as a batch used to between any two of its mutations.
   */
  urgentWaiting(): boolean {
    return this.urgent.length > 0;
  }

  private nextWaiter(): (() => void) | undefined {
    const bulkMay = this.bulk.length > 0 && this.bulkRunning < this.bulkSlots;
    const bulkTurn = bulkMay && (this.urgent.length === 0 || this.urgentStreak >= BULK_TURN - 1);
    if (bulkTurn) {
      this.urgentStreak = 0;
      this.bulkRunning++;
      return this.bulk.shift();
    }
    const next = this.urgent.shift();
    if (next && this.bulk.length > 0) this.urgentStreak++;
    return next;
  }
}

/** While batches wait, one freed slot in this many goes to a batch. */
export const BULK_TURN = 4;

/** A push of at most this many mutations is someone's recent edit, not a catch-up batch. */
export const URGENT_PUSH = 3;

/** Push slots per database: the pg pool has 10 connections (server/db/pg.ts); two stay for everything else. */
export const SLOTS = 8;

/**
 * Of those, batches hold at most this many at once; the rest wait for edits. Measured on two cores with 40
 * catching-up desktops and 10 editing ones (docs/sync.md, benchmarks, ninth pass): with all 8 open to batches an
 * edit first waited for a group to end its current mutation, then ran beside seven transactions; 4 took the edit's
 * p95 from about 170 to 135 ms, 3 to about 45 ms, 2 to about 30 ms, each with the batches' throughput no lower
 * (fewer transactions at once contend less for the same cores), and 1 to about 27 ms but with the throughput down
 * from about 330 to 270 mutations/s, since a lone batch's round trips then leave the cores idle.
 */
export const BULK_SLOTS = 2;

const gates = new WeakMap<ServerDb, PushGate>();

export function pushGateOf(db: ServerDb): PushGate {
  let g = gates.get(db);
  if (g === undefined) {
    g = new PushGate(SLOTS, BULK_SLOTS);
    gates.set(db, g);
  }
  return g;
}
