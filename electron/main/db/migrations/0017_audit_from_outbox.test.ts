import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { aCase } from '../../../../tests/helpers/builders';
import { initialize, TEST_SCRYPT_PARAMS } from '../../../../tests/helpers/core';
import { createAppCore, DB_FILE, type AppCore } from '../../app-core';
import { version16Database } from '../../../../tests/helpers/older-database';
import { openDatabase } from '../connection';
import { migrate } from '../migrate';
import { createAuditRepo } from '../repositories/audit.repo';
import { MIGRATIONS } from './index';

/**
 * Migration 0017: the audit stops repeating its outbox row's time, author, mutation name and HLC (and the case id
 * as entity id). Entries of every earlier form — JSON text (before 0012), compressed (0012), compressed against the
 * args (0013), and entries whose values differ from their outbox row — read back the same and verify in one
 * chain after the rebuild; ids and the AUTOINCREMENT mark are kept.
 */
const dirs: string[] = [];
let core: AppCore | null = null;
afterEach(() => {
  core?.close();
  core = null;
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'ldcs-0017-'));
  dirs.push(d);
  return d;
};

describe('migration 0017: the audit takes its outbox row’s values', () => {
  it('keeps every entry’s content, id and hash, stores only what differs, and verifies the same chain', () => {
    const dir = tmp();
    const db = version16Database(join(dir, DB_FILE));
    const before = createAuditRepo(db).list();
    expect(createAuditRepo(db).verifyChain()).toEqual({ entries: 5, unchained: 0, broken: null });
    migrate(db, MIGRATIONS, { backupDir: join(dir, 'backups') });

    const repo = createAuditRepo(db);
    expect(repo.list()).toEqual(before);
    expect(repo.verifyChain()).toEqual({ entries: 5, unchained: 0, broken: null });
    const stored = db
      .prepare('SELECT id, at, user_id, mutation, hlc, entity_id, status FROM audit_log ORDER BY id')
      .all();
    expect(stored).toEqual([
      { id: 1, at: null, user_id: null, mutation: null, hlc: null, entity_id: null, status: null },
      {
        id: 2,
        at: '2026-11-21T08:00:00.000Z',
        user_id: 'u2',
        mutation: 'case.edit',
        hlc: 'h-other',
        entity_id: null,
        status: null,
      },
      { id: 3, at: null, user_id: null, mutation: null, hlc: null, entity_id: 'p1', status: null },
      { id: 4, at: null, user_id: null, mutation: null, hlc: null, entity_id: 's1', status: null },
      { id: 5, at: null, user_id: null, mutation: null, hlc: null, entity_id: null, status: null },
    ]);
    expect(db.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'").get()).toEqual({ seq: 40 });

    // Still append-only, and the outbox values the audit leans on cannot be changed either.
    expect(() => db.prepare("UPDATE audit_log SET hlc = 'x' WHERE id = 1").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log WHERE id = 1').run()).toThrow(/append-only/);
    expect(() => db.prepare("UPDATE outbox SET hlc = 'x' WHERE mutation_id = 1").run()).toThrow(/audit/);
    expect(() => db.prepare("UPDATE outbox SET device_time = 'x' WHERE mutation_id = 5").run()).toThrow(
      /audit/,
    );
    db.prepare("UPDATE outbox SET state = 'applied' WHERE mutation_id = 1").run();

    // An outbox value changed behind the guard's back breaks the chain at that entry.
    db.exec('DROP TRIGGER outbox_audited_no_rewrite');
    db.prepare("UPDATE outbox SET user_id = 'u9' WHERE mutation_id = 3").run();
    expect(repo.verifyChain().broken?.id).toBe(3);
    db.close();
  });

  it('new entries leave the shared values to the outbox row and verify, after older ones', () => {
    const dir = tmp();
    version16Database(join(dir, DB_FILE)).close();
    core = createAppCore({ dataDir: dir, scryptParams: TEST_SCRYPT_PARAMS });
    const admin = initialize(core);
    const r = core.services.mutations.run('case.register', aCase(admin.officeId as string), admin);
    if (!r.ok) throw new Error(r.error.message);
    const { audit } = core.services.repos;
    expect(audit.verifyChain()).toMatchObject({ unchained: 0, broken: null });
    const last = audit.list().at(-1);
    expect(last).toMatchObject({
      mutation: 'case.register',
      userId: admin.id,
      entity: 'case',
      status: 'pending',
    });
    expect(
      audit
        .list()
        .map((e) => e.id)
        .slice(5, 6),
    ).toEqual([41]);
    expect(last?.entityId).toBe(last?.caseId);
    expect(
      core.db
        .prepare('SELECT at, user_id, mutation, hlc, entity_id FROM audit_log ORDER BY id DESC LIMIT 1')
        .get(),
    ).toEqual({ at: null, user_id: null, mutation: null, hlc: null, entity_id: null });
  });

  it('rebuilds the search index without positions; a 3+ character search finds the same cases', () => {
    const dir = tmp();
    const db = openDatabase(join(dir, 'a.sqlite'));
    migrate(db, MIGRATIONS.slice(0, 16), { backupDir: join(dir, 'backups') });
    db.pragma('foreign_keys = OFF');
    const texts = ['张三丰\u0001劳动合同纠纷', 'bcdabc\u0001李四', 'abcd\u0001王五'];
    texts.forEach((t, i) =>
      db.prepare('INSERT INTO case_search (case_id, text) VALUES (?, ?)').run(`c${i}`, t),
    );
    migrate(db, MIGRATIONS, { backupDir: join(dir, 'backups') });
    const find = (q: string) =>
      db
        .prepare<[string], { case_id: string }>(
          `SELECT s.case_id FROM case_search s WHERE s.rowid IN (SELECT rowid FROM case_fts WHERE text LIKE ?)
           ORDER BY s.case_id`,
        )
        .all(`%${q}%`)
        .map((x) => x.case_id);
    expect(find('劳动合同')).toEqual(['c0']);
    expect(find('abcd')).toEqual(['c2']);
    expect(find('纠纷李')).toEqual([]);
    db.prepare('INSERT INTO case_search (case_id, text) VALUES (?, ?)').run('c3', 'xabcdx');
    db.prepare("UPDATE case_search SET text = 'none' WHERE case_id = 'c2'").run();
    expect(find('abcd')).toEqual(['c3']);
    expect(db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'case_fts'").get()).toMatchObject({
      sql: expect.stringContaining('detail=none') as unknown,
    });
    db.close();
  });
});
