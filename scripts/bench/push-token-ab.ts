import { readFileSync } from 'node:fs';
import { migrateServerDb } from '../../server/db/migrate';
import { openPostgres } from '../../server/db/pg';
import type { Queryable, ServerDb } from '../../server/db/types';
import { authenticateToken } from '../../server/sync/device-auth';
import { enrol } from '../../server/sync/enrol';
import { handlePush } from '../../server/sync/push';
import { plainVerify, seedOffices } from '../../server/testing/sync-fixture';
import { createTestDatabase } from '../../server/testing/test-db';
import { SCHEMA } from './wire-client';
import { registration } from './registration-rows';

/**
 * The token check of a push as a statement of its own first (`old`: authenticate, then handlePush with the
 * device, as routes.ts did) against the check inside the push's first statement (`new`: handlePush with the
 * token), in one process on one pool connection, so the process's and its one backend's CPU are all the push's:
 * `tsx scripts/bench/push-token-ab.ts [blocks] [pushes a block]`. Single-mutation pushes of a registration by one
 * device, in blocks alternating old and new after a warm-up block of each, so drift (the tables growing, other
 * work on a shared machine) falls on both alike. Statements are counted as they are sent, BEGIN and COMMIT
 * included.
 */
const blocks = Number(process.argv[2] ?? 6);
const perBlock = Number(process.argv[3] ?? 300);
const NOW = new Date('2026-11-25T02:00:00.000Z');

const cpuOf = (pid: number): number => {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = f.slice(f.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) / 100) * 1000;
};
const selfCpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** `db` with every statement counted; a transaction counts its BEGIN and its COMMIT or ROLLBACK too. */
function counted(db: ServerDb): { db: ServerDb; statements: () => number } {
  let n = 0;
  const wrap = (q: Queryable): Queryable => ({
    query: (text, values, opts) => (n++, q.query(text, values, opts)),
    ...(q.queryAndCommit === undefined
      ? {}
      : { queryAndCommit: (text, values, opts) => (n++, q.queryAndCommit!(text, values, opts)) }),
  });
  return {
    db: { ...db, ...wrap(db), tx: (fn, o) => ((n += 2), db.tx((q) => fn(wrap(q)), o)) },
    statements: () => n,
  };
}

const made = await createTestDatabase();
const raw = await openPostgres(made.url, { max: 1 });
try {
  await migrateServerDb(raw);
  await seedOffices(raw);
  const clientId = 'ab-token-client';
  const e = await enrol(
    raw,
    { clientId, username: 'admin', password: 'pw-admin' },
    { verify: plainVerify },
    NOW,
  );
  if (!('token' in e)) throw new Error(`enrol: ${JSON.stringify(e)}`);
  const token = e.token;
  const backend = (await raw.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]?.pid ?? 0;
  const { db, statements } = counted(raw);
  let id = 0;
  const push = async (version: 'old' | 'new') => {
    id++;
    const req = {
      protocolVersion: 1 as const,
      clientId,
      schemaVersion: SCHEMA,
      mutations: [registration(clientId, id, id)],
    };
    let r;
    if (version === 'new') r = await handlePush(db, { token, now: NOW }, req);
    else {
      const auth = await authenticateToken(db, token, NOW);
      if (auth === null) throw new Error('unauthenticated');
      r = await handlePush(db, auth, req);
    }
    if (!('results' in r) || r.results[0]?.outcome !== 'applied') throw new Error(JSON.stringify(r));
  };
  const block = async (version: 'old' | 'new') => {
    const s0 = statements();
    const c0 = selfCpu();
    const b0 = cpuOf(backend);
    const t0 = performance.now();
    for (let i = 0; i < perBlock; i++) await push(version);
    return {
      version,
      statements: (statements() - s0) / perBlock,
      processMs: (selfCpu() - c0) / perBlock,
      backendMs: (cpuOf(backend) - b0) / perBlock,
      wallMs: (performance.now() - t0) / perBlock,
    };
  };
  await block('old');
  await block('new');
  const results: Awaited<ReturnType<typeof block>>[] = [];
  for (let b = 0; b < blocks; b++)
    for (const v of b % 2 === 0 ? (['old', 'new'] as const) : (['new', 'old'] as const)) {
      const r = await block(v);
      results.push(r);
      process.stdout.write(
        `${r.version}: ${r.statements.toFixed(2)} statements a push, process ${r.processMs.toFixed(3)} ms, ` +
          `backend ${r.backendMs.toFixed(3)} ms, wall ${r.wallMs.toFixed(3)} ms\n`,
      );
    }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
  for (const v of ['old', 'new'] as const) {
    const rs = results.filter((r) => r.version === v);
    process.stdout.write(
      `${v} median of ${rs.length}: process ${median(rs.map((r) => r.processMs)).toFixed(3)} ms, backend ` +
        `${median(rs.map((r) => r.backendMs)).toFixed(3)} ms, wall ${median(rs.map((r) => r.wallMs)).toFixed(3)} ms\n`,
    );
  }
} finally {
  await raw.close();
  await made.drop();
}
