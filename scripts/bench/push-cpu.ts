import { cpuPer, cpuSnapshot } from './process-cpu';
import { registration } from './registration-rows';
import { startFleet } from './server-process';
import { enrolWireClient, type WireClient } from './wire-client';

/**
 * CPU per pushed mutation at a fixed amount of work, for comparing two versions of the push path on a machine
 * shared with other work: `tsx scripts/bench/push-cpu.ts [clients] [mutations]`. The `clients` bench runs its
 * clients flat out for a fixed time, so its CPU per mutation moves with the throughput the machine allowed
 * (fixed costs spread over more or fewer mutations, more or fewer statements sharing a socket write): alternate
 * runs of one version scattered from 2.3 to 3.6 ms in the server process. Here a few clients push a fixed number
 * of registrations (one in five clients one at a time, the rest in batches of 50, as there) after a warm-up of
 * the same size, so the server's code is compiled before it is measured.
 */
const clientsN = Number(process.argv[2] ?? 10);
const total = Number(process.argv[3] ?? 3000);
const BATCH = 50;

async function pushAll(clients: WireClient[], url: string, n: number): Promise<void> {
  let left = n;
  await Promise.all(
    clients.map(async (c, i) => {
      const size = i % 5 === 0 ? 1 : BATCH;
      while (left > 0) {
        const k = Math.min(size, left);
        left -= k;
        while (c.queue.length < k) c.enqueue((id) => registration(c.clientId, id, id));
        const r = await c.push(url, k);
        if (!r.ok) throw new Error('push failed');
      }
    }),
  );
}

const fleet = await startFleet(1);
try {
  const url = fleet.slots[0]?.url ?? '';
  const clients: WireClient[] = [];
  for (let i = 0; i < clientsN; i++) clients.push(await enrolWireClient(url, `cpu-client-${i}`, 'admin'));
  await pushAll(clients, url, total);
  const count = async () =>
    Number((await fleet.db.query<{ n: string }>('SELECT count(*) AS n FROM mutation_outcomes')).rows[0]?.n);
  const pid = fleet.slots[0]?.running?.child.pid;
  const before = await cpuSnapshot(pid, fleet.db);
  const n0 = await count();
  const t0 = Date.now();
  await pushAll(clients, url, total);
  const n = (await count()) - n0;
  const cpu = cpuPer(before, await cpuSnapshot(pid, fleet.db), n);
  const secs = (Date.now() - t0) / 1000;
  process.stdout.write(
    `push-cpu: ${n} mutations in ${secs.toFixed(1)} s (${(n / secs).toFixed(0)}/s); CPU per mutation: server ` +
      `${cpu.serverMs?.toFixed(3)} ms, backends ${cpu.backendsMs?.toFixed(3)} ms\n`,
  );
} finally {
  await fleet.dispose();
}
