import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checksumOf } from '../../shared/sync/checksum';
import type { PullPage } from '../../shared/sync/protocol';
import { createRng } from '../../shared/util/seeded-random';
import type { ServerDb } from '../db/types';
import { openTestDb } from '../testing/test-db';
import { OTHER_STATION, STATION, U, seedOffices } from '../testing/sync-fixture';
import { handlePull } from './pull';
import { appendChanges, type ChangeLogInput } from './seq';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The pull path end to end on real PostgreSQL while writers commit out of order (docs/sync.md §2.4): 450
 * transactions over two seconds on 24 connections, each taking its seqs and then waiting up to 80 ms before
 * COMMIT, one in five rolled back, rows of the device's office and of another; a device pulls in small pages the
 * whole time. Its cursor never goes back, it receives every committed row of its office and no other's events,
 * each row at its last version, and the checksum of its rows equals its last checkpoint's — with the checksum
 * deltas folded meanwhile (more than 256 of them), so the fold and the reader's settling on it are exercised too. Planted bug, tried: a pull reading
 * up to the sequence's head instead of the watermark lost 130–323 rows in each of three runs.
 */
describe('pulls during out-of-order commits on real PostgreSQL', () => {
  let db: ServerDb;
  beforeAll(async () => {
    db = await openTestDb('postgres', { poolMax: 24 });
    await seedOffices(db);
    await db.query("INSERT INTO sync_clients (client_id, staff_id, office_id) VALUES ('dev-wm', $1, $2)", [
      U.med1,
      STATION,
    ]);
  });
  afterAll(() => db.close());

  it('misses no committed row, never moves the cursor back, and ends on matching checksums', async () => {
    const random = createRng(7).next;
    const plans = Array.from({ length: 450 }, (_, i) => ({
      i,
      rows: Array.from({ length: 1 + Math.floor(random() * 3) }, (_, k) => ({
        // Mostly new rows; a few written again and again, so rows are rewritten out of order too.
        id: random() < 0.3 ? `ev-shared-${Math.floor(random() * 20)}` : `ev-${i}-${k}`,
        office: random() < 0.9 ? STATION : OTHER_STATION,
      })),
      before: random() * 2000,
      hold: random() * 80,
      rollback: random() < 0.2,
    }));
    const held = new Map<string, { office: string; rowSeq: number; deleted: boolean }>();
    const received = new Set<number>();
    let cursor = 0;
    const last: { checkpoint: PullPage['checkpoint'] } = { checkpoint: null };
    const pull = async (): Promise<void> => {
      for (;;) {
        const page = await handlePull(
          db,
          { clientId: 'dev-wm', staffId: U.med1 },
          { clientId: 'dev-wm', cursor, limit: 20, schemaVersion: 1, outcomesAfter: 0 },
        );
        if ('ok' in page) throw new Error(page.error.message);
        expect(page.cursor).toBeGreaterThanOrEqual(cursor);
        for (const r of page.rows) {
          // The other station's events never reach it (office and staff rows above it do).
          if (r.entity === 'event') expect(r.officeId).toBe(STATION);
          expect(r.seq).toBeGreaterThan(cursor);
          received.add(r.seq);
          if (r.op === 'delete') held.delete(`${r.entity}:${r.id}`);
          else
            held.set(`${r.entity}:${r.id}`, {
              office: r.officeId,
              rowSeq: r.rowSeq,
              deleted: r.deleted !== null,
            });
        }
        cursor = page.cursor;
        if (page.checkpoint) last.checkpoint = page.checkpoint;
        if (!page.more) return;
      }
    };
    let writing = true;
    const reader = (async () => {
      while (writing) {
        await pull();
        await sleep(2);
      }
    })();
    const change = (id: string, office: string, i: number): ChangeLogInput => ({
      entity: 'event',
      id: `${office}-${id}`,
      officeId: office,
      caseId: `case-${office}`,
      op: 'upsert',
      data: { id: `${office}-${id}`, n: i },
      fields: ['n'],
      deleted: null,
      clientId: null,
      mutationId: null,
    });
    await Promise.all(
      plans.map(async (p) => {
        await sleep(p.before);
        await db
          .tx(async (q) => {
            const unique = [...new Map(p.rows.map((r) => [`${r.office}-${r.id}`, r])).values()];
            await appendChanges(
              q,
              unique.map((r) => change(r.id, r.office, p.i)),
            );
            await sleep(p.hold);
            if (p.rollback) throw new Error('rolled back on purpose');
          })
          .catch((e: unknown) => {
            if (!p.rollback) throw e;
          });
      }),
    );
    writing = false;
    await reader;
    await pull();

    // Every committed row of its office reached it, not only each row's last version.
    const feed = await db.query<{ seq: number }>(
      'SELECT seq FROM change_log WHERE office_id = $1 ORDER BY seq',
      [STATION],
    );
    expect(feed.rows.map((r) => r.seq).filter((q) => !received.has(q))).toEqual([]);
    const stored = await db.query<{ entity: string; id: string; row_seq: number }>(
      'SELECT entity, id, row_seq FROM entity_rows WHERE office_id = $1 AND entity = $2',
      [STATION, 'event'],
    );
    expect(stored.rows.length).toBeGreaterThan(20);
    for (const r of stored.rows) expect(held.get(`${r.entity}:${r.id}`)?.rowSeq, r.id).toBe(r.row_seq);
    expect([...held.keys()].filter((k) => k.startsWith('event:'))).toHaveLength(stored.rows.length);
    // What a desktop checks at a checkpoint: the checksum of the rows it holds for its office equals the server's.
    const mine = [...held].filter(([, v]) => v.office === STATION);
    expect(last.checkpoint?.checksums[STATION]).toBe(
      checksumOf(
        mine.map(([k, v]) => {
          const [entity = '', id = ''] = k.split(':');
          return { entity, id, rowSeq: v.rowSeq, deleted: v.deleted };
        }),
      ),
    );
    const folded = await db.query<{ f: number }>(
      'SELECT max(folded_through) AS f FROM office_checksums WHERE office_id = $1',
      [STATION],
    );
    expect(Number(folded.rows[0]?.f)).toBeGreaterThan(0);
  }, 120_000);
});
