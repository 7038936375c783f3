import type { Db } from '../connection';

/** Committee settings as JSON values, one row per key and office. */
export function createSettingsRepo(db: Db) {
  const get = db.prepare<[string], { value: string }>(
    'SELECT value FROM settings WHERE id = ? AND deleted_at IS NULL',
  );
  const upsert = db.prepare(
    `INSERT INTO settings (id, office_id, value, updated_at, updated_by) VALUES (@id, @officeId, @value, @at, @by)
     ON CONFLICT(id) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  );
  const referenceSeq = db.prepare<[], { seq: number | null }>('SELECT max(row_seq) AS seq FROM settings');
  return {
    /** The newest server version among the settings this desktop holds: the reference data's version. */
    referenceSeq: (): number | null => referenceSeq.get()?.seq ?? null,
    get: (key: string): unknown => {
      const row = get.get(key);
      return row ? (JSON.parse(row.value) as unknown) : undefined;
    },
    set(key: string, officeId: string, value: unknown, at: string, by: string): void {
      upsert.run({ id: key, officeId, value: JSON.stringify(value), at, by });
    },
  };
}
export type SettingsRepo = ReturnType<typeof createSettingsRepo>;
