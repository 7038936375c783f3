import type { StaffSummary } from '../../../../shared/domain/staff/staff.schema';
import type { StaffRole } from '../../../../shared/domain/reference-data';
import type { Db } from '../connection';
import { bool, parseJsonArray } from './row-json';

type StaffRow = {
  id: string;
  office_id: string;
  name: string;
  username: string;
  password_hash: string;
  roles: string;
  active: number;
};

export type StaffRecord = StaffSummary & { passwordHash: string };

const toStaff = (r: StaffRow): StaffRecord => ({
  id: r.id,
  officeId: r.office_id,
  name: r.name,
  username: r.username,
  roles: parseJsonArray(r.roles) as StaffRole[],
  active: bool(r.active),
  passwordHash: r.password_hash,
});

export function createStaffRepo(db: Db) {
  const byId = db.prepare<[string], StaffRow>('SELECT * FROM staff WHERE id = ? AND deleted_at IS NULL');
  const byUsername = db.prepare<[string], StaffRow>(
    'SELECT * FROM staff WHERE username = ? AND deleted_at IS NULL',
  );
  const all = db.prepare<[], StaffRow>('SELECT * FROM staff WHERE deleted_at IS NULL ORDER BY name');
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM staff');
  return {
    get: (id: string): StaffRecord | null => {
      const r = byId.get(id);
      return r ? toStaff(r) : null;
    },
    byUsername: (username: string): StaffRecord | null => {
      const r = byUsername.get(username);
      return r ? toStaff(r) : null;
    },
    list: (): StaffRecord[] => all.all().map(toStaff),
    count: (): number => count.get()?.n ?? 0,
  };
}
export type StaffRepo = ReturnType<typeof createStaffRepo>;
