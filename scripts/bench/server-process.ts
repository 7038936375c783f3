import { createServer } from 'node:net';
import { hashPassword } from '../../server/auth/password';
import { migrateServerDb } from '../../server/db/migrate';
import { openPostgres } from '../../server/db/pg';
import type { ServerDb } from '../../server/db/types';
import { commitRows } from '../../server/sync/rows';
import { startServer, type RunningServer } from '../../server/testing/spawn-server';
import { COMMITTEE, STATION, U, seedOffices, staffRow } from '../../server/testing/sync-fixture';
import { createTestDatabase } from '../../server/testing/test-db';

/**
 * The central server as it runs in production for the load, recovery and soak runs: real `server/main.ts`
 * processes on a fresh PostgreSQL database (127.0.0.1:5432, created for the run and dropped after), each on a
 * loopback port kept across restarts so clients keep their address. The offices and users are those of
 * server/testing/sync-fixture.ts, with real password hashes because the processes check them for real.
 */
export type ServerSlot = {
  url: string;
  /** The process currently serving this slot, null while it is down. */
  running: RunningServer | null;
  start(): Promise<void>;
  /** SIGKILL: no shutdown hook runs, transactions in flight die with their connections. */
  kill(): Promise<void>;
  stop(): Promise<void>;
};

export type ServerFleet = { db: ServerDb; dbUrl: string; slots: ServerSlot[]; dispose(): Promise<void> };

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      const port = typeof a === 'object' && a !== null ? a.port : 0;
      s.close(() => resolve(port));
    });
  });
}

async function seedWithRealHashes(db: ServerDb): Promise<void> {
  await seedOffices(db);
  const real = (id: string, office: string, name: string, roles: string[]) => {
    const row = staffRow(id, office, name, roles);
    return { ...row, data: { ...row.data, passwordHash: hashPassword(`pw-${name}`) } };
  };
  await db.tx((q) =>
    commitRows(
      q,
      [
        real(U.admin, COMMITTEE, 'admin', ['admin', 'director', 'clerk', 'arbitrator']),
        real(U.med1, STATION, 'med1', ['mediator']),
      ],
      { clientId: null, mutationId: null },
    ),
  );
}

function slot(port: number, dbUrl: string): ServerSlot {
  const s: ServerSlot = {
    url: `http://127.0.0.1:${port}`,
    running: null,
    async start() {
      // warn: the JSON request log of a loaded server would cost the measured process CPU.
      const r = startServer(['--port', String(port), '--database-url', dbUrl], { LOG_LEVEL: 'warn' });
      s.running = r;
      await waitHealthy(s.url, 60_000, r);
    },
    async kill() {
      const r = s.running;
      s.running = null;
      if (r === null) return;
      r.child.kill('SIGKILL');
      await r.exit;
    },
    async stop() {
      const r = s.running;
      s.running = null;
      if (r === null) return;
      r.child.kill('SIGTERM');
      await r.exit;
    },
  };
  return s;
}

/** Polls GET /health until it answers 200 (the process is up and its database reachable). */
export async function waitHealthy(url: string, timeoutMs: number, r?: RunningServer): Promise<void> {
  const until = Date.now() + timeoutMs;
  let exited = false;
  void r?.exit.then(() => (exited = true));
  for (;;) {
    if (exited) throw new Error(`server exited before serving:\n${r?.output() ?? ''}`);
    try {
      const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1_000) });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`server at ${url} not healthy after ${timeoutMs} ms`);
    await new Promise((res) => setTimeout(res, 25));
  }
}

/** A fresh, migrated, seeded database and `processes` server slots on it, started. */
export async function startFleet(processes: number): Promise<ServerFleet> {
  const created = await createTestDatabase();
  const db = await openPostgres(created.url);
  await migrateServerDb(db);
  await seedWithRealHashes(db);
  const slots: ServerSlot[] = [];
  for (let i = 0; i < processes; i++) slots.push(slot(await freePort(), created.url));
  await Promise.all(slots.map((x) => x.start()));
  return {
    db,
    dbUrl: created.url,
    slots,
    async dispose() {
      await Promise.all(slots.map((x) => x.stop()));
      await db.close();
      await created.drop();
    },
  };
}
