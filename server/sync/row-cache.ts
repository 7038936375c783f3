import type { SyncEntity } from '../../shared/sync/entities';
import type { Queryable } from '../db/types';
import { getRow, toStored, type DbRow, type StoredRow } from './rows';

const keyOf = (entity: string, id: string): string => `${entity}\u0000${id}`;

/**
 * The rows one push reads while it checks a mutation, fetched in batches instead of one statement per row: the
 * push path's time went mostly into single-row reads (the scope checks read each pushed row, then each planned
 * row, and the case of each; the re-planner reads them again). Within the push's transaction a row locked here
 * stays as read until COMMIT, so a locked entry answers every later read; an entry read without a lock answers
 * only reads that do not ask for one (a lock request reads it again, locked, as READ COMMITTED requires).
 */
export class RowCache {
  private readonly rows = new Map<
    string,
    { entity: SyncEntity; id: string; row: StoredRow | null; locked: boolean }
  >();

  constructor(private readonly q: Queryable) {}

  /**
   * Reads the rows of `keys` not read yet (or, with `lock`, not locked yet) in one statement. Locks are taken
   * in key order, so two pushes locking overlapping rows wait for each other instead of deadlocking.
   */
  async prefetch(keys: readonly { entity: SyncEntity; id: string }[], lock: boolean): Promise<void> {
    const wanted = new Map<string, { entity: SyncEntity; id: string }>();
    for (const k of keys) {
      const have = this.rows.get(keyOf(k.entity, k.id));
      if (have === undefined || (lock && !have.locked)) wanted.set(keyOf(k.entity, k.id), k);
    }
    if (wanted.size === 0) return;
    const sorted = [...wanted].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, k]) => k);
    // One primary-key lookup per key, never a join the planner may turn into reading every row of the device's
    // offices (migration 0007 says why it did): a LATERAL subquery with FOR UPDATE or OFFSET 0 is not flattened.
    // The keys are sorted in SQL, so the locks follow the database's order of (entity, id), as everyone's do.
    const r = await this.q.query<DbRow>(
      `SELECT x.* FROM (SELECT k.entity, k.id FROM jsonb_to_recordset($1::jsonb) AS k(entity text, id text)
         ORDER BY k.entity, k.id) k
       CROSS JOIN LATERAL (SELECT e.* FROM entity_rows e WHERE e.entity = k.entity AND e.id = k.id
         ${lock ? 'FOR UPDATE' : 'OFFSET 0'}) x`,
      [JSON.stringify(sorted.map(({ entity, id }) => ({ entity, id })))],
      { prepare: true },
    );
    for (const { entity, id } of sorted)
      this.rows.set(keyOf(entity, id), { entity, id, row: null, locked: lock });
    for (const row of r.rows)
      this.rows.set(keyOf(row.entity, row.id), {
        entity: row.entity,
        id: row.id,
        row: toStored(row),
        locked: lock,
      });
  }

  /**
   * A row this transaction already read without a lock, as the device's scope lets it see it (push.ts reads the
   * author's staff row with the device's own row): it answers later reads that ask for no lock.
   */
  seed(entity: SyncEntity, id: string, row: StoredRow | null): void {
    if (!this.rows.has(keyOf(entity, id)))
      this.rows.set(keyOf(entity, id), { entity, id, row, locked: false });
  }

  /** The row as stored (null when there is none), from the cache when it may answer, else read and kept. */
  async get(entity: SyncEntity, id: string, lock = false): Promise<StoredRow | null> {
    const have = this.rows.get(keyOf(entity, id));
    if (have !== undefined && (have.locked || !lock)) return have.row;
    const row = await getRow(this.q, entity, id, lock);
    this.rows.set(keyOf(entity, id), { entity, id, row, locked: lock });
    return row;
  }

  /**
   * Every row read so far, absent ones included, as the re-planner's snapshot takes them: a tombstoned row reads
   * as absent there.
   */
  known(): { entity: SyncEntity; id: string; data: Record<string, unknown> | null }[] {
    return [...this.rows.values()].map(({ entity, id, row }) => ({
      entity,
      id,
      data: row === null || row.deleted !== null ? null : row.data,
    }));
  }
}
