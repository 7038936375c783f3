import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checksumOf } from '../../shared/sync/checksum';
import { DB_KINDS, openTestDb } from '../testing/test-db';
import type { ServerDb } from '../db/types';
import { allocateSeqs, appendChanges, type ChangeLogInput } from './seq';

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
  const sums = await db.query<{ office_id: string; sum: number }>(
    'SELECT office_id, sum FROM office_checksums',
  );
  const offices = new Set([...rows.rows.map((r) => r.office_id), ...sums.rows.map((r) => r.office_id)]);
  for (const office of offices) {
    const expected = checksumOf(
      rows.rows
        .filter((r) => r.office_id === office)
        .map((r) => ({ entity: r.entity, id: r.id, rowSeq: r.row_seq, deleted: r.gone })),
    );
    expect(sums.rows.find((s) => s.office_id === office)?.sum ?? 0, office).toBe(expected);
  }
}

describe.each(DB_KINDS)('the change feed on %s', (kind) => {
  let db: ServerDb;
  beforeAll(async () => {
    db = await openTestDb(kind);
  });
  afterAll(() => db.close());

  it('allocates consecutive seqs and gives back those of a rolled-back transaction', async () => {
    expect(await db.tx((q) => allocateSeqs(q, 3))).toBe(1);
    await expect(
      db.tx(async (q) => {
        await allocateSeqs(q, 5);
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await db.tx((q) => allocateSeqs(q, 1))).toBe(4);
    await expect(db.tx((q) => allocateSeqs(q, 0))).rejects.toThrow(/positive integer/);
    await db.query('UPDATE sync_counter SET seq = 0');
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
    expect((await db.query('SELECT seq FROM sync_counter')).rows).toEqual([{ seq: 7 }]);
  });
});
