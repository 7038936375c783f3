import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checksumOf } from '../../shared/sync/checksum';
import { DB_KINDS, openTestDb } from '../testing/test-db';
import type { ServerDb } from '../db/types';
import { allocateSeqs, appendChanges, type ChangeLogInput } from './seq';
import { checksumsNow, feedWatermark, foldChecksums } from './watermark';

const change = (over: Partial<ChangeLogInput> & Pick<ChangeLogInput, 'id'>): ChangeLogInput => ({
  entity: 'claim',
  officeId: 'office-a',
  caseId: 'case-1',
  op: 'upsert',
  data: { id: over.id, caseId: 'case-1', officeId: 'office-a', type: 'wage', amountFen: 100 },
  fields: ['id', 'caseId', 'officeId', 'type', 'amountFen'],
  deleted: null,
  clientId: 'client-1',
  mutationId: 1,
  ...over,
});

type Logged = { seq: number; tx_last: boolean; id: string; op: string; row_seq: number; field_seqs: object };

/** The checksum the server keeps for an office must equal the one computed from its rows (what a client does). */
async function expectChecksumsMatchRows(db: ServerDb): Promise<void> {
  const rows = await db.query<{
    entity: string;
    id: string;
    office_id: string;
    row_seq: number;
    gone: boolean;
  }>('SELECT entity, id, office_id, row_seq, deleted IS NOT NULL AS gone FROM entity_rows');
  const known = await db.query<{ office_id: string }>(
    'SELECT office_id FROM office_checksums UNION SELECT office_id FROM office_checksum_deltas',
  );
  const offices = [...new Set([...rows.rows.map((r) => r.office_id), ...known.rows.map((r) => r.office_id)])];
  const sums = await checksumsNow(db, offices);
  for (const office of offices) {
    const expected = checksumOf(
      rows.rows
        .filter((r) => r.office_id === office)
        .map((r) => ({ entity: r.entity, id: r.id, rowSeq: r.row_seq, deleted: r.gone })),
    );
    expect(sums[office] ?? 0, office).toBe(expected);
  }
}

describe.each(DB_KINDS)('the change feed on %s', (kind) => {
  let db: ServerDb;
  beforeAll(async () => {
    db = await openTestDb(kind);
  });
  afterAll(() => db.close());

  it('allocates consecutive blocks; a rolled-back block is a hole the watermark passes once it is gone', async () => {
    expect(await feedWatermark(db)).toBe(0);
    expect(await db.tx((q) => allocateSeqs(q, 3))).toBe(1);
    expect(await feedWatermark(db)).toBe(3);
    await expect(
      db.tx(async (q) => {
        expect(await allocateSeqs(q, 5)).toBe(4);
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await feedWatermark(db)).toBe(8);
    expect(await db.tx((q) => allocateSeqs(q, 1))).toBe(9);
    await expect(db.tx((q) => allocateSeqs(q, 0))).rejects.toThrow(/positive integer/);
    // The allocation's short lock was given back after the error: the next allocation does not wait.
    expect(await db.tx((q) => allocateSeqs(q, 1))).toBe(10);
    await db.query("SELECT setval('sync_feed_seq', 1, false)");
  });

  it('appends a transaction as one run of seqs ending on tx_last, and keeps the rows and field seqs', async () => {
    const seqs = await db.tx((q) =>
      appendChanges(q, [
        change({ id: 'c1' }),
        change({ id: 'c2' }),
        change({ id: 'c1', fields: ['amountFen'] }),
      ]),
    );
    expect(seqs).toEqual([1, 2, 3]);
    const log = await db.query<Logged>(
      'SELECT seq, tx_last, id, op, row_seq, field_seqs FROM change_log ORDER BY seq',
    );
    expect(log.rows.map((r) => [r.seq, r.tx_last, r.id, r.row_seq])).toEqual([
      [1, false, 'c1', 1],
      [2, false, 'c2', 2],
      [3, true, 'c1', 3],
    ]);
    expect(log.rows[2]?.field_seqs).toEqual({ id: 1, caseId: 1, officeId: 1, type: 1, amountFen: 3 });

    // A later transaction writes one field: only that field's seq moves.
    expect(
      await db.tx((q) =>
        appendChanges(q, [change({ id: 'c2', fields: ['type'], data: { id: 'c2', type: 'severance' } })]),
      ),
    ).toEqual([4]);
    const rows = await db.query<{ id: string; row_seq: number; field_seqs: object; data: object }>(
      "SELECT id, row_seq, field_seqs, data FROM entity_rows WHERE entity = 'claim' ORDER BY id",
    );
    expect(rows.rows).toEqual([
      {
        id: 'c1',
        row_seq: 3,
        field_seqs: { id: 1, caseId: 1, officeId: 1, type: 1, amountFen: 3 },
        data: { id: 'c1', caseId: 'case-1', officeId: 'office-a', type: 'wage', amountFen: 100 },
      },
      {
        id: 'c2',
        row_seq: 4,
        field_seqs: { id: 2, caseId: 2, officeId: 2, type: 4, amountFen: 2 },
        data: { id: 'c2', type: 'severance' },
      },
    ]);
    await expectChecksumsMatchRows(db);
  });

  it('keeps the per-office checksums in step through tombstones, moves between offices and deletes', async () => {
    await db.tx((q) =>
      appendChanges(q, [
        change({
          id: 'c1',
          fields: [],
          deleted: { at: '2026-11-25T08:00:00.000Z', by: 's1', reason: '录入错误' },
        }),
        change({ id: 'c2', officeId: 'office-b', fields: ['officeId'] }),
      ]),
    );
    await expectChecksumsMatchRows(db);
    await db.tx((q) =>
      appendChanges(q, [change({ id: 'c2', officeId: 'office-b', op: 'delete', data: null })]),
    );
    expect((await db.query("SELECT id FROM entity_rows WHERE id = 'c2'")).rows).toEqual([]);
    const last = await db.query<Logged>('SELECT seq, tx_last, op FROM change_log ORDER BY seq DESC LIMIT 1');
    expect(last.rows[0]).toMatchObject({ seq: 7, tx_last: true, op: 'delete' });
    await expectChecksumsMatchRows(db);
  });

  it('appends nothing for an empty list', async () => {
    expect(await db.tx((q) => appendChanges(q, []))).toEqual([]);
    expect(await feedWatermark(db)).toBe(7);
  });

  it('keeps the checksums when their deltas are folded, and a reader settles at the fold', async () => {
    await db.tx((q) => appendChanges(q, [change({ id: 'c3', fields: ['amountFen'] })]));
    expect(Number((await db.query('SELECT count(*) AS n FROM office_checksum_deltas')).rows[0]?.['n'])).toBe(
      6,
    );
    await foldChecksums(db);
    expect((await db.query('SELECT count(*)::int AS n FROM office_checksum_deltas')).rows).toEqual([
      { n: 0 },
    ]);
    const folded = await db.query('SELECT office_id, folded_through FROM office_checksums ORDER BY 1');
    expect(folded.rows).toEqual([
      { office_id: 'office-a', folded_through: 8 },
      { office_id: 'office-b', folded_through: 8 },
    ]);
    await expectChecksumsMatchRows(db);
    await db.tx((q) => appendChanges(q, [change({ id: 'c4' })]));
    await expectChecksumsMatchRows(db);
  });
});
