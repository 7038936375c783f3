import type { RoundResult } from '../../shared/sync/engine';
import { createSyncLoop, type SyncLoop } from '../../shared/sync/sync-loop';
import { COMMITTEE, U } from '../../server/testing/sync-fixture';
import { openChangeStream, type ChangeStream } from '../../electron/main/sync/change-stream';
import { aCase } from '../../tests/helpers/builders';
import { enrolledDesktop, type Desktop } from '../../tests/sync/desktops';

/**
 * A real desktop for the benchmarks and the soak (tests/sync/desktops.ts: a SQLite file, the app's own mutation
 * runner and local store, HTTP on loopback) signed in as the fixture's committee administrator, with the app's
 * sync loop (shared/sync/sync-loop.ts: a round at once after a poke, then every 30 s) and, when asked, the
 * server's change stream poking that loop as the app does (connected-sync-service.ts).
 */
import { BENCH_NOW } from './clock';

export { BENCH_NOW };

export type BenchDesktop = Desktop & {
  loop: SyncLoop;
  /** Called after every round of the loop: its result, or null when it failed (server unreachable). */
  afterRound: Set<(r: RoundResult | null) => void>;
  /** The pull cursor the desktop stored with the rows it covers. */
  cursor(): number;
  register(): string;
  close(): void;
};

export async function benchDesktop(url: string, o: { changeStream: boolean }): Promise<BenchDesktop> {
  const d = await enrolledDesktop(url, {
    username: 'admin',
    password: 'pw-admin',
    actor: { id: U.admin, roles: ['admin', 'director', 'clerk', 'arbitrator'], officeId: COMMITTEE },
    now: BENCH_NOW,
  });
  const afterRound = new Set<(r: RoundResult | null) => void>();
  const loop = createSyncLoop({
    round: async () => {
      let r: RoundResult | null = null;
      try {
        r = await d.sync();
        return r;
      } finally {
        for (const f of afterRound) f(r);
      }
    },
    now: () => Date.now(),
    random: Math.random,
    timers: { setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (h) => clearTimeout(h as never) },
  });
  loop.start();
  const stream: ChangeStream | null = o.changeStream
    ? openChangeStream({ url, token: () => d.token, onChange: () => loop.poke(), retryMs: 500 })
    : null;
  return {
    ...d,
    loop,
    afterRound,
    cursor: () => Number(d.core.services.repos.meta.get('sync.cursor') ?? 0),
    register() {
      const r = d.core.services.mutations.run('case.register', aCase(COMMITTEE), d.actor);
      if (!r.ok) throw new Error(`case.register: ${r.error.message}`);
      // The app pokes its loop after every local write.
      loop.poke();
      return String((r.value as { id: string }).id);
    },
    close() {
      stream?.stop();
      loop.stop();
      d.core.dispose();
    },
  };
}
