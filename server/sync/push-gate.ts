import type { ServerDb } from '../db/types';

/**
 * Who goes first when pushes wait for the database (issue 12 item 7, docs/sync.md "Benchmarks"). A desktop
 * catching up sends batches of up to 100 mutations, each its own transaction; a person's edit a moment ago goes
 * out as a push of one or two. Waiting in one first-come queue, that edit queued behind every catching-up
 * desktop's next transaction. Here a push transaction takes one of a fixed number of slots, fewer than the pool's
 * connections (token checks and pulls keep theirs); a short push's transactions take the next free slot before
 * any batch's, and a batch gives its slot back between its mutations, so an edit waits for one transaction at
 * most, not for the queue.
 */
export class PushGate {
  private free: number;
  private readonly urgent: (() => void)[] = [];
  private readonly bulk: (() => void)[] = [];

  constructor(slots: number) {
    this.free = slots;
  }

  async run<T>(urgent: boolean, fn: () => Promise<T>): Promise<T> {
    if (this.free > 0) this.free--;
    else await new Promise<void>((resolve) => (urgent ? this.urgent : this.bulk).push(resolve));
    try {
      return await fn();
    } finally {
      // The slot passes straight to the next waiter, so nobody arriving meanwhile can take it first.
      const next = this.urgent.shift() ?? this.bulk.shift();
      if (next) next();
      else this.free++;
    }
  }
}

/** A push of at most this many mutations is someone's recent edit, not a catch-up batch. */
export const URGENT_PUSH = 3;

/** Push slots per database: the pg pool has 10 connections (server/db/pg.ts); two stay for everything else. */
const SLOTS = 8;

const gates = new WeakMap<ServerDb, PushGate>();

export function pushGateOf(db: ServerDb): PushGate {
  let g = gates.get(db);
  if (g === undefined) {
    g = new PushGate(SLOTS);
    gates.set(db, g);
  }
  return g;
}
