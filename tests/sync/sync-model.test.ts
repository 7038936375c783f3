import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncRound, TransportError } from '../../shared/sync/engine';
import type { PushRequest } from '../../shared/sync/protocol';
import type { ServerDb } from '../../server/db/types';
import { handlePush } from '../../server/sync/push';
import { openTestDb } from '../../server/testing/test-db';
import { uid } from '../../server/testing/wire-builders';
import { inProcessTransport, type Fault } from './in-process-transport';
import {
  modelWorld,
  outcomesOf,
  lastOutcome,
  deactivate,
  conflictsOnce,
  type ModelWorld,
} from './model-world';
import type { ModelBlobs } from './model-blobs';
import { inProcessBlobTransport, type BlobFault } from './model-blobs';
import { blobInvariants, blobsSettled } from './model-blob-invariants';
import type { BlobSync } from '../../shared/sync/blob-sync';
import { SUPPORTED_DESKTOP_SCHEMA } from '../../shared/sync/versions';

/**
 * Model-based test of the whole sync loop (issue 11 acceptance): up to four desktops (a committee device and
 * devices of two stations) write offline, sync through the real server core on PGlite with lost requests, lost
 * responses, duplicates, stale replays and desktop crashes mid-round (restarted from committed state), and after every step and at quiescence the
 * invariants hold. Each run lives in its own committee (fresh ids), so one database serves every run.
 */
type Action =
  | { k: 'register'; c: number }
  | { k: 'edit'; c: number; pick: number; text: string }
  | { k: 'sync'; c: number; faults: Fault[]; blobFaults: BlobFault[] }
  | { k: 'attach'; c: number; len: number }
  | { k: 'replay'; c: number; pick: number }
  | { k: 'crash'; c: number; after: number }
  | { k: 'clash'; c: number; pick: number }
  | { k: 'revoke'; c: number }
  | { k: 'age'; c: number; old: boolean };

const weighted = (weight: number, arbitrary: fc.Arbitrary<Action>) => ({ weight, arbitrary });
const action: fc.Arbitrary<Action> = fc.oneof(
  weighted(4, fc.record({ k: fc.constant('register' as const), c: fc.nat(3) })),
  weighted(
    5,
    fc.record({
      k: fc.constant('edit' as const),
      c: fc.nat(3),
      pick: fc.nat(20),
      text: fc.constantFrom('甲', '乙', '丙'),
    }),
  ),
  weighted(
    4,
    fc.record({
      k: fc.constant('sync' as const),
      c: fc.nat(3),
      faults: fc.array(fc.constantFrom<Fault>('none', 'none', 'lose_request', 'lose_response', 'duplicate'), {
        maxLength: 6,
      }),
      blobFaults: fc.array(
        fc.constantFrom<BlobFault>('none', 'none', 'lose_request', 'lose_response', 'duplicate', 'corrupt'),
        { maxLength: 8 },
      ),
    }),
  ),
  // A file attached on a desktop (uploaded in 8-byte chunks, so a file spans several), wanted by the others.
  weighted(
    2,
    fc.record({ k: fc.constant('attach' as const), c: fc.nat(3), len: fc.integer({ min: 1, max: 40 }) }),
  ),
  // Two desktops edit the same case differently before either syncs: a concurrent edit the server must hold.
  weighted(2, fc.record({ k: fc.constant('clash' as const), c: fc.nat(3), pick: fc.nat(20) })),
  weighted(2, fc.record({ k: fc.constant('replay' as const), c: fc.nat(3), pick: fc.nat(20) })),
  weighted(2, fc.record({ k: fc.constant('crash' as const), c: fc.nat(3), after: fc.nat(4) })),
  // Rarer: a user removed from the office (the server deactivates the account), a desktop too old for the server.
  weighted(1, fc.record({ k: fc.constant('revoke' as const), c: fc.nat(3) })),
  weighted(1, fc.record({ k: fc.constant('age' as const), c: fc.nat(3), old: fc.boolean() })),
);

/** The desktop process dies mid-round: the server has handled the request, the client never sees the answer. */
class Crash extends Error {}

describe('sync model: desktops and the server converge under faults', () => {
  let db: ServerDb;
  let run = 0;
  beforeAll(async () => {
    db = await openTestDb('pglite');
  });
  afterAll(async () => {
    await db.close();
  });

  const world = (clients: number) => modelWorld(db, ++run, clients);

  async function invariants(w: ModelWorld) {
    // No row a cursor could pass: with nothing in flight between steps the watermark is the feed's head. (A
    // block rolled back after its seqs were taken — a write the row policies refused — leaves a hole, which no
    // reader waits for; every client's checksums below say whether it holds every row.)
    const seqs = await db.query<{ n: number; max: number; w: number }>(
      'SELECT count(*)::int AS n, coalesce(max(seq), 0)::int AS max, sync_watermark()::int AS w FROM change_log',
    );
    expect(seqs.rows[0]?.n).toBeLessThanOrEqual(seqs.rows[0]?.max ?? 0);
    expect(seqs.rows[0]?.w).toBeGreaterThanOrEqual(seqs.rows[0]?.max ?? 0);
    for (const c of w.all) {
      // Each mutation is decided once and applied at most once.
      const dup = await db.query(
        'SELECT mutation_id FROM change_log WHERE client_id = $1 GROUP BY mutation_id, entity, id HAVING count(*) > 1',
        [c.clientId],
      );
      expect(dup.rowCount).toBe(0);
      // Nothing written outside the device's scope; nothing read outside it.
      const scope = c.officeId === w.ids.committee ? [w.ids.committee, w.ids.s1, w.ids.s2] : [c.officeId];
      const wrote = await db.query<{ office_id: string }>(
        'SELECT DISTINCT office_id FROM change_log WHERE client_id = $1',
        [c.clientId],
      );
      for (const r of wrote.rows) expect(scope).toContain(r.office_id);
      const readable = c.officeId === w.ids.committee ? scope : [c.officeId, w.ids.committee];
      for (const r of c.model.confirmed.values()) expect(readable).toContain(r.officeId);
      // A removed user's later pushes are refused as not authorized, and kept (outcomes never go missing).
      if (c.revokedAfter !== null) {
        const later = await db.query<{ outcome: string; code: string | null }>(
          'SELECT outcome, code FROM mutation_outcomes WHERE client_id = $1 AND mutation_id > $2',
          [c.clientId, c.revokedAfter],
        );
        for (const r of later.rows) expect(r).toEqual({ outcome: 'rejected', code: 'not_authorized' });
      }
      // A desktop too old for the server pushes nothing and drops nothing: its entries wait, held.
      if (c.heldAt !== null) {
        expect(await outcomesOf(db, c.clientId)).toBe(c.heldAt);
      }
    }
  }

  /** The file side of a round: the desktop's files, the server's storage in process, 8-byte chunks. */
  const blobSync = (c: { blobs: ModelBlobs }, faults: BlobFault[]): BlobSync => ({
    local: c.blobs,
    transport: inProcessBlobTransport(db, () => faults.shift() ?? 'none'),
    chunkSize: 8,
  });

  async function quiesce(w: ModelWorld) {
    // Everyone updates: a held outbox goes out once the desktop is inside the server's window again.
    for (const c of w.all) {
      c.model.schema = SUPPORTED_DESKTOP_SCHEMA.max;
      c.heldAt = null;
    }
    for (let round = 0; round < 3; round++)
      for (const c of w.all)
        await syncRound(
          c.model,
          inProcessTransport(db, c, () => 'none', c.sent),
          blobSync(c, []),
        );
    blobsSettled(w.all.map((c) => c.blobs));
    for (const c of w.all) {
      // Every outbox entry has exactly one outcome, and the view holds no pending entry any more.
      expect(c.model.outbox.every((e) => e.outcome !== null)).toBe(true);
      const stored = await db.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM mutation_outcomes WHERE client_id = $1',
        [c.clientId],
      );
      expect(stored.rows[0]?.n).toBe(c.model.outbox.length);
      // Converged: the device's confirmed rows are the server's rows in its scope, version for version.
      const scope = c.officeId === w.ids.committee ? [w.ids.committee, w.ids.s1, w.ids.s2] : [c.officeId];
      const server = await db.query<{ entity: string; id: string; row_seq: number }>(
        `SELECT entity, id, row_seq::int FROM entity_rows WHERE office_id = ANY($1::text[])
           OR (office_id = $2 AND entity IN ('office', 'setting', 'staff'))`,
        [scope, w.ids.committee],
      );
      const want = new Map(server.rows.map((r) => [`${r.entity}:${r.id}`, r.row_seq]));
      const have = new Map([...c.model.confirmed].map(([k, r]) => [k, r.rowSeq]));
      expect(have).toEqual(want);
      // No acknowledged write lost: every applied registration's case is held by its author.
      for (const e of c.model.outbox)
        if (e.op.kind === 'register' && e.outcome?.outcome !== 'rejected')
          expect(have.has(`case:${e.op.caseId}`)).toBe(true);
    }
  }

  it('converges with every mutation decided exactly once (≥ 200 runs)', async () => {
    let conflicts = 0;
    let files = 0;
    let clashes = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 4 }),
        fc.array(action, { maxLength: 14 }),
        async (clients, actions) => {
          const w = await world(clients);
          const shas = new Set<string>();
          let n = 0;
          for (const a of actions) {
            const c = w.all[a.c % clients];
            if (!c) continue;
            if (a.k === 'register') c.model.register(uid(`${run}-${c.clientId}-case-${n++}`));
            if (a.k === 'edit') {
              const cases = [...c.model.view().values()].filter((r) => r.entity === 'case');
              const target = cases[a.pick % Math.max(1, cases.length)];
              if (target) c.model.edit(target.id, a.text);
            }
            if (a.k === 'attach') {
              const sha = c.blobs.attach(Buffer.from(`${run}-${n++}-${'证'.repeat(a.len)}`));
              shas.add(sha);
              for (const d of w.all) if (d !== c) d.blobs.wanted.add(sha);
            }
            if (a.k === 'sync') {
              const faults = [...a.faults];
              try {
                await syncRound(
                  c.model,
                  inProcessTransport(db, c, () => faults.shift() ?? 'none', c.sent),
                  blobSync(c, [...a.blobFaults]),
                );
              } catch (e) {
                // A transport failure (or a crash) ends the round; the next round resumes from durable state.
                if (!(e instanceof TransportError)) throw e;
              }
            }
            if (a.k === 'crash') {
              let calls = 0;
              const server = inProcessTransport(db, c, () => 'none', c.sent);
              const dying = {
                ...server,
                push: async (req: PushRequest) => {
                  const r = await server.push(req);
                  if (++calls > a.after) throw new Crash();
                  return r;
                },
                pull: async (q: Parameters<typeof server.pull>[0]) => {
                  const r = await server.pull(q);
                  if (++calls > a.after) throw new Crash();
                  return r;
                },
              };
              try {
                await syncRound(c.model, dying);
              } catch (e) {
                if (!(e instanceof Crash) && !(e instanceof TransportError)) throw e;
              }
              // Restarted from what it had committed; the server's restart needs nothing (no state outside the DB).
              c.model = c.model.restarted();
              c.blobs = c.blobs.restarted();
            }
            if (a.k === 'replay' && c.sent.length > 0) {
              // A stale request arriving late (reordered or duplicated by the network) changes nothing.
              const old = c.sent[a.pick % c.sent.length];
              if (old) await handlePush(db, c, old);
            }
            if (a.k === 'clash') {
              // A case both can see (a station's case is seen by its committee and its own devices), registered
              // and pulled by both; then each edits it, neither syncs: whoever pushes second has a conflict.
              const other = w.all[(a.c + 1) % clients];
              if (other && other !== c) {
                const owner = c.officeId === w.ids.committee ? other : c;
                const seer = owner === c ? other : c;
                const visible = seer.officeId === w.ids.committee || seer.officeId === owner.officeId;
                if (visible && owner.revokedAfter === null && owner.heldAt === null && seer.heldAt === null) {
                  const caseId = uid(`${run}-${owner.clientId}-clash-${n++}`);
                  owner.model.register(caseId);
                  for (const d of [owner, seer])
                    await syncRound(
                      d.model,
                      inProcessTransport(db, d, () => 'none', d.sent),
                    );
                  if (seer.model.view().has(`case:${caseId}`)) {
                    c.model.edit(caseId, '甲');
                    other.model.edit(caseId, '乙');
                    clashes += 1;
                  }
                }
              }
            }
            if (a.k === 'revoke') {
              if (c.revokedAfter === null) {
                c.revokedAfter = await lastOutcome(db, c.clientId);
                await deactivate(db, c.staffId, c.officeId);
              }
            }
            if (a.k === 'age') {
              c.model.schema = a.old ? SUPPORTED_DESKTOP_SCHEMA.min - 1 : SUPPORTED_DESKTOP_SCHEMA.max;
              c.heldAt = a.old ? (c.heldAt ?? (await outcomesOf(db, c.clientId))) : null;
            }
            await invariants(w);
            await blobInvariants(
              db,
              shas,
              w.all.map((d) => d.blobs),
            );
          }
          await quiesce(w);
          await invariants(w);
          await blobInvariants(
            db,
            shas,
            w.all.map((d) => d.blobs),
          );
          files += shas.size;
          conflicts += await conflictsOnce(db, w);
        },
      ),
      { numRuns: 200, seed: 20261206 },
    );
    // The runs exercised what they claim: edits (re-planned 更正) were applied, and concurrent ones conflicted.
    const edits = await db.query<{ outcome: string; n: number }>(
      "SELECT outcome, count(*)::int AS n FROM mutation_outcomes WHERE name = 'case.correct' GROUP BY outcome",
    );
    const count = (o: string) => edits.rows.find((r) => r.outcome === o)?.n ?? 0;
    const codes = await db.query<{ outcome: string; code: string | null; reason: string | null; n: number }>(
      "SELECT outcome, code, min(reason) AS reason, count(*)::int AS n FROM mutation_outcomes WHERE name = 'case.correct' GROUP BY 1, 2",
    );
    expect(count('applied'), JSON.stringify(codes.rows)).toBeGreaterThan(50);
    expect(count('applied_with_conflict')).toBeGreaterThan(0);
    expect(conflicts).toBe(count('applied_with_conflict'));
    expect(clashes).toBeGreaterThan(10);
    expect(files).toBeGreaterThan(50);
    // Removed users and too-old desktops occurred, and their refusals were recorded.
    const refused = await db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM mutation_outcomes WHERE code = 'not_authorized'",
    );
    expect(refused.rows[0]?.n).toBeGreaterThan(0);
  }, 600_000);
});
