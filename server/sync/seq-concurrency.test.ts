import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRng } from '../../shared/util/seeded-random';
import { openTestDb } from '../testing/test-db';
import type { Queryable, ServerDb } from '../db/types';
import { appendChanges } from './seq';
import { feedWatermark } from './watermark';

/**
 * The cursor trap (docs/sync.md §2.4) on real PostgreSQL: many transactions on separate connections, random
 * delays between taking their seqs and COMMIT, a quarter rolled back, and a reader polling the whole time as a
 * pull does — watermark first, then the rows after its cursor up to the watermark, then the cursor moved to the
 * watermark. It must see every committed row exactly once, in order. The same writers with a reader that skips
 * the watermark (the planted bug: it moves its cursor to the highest seq it saw) must lose rows, and so must a
 * bare sequence taken at the start of the transaction.
 */

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Writer = (q: Queryable, n: number, tag: string) => Promise<number[]>;
type Run = { committed: number[]; seen: number[]; gapsSeen: number; missed: number[] };

async function race(
  db: ServerDb,
  table: string,
  write: Writer,
  seed: number,
  mode: 'watermark' | 'naive',
): Promise<Run> {
  const random = createRng(seed).next;
  const plans = Array.from({ length: 40 }, (_, i) => ({
    i,
    n: 1 + Math.floor(random() * 3),
    before: random() * 15,
    hold: random() * 25,
    rollback: random() < 0.25,
  }));
  const committed: number[] = [];
  const seen: number[] = [];
  let gapsSeen = 0;
  let cursor = 0;
  const poll = async (): Promise<void> => {
    const upTo = mode === 'watermark' ? await feedWatermark(db) : Number.MAX_SAFE_INTEGER;
    const { rows } = await db.query<{ seq: number }>(
      `SELECT seq FROM ${table} WHERE seq > $1 AND seq <= $2 ORDER BY seq`,
      [cursor, upTo],
    );
    for (const { seq } of rows) {
      // A seq beyond cursor + 1: a hole (a rolled-back block) or an earlier block not committed yet.
      if (seq !== cursor + 1) gapsSeen++;
      seen.push(seq);
      cursor = seq;
    }
    if (mode === 'watermark') cursor = Math.max(cursor, upTo);
  };
  let writing = true;
  const reader = (async () => {
    while (writing) {
      await poll();
      await sleep(1);
    }
  })();
  await Promise.all(
    plans.map(async (p) => {
      await sleep(p.before);
      try {
        const seqs = await db.tx(async (q) => {
          const s = await write(q, p.n, `w${seed}-${p.i}`);
          await sleep(p.hold);
          if (p.rollback) throw new Error('rolled back on purpose');
          return s;
        });
        committed.push(...seqs);
      } catch (e) {
        if (!p.rollback) throw e;
      }
    }),
  );
  writing = false;
  await reader;
  await poll();
  const all = (await db.query<{ seq: number }>(`SELECT seq FROM ${table} ORDER BY seq`)).rows.map(
    (r) => r.seq,
  );
  return {
    committed: committed.sort((a, b) => a - b),
    seen,
    gapsSeen,
    missed: all.filter((s) => !seen.includes(s)),
  };
}

const viaCounter: Writer = (q, n, tag) =>
  appendChanges(
    q,
    Array.from({ length: n }, (_, k) => ({
      entity: 'event' as const,
      id: `${tag}-${k}`,
      officeId: 'office-a',
      caseId: 'case-1',
      op: 'upsert' as const,
      data: { id: `${tag}-${k}` },
      fields: ['id'],
      deleted: null,
      clientId: null,
      mutationId: null,
    })),
  );

/** The planted bug: numbers from a sequence at the start of the transaction. */
const viaSequence: Writer = async (q, n) => {
  const seqs: number[] = [];
  for (let k = 0; k < n; k++) {
    const { rows } = await q.query<{ seq: number }>(
      "INSERT INTO probe_log (seq) VALUES (nextval('probe_seq')) RETURNING seq",
    );
    seqs.push(rows[0]?.seq ?? 0);
  }
  return seqs;
};

describe('commit-ordered seqs on real PostgreSQL', () => {
  let db: ServerDb;
  beforeAll(async () => {
    db = await openTestDb('postgres', { poolMax: 24 });
    await db.query('CREATE SEQUENCE probe_seq; CREATE TABLE probe_log (seq bigint PRIMARY KEY)');
  });
  afterAll(() => db.close());

  it('a reader stopping at the watermark sees every committed row once, in order, and never one below its cursor', async () => {
    for (const seed of [1, 2, 3]) {
      const before = await feedWatermark(db);
      const run = await race(db, 'change_log', viaCounter, seed, 'watermark');
      const k = run.committed.length;
      expect(k).toBeGreaterThan(20);
      expect(run.seen.filter((s) => s > before)).toEqual(run.committed);
      expect(run.missed).toEqual([]);
      // Holes only where a block was rolled back: every seq up to the head is committed or was given up.
      const rows = await db.query<{ seq: number }>('SELECT seq FROM change_log WHERE seq > $1 ORDER BY seq', [
        before,
      ]);
      expect(rows.rows.map((r) => r.seq)).toEqual(run.committed);
    }
  });

  it('catches the planted bug: a reader ignoring the watermark skips rows that commit out of order', async () => {
    let missed = 0;
    for (const seed of [21, 22, 23, 24, 25]) {
      const run = await race(db, 'change_log', viaCounter, seed, 'naive');
      missed += run.missed.length;
      if (missed > 0) break;
    }
    expect(missed).toBeGreaterThan(0);
  });

  it('catches the planted bug: a bare sequence lets a reader skip rows', async () => {
    let missed = 0;
    for (const seed of [11, 12, 13, 14, 15]) {
      const run = await race(db, 'probe_log', viaSequence, seed, 'naive');
      missed += run.missed.length;
      if (missed > 0) break;
    }
    expect(missed).toBeGreaterThan(0);
  });
});
