import type { Office } from '../../../../shared/domain/office/office.schema';
import type { Db } from '../connection';

type OfficeRow = {
  id: string;
  kind: 'committee' | 'station';
  name: string;
  short_name: string;
  parent_id: string | null;
};
const toOffice = (r: OfficeRow): Office => ({
  id: r.id,
  kind: r.kind,
  name: r.name,
  shortName: r.short_name,
  parentId: r.parent_id,
});

export function createOfficeRepo(db: Db) {
  const byId = db.prepare<[string], OfficeRow>('SELECT * FROM offices WHERE id = ? AND deleted_at IS NULL');
  const all = db.prepare<[], OfficeRow>(
    "SELECT * FROM offices WHERE deleted_at IS NULL ORDER BY kind = 'station', name",
  );
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM offices');
  return {
    get: (id: string): Office | null => {
      const r = byId.get(id);
      return r ? toOffice(r) : null;
    },
    list: (): Office[] => all.all().map(toOffice),
    count: (): number => count.get()?.n ?? 0,
  };
}
export type OfficeRepo = ReturnType<typeof createOfficeRepo>;
