import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checksumOf } from '../../shared/sync/checksum';
import { openTestDb } from '../testing/test-db';
import type { ServerDb } from '../db/types';
import { appendChanges } from './seq';
import { checksumsNow } from './watermark';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Writers of the same rows at once, on real PostgreSQL: the current rows are read before the feed counter is
 * taken (seq.ts), so what orders two writers of one row is the lock on its key — including a row neither sees
 * yet, which has no row lock. Each office's checksum must still equal the checksum of its rows as stored.
 */
describe('concurrent writers of the same rows keep the checksums', () => {
  let db: ServerDb;
  beforeAll(async () => {
    db = await openTestDb('postgres', { poolMax: 16 });
  });
  afterAll(() => db.close());

  it('counts each row once however many transactions create or rewrite it together', async () => {
    for (let round = 0; round < 3; round++) {
      const ids = [`r${round}-a`, `r${round}-b`, `r${round}-c`];
      await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          db.tx(async (q) => {
            await sleep((i * 7) % 5);
            const picked = ids.filter((_, k) => (i + k) % 2 === 0 || k === 0);
            const seqs = await appendChanges(
              q,
              picked.map((id) => ({
                entity: 'event' as const,
                id,
                officeId: 'office-a',
                caseId: 'case-1',
                op: 'upsert' as const,
                data: { id, n: i },
                fields: ['n'],
                deleted: null,
                clientId: null,
                mutationId: null,
              })),
            );
            // Held open a while, so that another writer of the same new row reads it meanwhile.
            await sleep(10 + ((i * 13) % 20));
            return seqs;
          }),
        ),
      );
      const rows = await db.query<{ entity: string; id: string; row_seq: number; deleted: unknown }>(
        "SELECT entity, id, row_seq, deleted FROM entity_rows WHERE office_id = 'office-a'",
      );
      const expected = checksumOf(
        rows.rows.map((r) => ({
          entity: r.entity,
          id: r.id,
          rowSeq: r.row_seq,
          deleted: r.deleted !== null,
        })),
      );
      expect((await checksumsNow(db, ['office-a']))['office-a']).toBe(expected);
    }
  });
});
