import type { Db } from '../connection';

/** Committee settings as JSON values, one row per key and office. */
export function createSettingsRepo(db: Db) {
  const get = db.prepare<[string], { value: string }>(
    'SELECT value FROM settings WHERE id = ? AND deleted_at IS NULL',
  );
  const referenceSeq = db.prepare<[], { seq: number | null }>('SELECT max(row_seq) AS seq FROM settings');
  return {
    /** The newest server version among the settings this desktop holds: the reference data's version. */
    referenceSeq: (): number | null => referenceSeq.get()?.seq ?? null,
    get: (key: string): unknown => {
      const row = get.get(key);
      return row ? (JSON.parse(row.value) as unknown) : undefined;
    },
  };
}
export type SettingsRepo = ReturnType<typeof createSettingsRepo>;
