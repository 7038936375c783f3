import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { aCase } from '../../../../tests/helpers/builders';
import { correctionsFixture, type CorrectionsFixture } from '../../../../tests/helpers/corrections';
import { initialize, TEST_SCRYPT_PARAMS } from '../../../../tests/helpers/core';
import { createAppCore, DB_FILE, type AppCore } from '../../app-core';
import { openDatabase } from '../connection';
import { migrate } from '../migrate';
import { MIGRATIONS } from '../migrations';
import { localAuditHash, type AuditEntry } from './audit-chain';
import { decodeAuditDetail, encodeAuditDetail } from './audit-detail';

let fx: CorrectionsFixture | null = null;
let core: AppCore | null = null;
let dir: string | null = null;
afterEach(() => {
  fx?.core.dispose();
  core?.close();
  if (dir !== null) rmSync(dir, { recursive: true, force: true });
  fx = core = dir = null;
});

type Stored = {
  id: number;
  mutation_id: number;
  before: string | null;
  after: string | null;
  detail: Buffer | null;
  detail_args: number | null;
};
const stored = (c: AppCore): Stored[] =>
  c.db
    .prepare('SELECT id, mutation_id, before, after, detail, detail_args FROM audit_log ORDER BY id')
    .all() as Stored[];

/**
 * Issue 12 item 5: the local audit keeps every change, before → after, compressed on disk (migration 0012); the
 * hash chain still covers the images, so it verifies and still names a tampered entry.
 */
describe('the compact audit', () => {
  it('stores the images compressed and shows each change before → after through its reader', () => {
    fx = correctionsFixture();
    const caseId = fx.register();
    fx.step(caseId, 'arb.accept', '2026-11-24', { simple: false, officialNo: '示劳仲案〔2026〕1号' });
    const rows = stored(fx.core);
    expect(rows.every((r) => r.before === null && r.after === null && r.detail !== null)).toBe(true);
    const accept = fx.core.services.repos.audit.list().at(-1);
    expect(accept).toMatchObject({
      mutation: 'case.performAction',
      before: { status: 'received' },
      after: { action: 'arb.accept', status: 'accepted' },
    });
    const register = fx.core.services.repos.audit.list().find((r) => r.mutation === 'case.register');
    expect(register?.after).toMatchObject({ case: { id: caseId }, parties: [{}, {}] });
    const detailBytes = rows.reduce((n, r) => n + (r.detail?.length ?? 0), 0);
    const jsonBytes = fx.core.services.repos.audit
      .list()
      .reduce((n, r) => n + JSON.stringify([r.before, r.after]).length, 0);
    expect(detailBytes).toBeLessThan(jsonBytes * 0.8);
    expect(fx.core.services.repos.audit.verifyChain()).toMatchObject({ unchained: 0, broken: null });
  });

  it('names an entry whose compressed images were replaced, even after dropping the append-only guard', () => {
    fx = correctionsFixture();
    fx.register();
    const target = stored(fx.core).at(-1) as Stored;
    const forged = deflateRawSync(JSON.stringify([null, { case: { summary: '改过' } }]));
    expect(() =>
      fx?.core.db.prepare('UPDATE audit_log SET detail = ? WHERE id = ?').run(forged, target.id),
    ).toThrow(/append-only/);
    fx.core.db.exec('DROP TRIGGER audit_log_no_rewrite');
    fx.core.db.prepare('UPDATE audit_log SET detail = ? WHERE id = ?').run(forged, target.id);
    expect(fx.core.services.repos.audit.verifyChain().broken).toEqual({
      id: target.id,
      reason: '本条记录的内容与其摘要不符（记录被改动）',
    });
  });

  it('names an entry whose compressed images no longer decode, instead of failing the check', () => {
    fx = correctionsFixture();
    fx.register();
    const target = stored(fx.core)[1] as Stored;
    fx.core.db.exec('DROP TRIGGER audit_log_no_rewrite');
    fx.core.db
      .prepare('UPDATE audit_log SET detail = ? WHERE id = ?')
      .run(Buffer.from('not deflate'), target.id);
    expect(fx.core.services.repos.audit.verifyChain().broken).toEqual({
      id: target.id,
      reason: '本条记录的内容与其摘要不符（记录被改动）',
    });
  });

  it('keeps verifying entries written before migration 0012 (JSON text) and 0013 (no args dictionary), beside new ones', () => {
    dir = mkdtempSync(join(tmpdir(), 'ldcs-audit-'));
    const old = openDatabase(join(dir, DB_FILE));
    migrate(old, MIGRATIONS.slice(0, 11), {});
    old
      .prepare(
        `INSERT INTO outbox (mutation_id, name, version, args, bases, user_id, hlc, device_time)
         VALUES (1, 'case.void', 1, '{}', '[]', 'u1', 'h1', '2026-11-20T00:00:00.000Z')`,
      )
      .run();
    let prev = '';
    for (const [i, status] of ['received', 'accepted'].entries()) {
      const e: AuditEntry = {
        at: `2026-11-2${i}T00:00:00.000Z`,
        userId: 'u1',
        mutation: 'case.void',
        mutationId: 1,
        entity: 'case',
        entityId: 'c1',
        caseId: 'c1',
        officeId: 'o1',
        before: { status },
        after: { status: 'voided' },
        hlc: `h${i}`,
      };
      const hash = localAuditHash(prev, e);
      old
        .prepare(
          `INSERT INTO audit_log (at, user_id, mutation, mutation_id, entity, entity_id, case_id, office_id,
             before, after, hlc, prev_hash, hash)
           VALUES (@at, @userId, @mutation, @mutationId, @entity, @entityId, @caseId, @officeId, @b, @a, @hlc, @prev, @hash)`,
        )
        .run({ ...e, b: JSON.stringify(e.before), a: JSON.stringify(e.after), prev, hash });
      prev = hash;
    }
    // And one in 0012's form: compressed, without the args dictionary 0013 added.
    migrate(old, MIGRATIONS.slice(0, 12), { backupDir: join(dir, 'backups') });
    const e12: AuditEntry = {
      at: '2026-11-22T00:00:00.000Z',
      userId: 'u1',
      mutation: 'case.void',
      mutationId: 1,
      entity: 'case',
      entityId: 'c1',
      caseId: 'c1',
      officeId: 'o1',
      before: { status: 'voided' },
      after: { status: 'received' },
      hlc: 'h2',
    };
    const hash12 = localAuditHash(prev, e12);
    old
      .prepare(
        `INSERT INTO audit_log (at, user_id, mutation, mutation_id, entity, entity_id, case_id, office_id,
           detail, hlc, prev_hash, hash)
         VALUES (@at, @userId, @mutation, @mutationId, @entity, @entityId, @caseId, @officeId, @detail, @hlc, @prev, @hash)`,
      )
      .run({ ...e12, detail: encodeAuditDetail(e12), prev, hash: hash12 });
    old.close();

    core = createAppCore({ dataDir: dir, scryptParams: TEST_SCRYPT_PARAMS });
    const admin = initialize(core);
    const r = core.services.mutations.run('case.register', aCase(admin.officeId as string), admin);
    if (!r.ok) throw new Error(r.error.message);
    const rows = stored(core);
    expect(rows.slice(0, 2).every((x) => x.before !== null && x.detail === null)).toBe(true);
    expect(rows[2]).toMatchObject({ before: null, detail_args: null });
    expect(rows.slice(3).every((x) => x.before === null && x.detail !== null && x.detail_args === 1)).toBe(
      true,
    );
    expect(core.services.repos.audit.verifyChain()).toEqual({
      entries: rows.length,
      unchained: 0,
      broken: null,
    });
    expect(core.services.repos.audit.list()[0]).toMatchObject({
      before: { status: 'received' },
      after: { status: 'voided' },
    });
    expect(core.services.repos.audit.list()[2]).toMatchObject({ before: e12.before, after: e12.after });

    core.db.exec('DROP TRIGGER audit_log_no_rewrite');
    core.db.prepare(`UPDATE audit_log SET before = '{"status":"closed"}' WHERE id = 1`).run();
    expect(core.services.repos.audit.verifyChain().broken?.id).toBe(1);
  });

  it('compresses against the entry’s own outbox args, and still reads and verifies once those are compacted', () => {
    fx = correctionsFixture();
    const caseId = fx.register();
    fx.step(caseId, 'arb.accept', '2026-11-24', { simple: false, officialNo: '示劳仲案〔2026〕1号' });
    const { repos } = fx.core.services;
    const images = repos.audit.list().map((r) => ({ before: r.before, after: r.after }));
    const rows = stored(fx.core);
    expect(rows.every((r) => r.detail_args === 1)).toBe(true);
    // Smaller than the same images compressed alone: the names, ids and claims the args hold are not repeated.
    const alone = images.reduce((n, i) => n + encodeAuditDetail(i).length, 0);
    expect(rows.reduce((n, r) => n + (r.detail?.length ?? 0), 0)).toBeLessThan(alone * 0.7);

    // Acknowledged and compacted: the args move to args_z (the same text), the audit reads as before.
    for (const r of rows)
      repos.syncOutbox.recordOutcome({ id: r.mutation_id, outcome: 'applied', seq: r.id });
    expect(repos.syncOutbox.compactThrough(Number.MAX_SAFE_INTEGER)).toBe(rows.length);
    expect(fx.core.db.prepare("SELECT count(*) AS n FROM outbox WHERE args = ''").get()).toEqual({
      n: rows.length,
    });
    // A plain acceptance keeps only its seq: its id and state are the row's own.
    const outcomes = fx.core.db
      .prepare<[], { id: number; outcome: string; state: string }>(
        'SELECT mutation_id AS id, outcome, state FROM outbox ORDER BY mutation_id',
      )
      .all();
    expect(outcomes).toEqual(
      rows.map((r) => ({ id: r.mutation_id, outcome: JSON.stringify({ seq: r.id }), state: 'applied' })),
    );
    expect(repos.audit.list().map((r) => ({ before: r.before, after: r.after }))).toEqual(images);
    expect(repos.audit.verifyChain()).toMatchObject({ unchained: 0, broken: null });
  });

  it('names an entry whose outbox args were changed, since its images no longer decode to what it hashed', () => {
    fx = correctionsFixture();
    const caseId = fx.register();
    fx.step(caseId, 'arb.accept', '2026-11-24', { simple: false, officialNo: '示劳仲案〔2026〕1号' });
    const target = stored(fx.core).at(-1) as Stored;
    const args = fx.core.db
      .prepare<[number], { args: string }>('SELECT args FROM outbox WHERE mutation_id = ?')
      .get(target.mutation_id) as { args: string };
    fx.core.db
      .prepare('UPDATE outbox SET args = ? WHERE mutation_id = ?')
      .run(args.args.replace('示劳仲案', '改过的案'), target.mutation_id);
    expect(fx.core.services.repos.audit.verifyChain().broken).toEqual({
      id: target.id,
      reason: '本条记录的内容与其摘要不符（记录被改动）',
    });
  });

  it('round-trips images against args larger than DEFLATE’s window', () => {
    const big = Buffer.from(
      JSON.stringify({ claims: Array.from({ length: 3000 }, (_, i) => `请求事项${i}`) }),
    );
    expect(big.length).toBeGreaterThan(32 * 1024);
    const images = { before: null, after: { claims: ['请求事项1', '请求事项2999'], note: '末尾' } };
    expect(decodeAuditDetail(encodeAuditDetail(images, big), big)).toEqual(images);
  });
});
