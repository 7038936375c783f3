import type { ServerDb } from '../db/types';
import type { ClientScope } from './scope';

/**
 * The scope each device's last push ran under, as this process computed it. A push enters it (and reads its
 * rows under it) in the same round trip as the device's row lock, instead of waiting for that row to compute the
 * scope first (push.ts; docs/sync.md, benchmarks: each round trip cut is time the server process gets back). It
 * is only a guess: the push still computes the scope from what it read and, when the two differ (an office was
 * added or moved since), enters the computed one and reads again.
 */
const guesses = new WeakMap<ServerDb, Map<string, ClientScope>>();

export function scopeGuessesOf(db: ServerDb): Map<string, ClientScope> {
  let g = guesses.get(db);
  if (g === undefined) {
    g = new Map();
    guesses.set(db, g);
  }
  return g;
}

const sameList = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** Whether two scopes set the same row-level security settings and name the same offices. */
export const sameScope = (a: ClientScope, b: ClientScope): boolean =>
  a.clientId === b.clientId &&
  a.staffId === b.staffId &&
  a.officeId === b.officeId &&
  a.committeeId === b.committeeId &&
  sameList(a.writeOffices, b.writeOffices) &&
  sameList(a.readOffices, b.readOffices);
