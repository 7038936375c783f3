import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTITY_SPECS } from '../../shared/sync/entities';
import { checksumOf } from '../../shared/sync/checksum';
import { hashPassword, verifyPassword } from '../auth/password';
import type { ServerDb } from '../db/types';
import { DB_KINDS, openTestDb } from '../testing/test-db';
import { checksumsNow } from '../sync/watermark';
import { createAdmin, CreateAdminError, type CreateAdminDeps } from './create-admin';

const NOW = new Date('2026-11-25T01:00:00.000Z');

function deps(): CreateAdminDeps {
  let n = 0;
  return {
    now: () => NOW,
    newId: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
    // A stand-in where the hash is not what the test is about (scrypt takes a while).
    hashPassword: (pw) => `hashed:${pw}`,
  };
}

type Stored = {
  entity: string;
  id: string;
  office_id: string;
  row_seq: number;
  data: Record<string, unknown>;
};

describe.each(DB_KINDS)('create-admin on %s', (kind) => {
  let db: ServerDb;
  beforeAll(async () => {
    db = await openTestDb(kind);
  });
  afterAll(() => db.close());

  it('refuses to start without a committee name when there is no committee', async () => {
    await expect(
      createAdmin(db, { username: 'admin', password: 'secret-123', name: '张三' }, deps()),
    ).rejects.toThrow('请用 --committee 指定委员会名称');
    expect((await db.query('SELECT count(*) AS n FROM change_log')).rows).toEqual([{ n: 0 }]);
  });

  it('creates the committee and its administrator as entity rows in the change feed, shaped as ENTITY_SPECS', async () => {
    const r = await createAdmin(
      db,
      { username: 'admin', password: 'secret-123', name: '张三', committee: '某市劳动人事争议仲裁委员会' },
      { ...deps(), hashPassword },
    );
    expect(r.officeCreated).toBe(true);
    expect(r.office).toEqual({
      id: r.office.id,
      officeId: r.office.id,
      kind: 'committee',
      name: '某市劳动人事争议仲裁委员会',
      shortName: '某市劳动人事争议仲裁委员会',
      parentId: null,
      createdAt: '2026-11-25T01:00:00.000Z',
    });
    expect(r.staff).toMatchObject({
      officeId: r.office.id,
      name: '张三',
      username: 'admin',
      roles: ['admin', 'director'],
      active: true,
      createdAt: '2026-11-25T01:00:00.000Z',
    });
    expect(verifyPassword('secret-123', r.staff.passwordHash)).toBe(true);
    expect(r.seqs).toEqual([1, 2]);

    const rows = (
      await db.query<Stored>('SELECT entity, id, office_id, row_seq, data FROM entity_rows ORDER BY row_seq')
    ).rows;
    expect(rows.map((x) => [x.entity, x.office_id, x.row_seq])).toEqual([
      ['office', r.office.id, 1],
      ['staff', r.office.id, 2],
    ]);
    for (const row of rows)
      expect(Object.keys(row.data).sort()).toEqual(
        Object.keys(ENTITY_SPECS[row.entity as 'office' | 'staff'].fields).sort(),
      );
    const feed = await db.query<{ seq: number; tx_last: boolean }>(
      'SELECT seq, tx_last FROM change_log ORDER BY seq',
    );
    expect(feed.rows).toEqual([
      { seq: 1, tx_last: false },
      { seq: 2, tx_last: true },
    ]);
    expect((await checksumsNow(db, [r.office.id]))[r.office.id]).toBe(
      checksumOf(rows.map((x) => ({ entity: x.entity, id: x.id, rowSeq: x.row_seq, deleted: false }))),
    );
  });

  it('adds a further administrator to the existing committee, and refuses a taken user name or another committee', async () => {
    const d = deps();
    d.newId = () => 'second-admin';
    const r = await createAdmin(db, { username: 'admin2', password: 'secret-456', name: '李四' }, d);
    expect(r.officeCreated).toBe(false);
    expect(r.seqs).toEqual([3]);
    expect(r.staff.officeId).toBe(r.office.id);
    await expect(
      createAdmin(db, { username: 'admin', password: 'secret-789', name: '王五' }, deps()),
    ).rejects.toThrow('用户名「admin」已存在');
    const other = createAdmin(
      db,
      { username: 'admin3', password: 'secret-789', name: '王五', committee: '另一个仲裁委员会' },
      deps(),
    );
    await expect(other).rejects.toBeInstanceOf(CreateAdminError);
    await expect(other).rejects.toThrow('服务器已有委员会「某市劳动人事争议仲裁委员会」');
    expect((await db.query("SELECT count(*) AS n FROM entity_rows WHERE entity = 'office'")).rows).toEqual([
      { n: 1 },
    ]);
  });
});
