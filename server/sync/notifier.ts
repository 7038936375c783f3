/**
 * Pokes for devices waiting on `GET /sync/events` (issue 11 item 10): after a commit, every open stream whose
 * device can read one of the changed offices gets an event and pulls at once, so another desktop sees a change
 * within seconds. The notifier only speeds things up — a missed poke is caught by the client's interval pull —
 * so it keeps no state that matters (item 11: all state is in PostgreSQL). This one reaches the streams of
 * this process; shared-notifier.ts carries pokes between server processes.
 */
export type Listener = { offices: ReadonlySet<string>; send: () => void };

export interface Notifier {
  subscribe(l: Listener): () => void;
  /** After a commit that changed rows of these offices. */
  notify(officeIds: readonly string[]): void;
  /** Open streams in this process. */
  readonly size: number;
}

export function createNotifier(): Notifier {
  const listeners = new Set<Listener>();
  return {
    subscribe(l: Listener): () => void {
      listeners.add(l);
      return () => void listeners.delete(l);
    },
    notify(officeIds: readonly string[]): void {
      for (const l of listeners) if (officeIds.some((o) => l.offices.has(o))) l.send();
    },
    get size() {
      return listeners.size;
    },
  };
}
