import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checksumOf } from '../../shared/sync/checksum';
import { DB_KINDS, openTestDb } from '../testing/test-db';
import type { ServerDb } from '../db/types';
import { allocateSeqs, appendChanges, takeRows, type ChangeLogInput } from './seq';
import { checksumsNow } from './watermark';

/*
 * Rows taken early (seq.ts `takeRows`, a push's first round trip) stand in for the writer's own take only when
 * they cover what it writes: every key locked and read there, a seq in the block for every change.
 */

const change = (id: string, fields: string[], n: number): ChangeLogInput => ({
  entity: 'claim',
  id,
  officeId: 'office-a',
  caseId: 'case-1',
  op: 'upsert',
  data: { id, caseId: 'case-1', officeId: 'office-a', type: 'wage', amountFen: n },
  fields,
  deleted: null,
  clientId: 'client-1',
  mutationId: 1,
});
const ALL = ['id', 'caseId', 'officeId', 'type', 'amountFen'];

async function expectChecksumMatchesRows(db: ServerDb): Promise<void> {
  const rows = await db.query<{ entity: string; id: string; row_seq: number; gone: boolean }>(
    "SELECT entity, id, row_seq, deleted IS NOT NULL AS gone FROM entity_rows WHERE office_id = 'office-a'",
  );
  const expected = checksumOf(
    rows.rows.map((r) => ({ entity: r.entity, id: r.id, rowSeq: r.row_seq, deleted: r.gone })),
  );
  expect((await checksumsNow(db, ['office-a']))['office-a']).toBe(expected);
}

const fieldSeqs = async (db: ServerDb, id: string): Promise<Record<string, number>> =>
  (
    await db.query<{ f: Record<string, number> }>('SELECT field_seqs AS f FROM entity_rows WHERE id = $1', [
      id,
    ])
  ).rows[0]?.f ?? {};

describe.each(DB_KINDS)('rows taken early on %s', (kind) => {
  let db: ServerDb;
  beforeAll(async () => {
    db = await openTestDb(kind);
  });
  afterAll(() => db.close());

  it('are used when they cover the writes: the seqs are the block taken', async () => {
    const { first, seqs } = await db.tx(async (q) => {
      const t = await takeRows(q, [{ entity: 'claim', id: 'covered' }], 1);
      return { first: t.first, seqs: await appendChanges(q, [change('covered', ALL, 1)], { taken: t }) };
    });
    expect(seqs).toEqual([first]);
    await expectChecksumMatchesRows(db);
  });

  it('are not used for a key they did not take: that row is read (and its old version counted) anew', async () => {
    const [created] = await db.tx((q) => appendChanges(q, [change('existing', ALL, 1)]));
    await db.tx(async (q) => {
      const t = await takeRows(q, [{ entity: 'claim', id: 'something-else' }], 1);
      await appendChanges(q, [change('existing', ['amountFen'], 2)], { taken: t });
    });
    // The fields this write did not change keep the seq of the write that did.
    expect((await fieldSeqs(db, 'existing'))['type']).toBe(created);
    await expectChecksumMatchesRows(db);
  });

  it('are not used when the block is too small: no seq is handed out twice', async () => {
    const seqs = await db.tx(async (q) => {
      const t = await takeRows(q, [{ entity: 'claim', id: 'twice' }], 1);
      return appendChanges(q, [change('twice', ALL, 1), change('twice', ['amountFen'], 2)], { taken: t });
    });
    const next = await db.tx((q) => allocateSeqs(q, 1));
    expect(next).toBeGreaterThan(Math.max(...seqs));
    await expectChecksumMatchesRows(db);
  });
});
