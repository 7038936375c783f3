import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ENTITY_SPECS,
  SYNC_ENTITIES,
  type EntityRow,
  type SyncEntity,
} from '../../../../shared/sync/entities';
import { correctionsFixture, type CorrectionsFixture } from '../../../../tests/helpers/corrections';
import { allRowIds, populateEveryEntity } from '../../../../tests/helpers/sync-rows';
import { openDatabase, type Db } from '../connection';
import { migrate } from '../migrate';
import { MIGRATIONS } from '../migrations';
import { createRepos, type Repos } from '../repositories';

/**
 * Pulled rows go in through the specs and come out the same (readEntityRow(writePulledRow(x)) = x) for every
 * entity, carry the server's bookkeeping, and are never mistaken for local changes.
 */
let fx: CorrectionsFixture;
let dir: string;
let db: Db;
let repos: Repos;
beforeEach(() => {
  fx = correctionsFixture();
  dir = mkdtempSync(join(tmpdir(), 'ldcs-pulled-'));
  db = openDatabase(join(dir, 'b.sqlite'));
  migrate(db, MIGRATIONS);
  repos = createRepos(db);
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
  fx.core.dispose();
});

const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const bookkeeping = (entity: SyncEntity, id: string) =>
  db
    .prepare(
      `SELECT row_seq AS rowSeq, field_seqs AS fieldSeqs, deleted_at AS at, deleted_by AS by, delete_reason AS reason
       FROM ${ENTITY_SPECS[entity].table} WHERE id = ?`,
    )
    .get(id);

describe('writePulledRow / readEntityRow', () => {
  it('round-trips every row of every entity into an empty database, capturing nothing', () => {
    populateEveryEntity(fx);
    const source = fx.core.services.repos.rowWriter;
    const rows = allRowIds(fx.core.db);
    expect(new Set(rows.map((r) => r.entity))).toEqual(new Set(SYNC_ENTITIES));

    repos.changeCapture.begin();
    rows.forEach(({ entity, id }, i) => {
      const row = source.readEntityRow(entity, id);
      if (!row) throw new Error(`${entity} ${id}`);
      repos.rowWriter.writePulledRow(entity, row, { rowSeq: i + 1, fieldSeqs: { id: i + 1 }, deleted: null });
      expect(repos.rowWriter.readEntityRow(entity, id)).toEqual(row);
      expect(bookkeeping(entity, id)).toEqual({
        rowSeq: i + 1,
        fieldSeqs: JSON.stringify({ id: i + 1 }),
        at: null,
        by: null,
        reason: null,
      });
    });
    expect(repos.changeCapture.collect()).toEqual([]);
    expect(count('shadow')).toBe(0);
    expect(count('outbox')).toBe(0);
  });

  it('updates an existing row in place, tombstone included, and a later local write is captured again', () => {
    const caseId = fx.register();
    const row = fx.core.services.repos.rowWriter.readEntityRow('case', caseId) as EntityRow<'case'>;
    const office = fx.core.services.repos.rowWriter.readEntityRow(
      'office',
      row.officeId,
    ) as EntityRow<'office'>;
    const creator = fx.core.services.repos.rowWriter.readEntityRow(
      'staff',
      row.createdBy,
    ) as EntityRow<'staff'>;
    const meta = { rowSeq: 1, fieldSeqs: {}, deleted: null };
    repos.rowWriter.writePulledRow('office', office, meta);
    repos.rowWriter.writePulledRow('staff', creator, meta);
    repos.rowWriter.writePulledRow('case', row, meta);

    const changed = {
      ...row,
      summary: '服务器上的更正',
      isSimple: true,
      reasons: ['overtime', 'wage_arrears'],
    };
    const deleted = { at: '2026-11-25T02:00:00.000Z', by: creator.id, reason: '重复登记' };
    repos.changeCapture.begin();
    repos.rowWriter.writePulledRow('case', changed, { rowSeq: 7, fieldSeqs: { summary: 7 }, deleted });
    expect(repos.rowWriter.readEntityRow('case', caseId)).toEqual(changed);
    expect(bookkeeping('case', caseId)).toEqual({ rowSeq: 7, fieldSeqs: '{"summary":7}', ...deleted });
    expect(repos.changeCapture.collect()).toEqual([]);
    expect(count('shadow')).toBe(0);

    // The pause ends with the write: a local write after it is a change again, based on the pulled seqs.
    repos.changeCapture.begin();
    repos.cases.setClerk(caseId, creator.id, '2026-11-25T03:00:00.000Z');
    expect(repos.changeCapture.collect()).toMatchObject([
      { entity: 'case', id: caseId, created: false, op: 'delete', bases: { clerkId: 7, updatedAt: 7 } },
    ]);
  });

  it('returns null for a row it does not have', () => {
    expect(repos.rowWriter.readEntityRow('case', 'no-such-case')).toBeNull();
  });
});
