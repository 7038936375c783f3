import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RowChange } from '../../../shared/sync/changes';
import { aCase } from '../../../tests/helpers/builders';
import { correctionsFixture, TODAY, type CorrectionsFixture } from '../../../tests/helpers/corrections';
import { allRowIds } from '../../../tests/helpers/sync-rows';
import { createAppCore, DB_FILE, type AppCore } from '../app-core';
import type { OutboxRow } from '../db/repositories/outbox.repo';
import { DEV_KEY_FILE } from '../db/db-key';

/**
 * applyOnly is the rebase's half of the runner (docs/sync.md §2.6): a stored outbox entry re-applied on a
 * database that has only the state before it gives the same rows and the same changes, and records nothing.
 */
let fx: CorrectionsFixture;
let earlier: AppCore | null = null;
beforeEach(() => {
  fx = correctionsFixture();
});
afterEach(() => {
  earlier?.close();
  earlier = null;
  fx.core.dispose();
});

/** A copy of the database as it is now, opened as a second desktop with the same pinned clock. */
function copyNow(): () => AppCore {
  const dir = join(fx.core.dataDir, `earlier-${Date.now()}-${Math.random()}`);
  mkdirSync(dir);
  fx.core.db.exec(`VACUUM INTO '${join(dir, DB_FILE)}'`);
  // The copy is encrypted with the first desktop's key: the second opens it with the same key file.
  copyFileSync(join(fx.core.dataDir, DEV_KEY_FILE), join(dir, DEV_KEY_FILE));
  return () => (earlier = createAppCore({ dataDir: dir, now: () => Date.parse(`${TODAY}T02:00:00Z`) }));
}

const count = (core: AppCore, table: 'outbox' | 'audit_log') =>
  (core.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const searchText = (core: AppCore, caseId: string) =>
  core.db.prepare('SELECT text FROM case_search WHERE case_id = ?').get(caseId);

describe('applyOnly', () => {
  it('re-applies register, accept and correct on the earlier state: identical rows and changes, no outbox or audit row', () => {
    const open = copyNow();
    const from = fx.outboxCount();
    const caseId = fx.register();
    fx.step(caseId, 'arb.accept', '2026-11-22', { simple: false });
    const facts = fx.core.services.cases.get(caseId);
    if (!facts.ok) throw new Error(facts.error.message);
    const parties = fx.core.services.repos.parties.listByCase(caseId);
    const r = fx.core.services.mutations.run(
      'case.correct',
      {
        caseId,
        reason: '姓名录入错误',
        facts: {
          officeId: fx.officeId,
          receivedDate: '2026-11-20',
          reasons: ['overtime'],
          isCollective: false,
          isMigrantWage: false,
          summary: facts.value.summary ?? undefined,
          parties: aCase(fx.officeId).parties.map((p, i) => ({
            ...p,
            id: parties[i]?.id,
            ...(i === 0 ? { name: '张山' } : {}),
          })),
          claims: facts.value.claims.map((c) => ({
            id: c.id,
            type: 'overtime' as const,
            amountFen: c.amountFen ?? undefined,
          })),
        },
      },
      fx.director,
    );
    expect(r.ok).toBe(true);
    const entries = fx.core.services.repos.outbox.list().slice(from);
    expect(entries.map((e) => e.name)).toEqual(['case.register', 'case.performAction', 'case.correct']);

    const b = open();
    const outboxBefore = count(b, 'outbox');
    const auditBefore = count(b, 'audit_log');
    const results = b.db.transaction(() => entries.map((e) => b.services.mutations.applyOnly(e)))();

    results.forEach((res, i) => {
      if (!res.ok) throw new Error(res.error.message);
      expect(res.value).toEqual(JSON.parse(entries[i]?.changes ?? '[]') as RowChange[]);
    });
    expect(count(b, 'outbox')).toBe(outboxBefore);
    expect(count(b, 'audit_log')).toBe(auditBefore);
    const rows = allRowIds(fx.core.db);
    expect(allRowIds(b.db)).toEqual(rows);
    for (const { entity, id } of rows)
      expect(b.services.repos.rowWriter.readEntityRow(entity, id)).toEqual(
        fx.core.services.repos.rowWriter.readEntityRow(entity, id),
      );
    // The derived projections follow as well: deadlines and search text.
    expect(b.services.repos.deadlines.listByCase(caseId)).toEqual(
      fx.core.services.repos.deadlines.listByCase(caseId),
    );
    expect(searchText(b, caseId)).toEqual(searchText(fx.core, caseId));
  });

  it('a failing entry leaves none of its writes, and the caller goes on with the next one', () => {
    const open = copyNow();
    fx.register();
    const entry = fx.core.services.repos.outbox.list().at(-1) as OutboxRow;
    const args = JSON.parse(entry.args) as { id: string; parties: { id: string }[] };
    // The second party reuses the first one's id: the case row is written, then the party insert fails.
    const broken = {
      ...entry,
      args: JSON.stringify({
        ...args,
        parties: args.parties.map((p) => ({ ...p, id: args.parties[0]?.id })),
      }),
    };
    const b = open();
    const [bad, good] = b.db.transaction(() => [
      b.services.mutations.applyOnly(broken),
      b.services.mutations.applyOnly(entry),
    ])();
    expect(bad?.ok).toBe(false);
    expect(good?.ok).toBe(true);
    expect(allRowIds(b.db)).toEqual(allRowIds(fx.core.db));
    expect(count(b, 'outbox')).toBe(count(fx.core, 'outbox') - 1);
  });

  it('authorizes the stored author as the database knows them, not the caller', () => {
    const open = copyNow();
    const clerk = fx.staff('书记员', ['clerk']);
    const caseId = fx.register();
    fx.step(caseId, 'arb.accept', '2026-11-22', { simple: false });
    const entry = fx.core.services.repos.outbox.list().at(-1) as OutboxRow;
    const b = open();
    // On the earlier database the clerk does not exist yet.
    expect(
      b.db.transaction(() => b.services.mutations.applyOnly({ ...entry, userId: clerk.id }))(),
    ).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });
  it('re-applies an entry an older build wrote at case.void version 1 as version 2 (upcast), keeping the entry', () => {
    const caseId = fx.register();
    const open = copyNow();
    const r = fx.core.services.mutations.run(
      'case.void',
      { caseId, grounds: 'other', reason: '登记错误' },
      fx.director,
    );
    expect(r.ok).toBe(true);
    const entry = fx.core.services.repos.outbox.list().at(-1) as OutboxRow;
    const v1 = JSON.parse(entry.args) as Record<string, unknown>;
    delete v1['grounds'];
    const old = { ...entry, version: 1, args: JSON.stringify(v1) };
    const b = open();
    const res = b.db.transaction(() => b.services.mutations.applyOnly(old))();
    if (!res.ok) throw new Error(res.error.message);
    expect(res.value).toEqual(JSON.parse(entry.changes ?? '[]') as RowChange[]);
    // A version this build does not know is not guessed at: the entry fails here and the server decides it.
    const newer = b.db.transaction(() => b.services.mutations.applyOnly({ ...entry, version: 3 }))();
    expect(newer).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
