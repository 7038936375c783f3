import { openDatabase, type Db } from '../../electron/main/db/connection';
import { migrate } from '../../electron/main/db/migrate';
import { MIGRATIONS } from '../../electron/main/db/migrations';
import { localAuditHash, type AuditEntry } from '../../electron/main/db/repositories/audit-chain';
import { encodeAuditDetail } from '../../electron/main/db/repositories/audit-detail';

const OUTBOX = `INSERT INTO outbox (mutation_id, name, version, args, bases, user_id, hlc, device_time)
  VALUES (@id, @mutation, 1, @args, '[]', @userId, @hlc, @at)`;
const entry = (i: number, over: Partial<AuditEntry> = {}): AuditEntry => ({
  at: `2026-11-2${i}T00:00:00.000Z`,
  userId: 'u1',
  mutation: 'case.void',
  mutationId: i,
  entity: 'case',
  entityId: 'c1',
  caseId: 'c1',
  officeId: 'o1',
  before: { status: 'received', n: i },
  after: { status: 'voided' },
  hlc: `00179557200000${i}-0000-01a2508b`,
  ...over,
});

/**
 * A version-16 database (before migration 0017) holding audit entries in each older form, chained, with their
 * outbox rows; encrypted with `key` when one is given, as a data folder's file is.
 */
export function version16Database(file: string, key?: Buffer): Db {
  const db = openDatabase(file, key !== undefined ? { key } : {});
  migrate(db, MIGRATIONS.slice(0, 16), {});
  const entries = [
    entry(1),
    // Written by hand or an older version: its values are not its outbox row's, and must stay.
    entry(2, { at: '2026-11-21T08:00:00.000Z', userId: 'u2', mutation: 'case.edit', hlc: 'h-other' }),
    entry(3, { entity: 'party', entityId: 'p1' }),
    entry(4, { entity: 'staff', entityId: 's1', caseId: null, officeId: null }),
    entry(5),
  ];
  let prev = '';
  entries.forEach((e, k) => {
    db.prepare(OUTBOX).run({ ...entry(e.mutationId), id: e.mutationId, args: '{"caseId":"c1"}' });
    const hash = localAuditHash(prev, e);
    const form = k < 2 ? 'json' : k < 4 ? 'detail' : 'dict';
    const dict = form === 'dict' ? Buffer.from('{"caseId":"c1"}') : undefined;
    db.prepare(
      `INSERT INTO audit_log (at, user_id, mutation, mutation_id, entity, entity_id, case_id, office_id, before,
         after, detail, detail_args, hlc, prev_hash, hash)
       VALUES (@at, @userId, @mutation, @mutationId, @entity, @entityId, @caseId, @officeId, @b, @a, @detail,
         @detailArgs, @hlc, @prev, @hash)`,
    ).run({
      ...e,
      b: form === 'json' ? JSON.stringify(e.before) : null,
      a: form === 'json' ? JSON.stringify(e.after) : null,
      detail: form === 'json' ? null : encodeAuditDetail(e, dict),
      detailArgs: form === 'dict' ? 1 : null,
      prev,
      hash,
    });
    prev = hash;
  });
  // As if later entries had been rolled back: AUTOINCREMENT never hands their ids out again.
  db.prepare("UPDATE sqlite_sequence SET seq = 40 WHERE name = 'audit_log'").run();
  return db;
}
