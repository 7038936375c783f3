import type { Db } from '../connection';

/** Local, non-synced key/values (sync_meta) and named counters (local_counters). */
export function createMetaRepo(db: Db) {
  const get = db.prepare<[string], { value: string }>('SELECT value FROM sync_meta WHERE key = ?');
  const set = db.prepare(
    'INSERT INTO sync_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  );
  const remove = db.prepare('DELETE FROM sync_meta WHERE key = ?');
  const bump = db.prepare<[string], { value: number }>(
    `INSERT INTO local_counters (name, value) VALUES (?, 1)
     ON CONFLICT(name) DO UPDATE SET value = value + 1 RETURNING value`,
  );
  return {
    get: (key: string): string | null => get.get(key)?.value ?? null,
    set: (key: string, value: string): void => void set.run(key, value),
    delete: (key: string): void => void remove.run(key),
    nextCounter: (name: string): number => {
      const row = bump.get(name);
      if (!row) throw new Error(`counter ${name} did not advance`);
      return row.value;
    },
  };
}
export type MetaRepo = ReturnType<typeof createMetaRepo>;
