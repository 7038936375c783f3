import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aCase } from '../../../../tests/helpers/builders';
import { createTestCore, initialize, type TestCore } from '../../../../tests/helpers/core';
import type { Actor } from '../../mutations/types';

let core: TestCore;
let director: Actor;

beforeEach(() => {
  core = createTestCore({ now: () => Date.parse('2026-11-25T01:00:00Z') });
  director = initialize(core);
  for (let i = 0; i < 3; i++) {
    const r = core.services.mutations.run('case.register', aCase(director.officeId as string), director);
    if (!r.ok) throw new Error(r.error.message);
  }
});
afterEach(() => core.dispose());

const ids = () => core.services.repos.audit.list().map((r) => r.id);

/**
 * The desktop's local audit is a hash chain like the server's (issue 12 item 6): each entry links to the one
 * before, so someone with the database file who drops the append-only triggers and edits, removes or inserts an
 * entry is found at the first link that no longer holds.
 */
describe('the local audit chain', () => {
  it('verifies as written, every entry linked', () => {
    const report = core.services.repos.audit.verifyChain();
    expect(report).toEqual({ entries: ids().length, unchained: 0, broken: null });
    expect(report.entries).toBeGreaterThanOrEqual(4);
  });

  it('names an edited entry, even when the append-only guard was removed first', () => {
    const target = ids()[2] as number;
    expect(() => core.db.prepare("UPDATE audit_log SET after = '{}' WHERE id = ?").run(target)).toThrow(
      /append-only/,
    );
    core.db.exec('DROP TRIGGER audit_log_no_rewrite');
    core.db.prepare(`UPDATE audit_log SET after = '{"name":"改过"}' WHERE id = ?`).run(target);
    expect(core.services.repos.audit.verifyChain().broken).toEqual({
      id: target,
      reason: '本条记录的内容与其摘要不符（记录被改动）',
    });
  });

  it('names the entry after a removed one', () => {
    const [, second, third] = ids();
    core.db.exec('DROP TRIGGER audit_log_no_delete');
    core.db.prepare('DELETE FROM audit_log WHERE id = ?').run(second);
    expect(core.services.repos.audit.verifyChain().broken).toEqual({
      id: third,
      reason: '前一条记录的摘要不符（其前有记录被删除、插入或改动）',
    });
  });

  it('stores each hash as base64url and its link as the previous hash’s first 12 characters', () => {
    const rows = core.db
      .prepare<[], { prev_hash: string; hash: string }>('SELECT prev_hash, hash FROM audit_log ORDER BY id')
      .all();
    expect(rows.every((r) => /^[A-Za-z0-9_-]{43}$/.test(r.hash))).toBe(true);
    expect(rows[0]?.prev_hash).toBe('');
    for (let i = 1; i < rows.length; i++) expect(rows[i]?.prev_hash).toBe(rows[i - 1]?.hash.slice(0, 12));
  });

  it('names a replaced hash', () => {
    const target = ids()[1] as number;
    core.db.exec('DROP TRIGGER audit_log_no_rewrite');
    core.db.prepare('UPDATE audit_log SET hash = ? WHERE id = ?').run('A'.repeat(43), target);
    expect(core.services.repos.audit.verifyChain().broken).toEqual({
      id: target,
      reason: '本条记录的内容与其摘要不符（记录被改动）',
    });
  });

  it('names an entry without a hash inserted after the chain began', () => {
    const last = core.services.repos.audit.list().at(-1);
    if (last === undefined) throw new Error('no audit');
    const r = core.db
      .prepare(
        `INSERT INTO audit_log (at, user_id, mutation, mutation_id, entity, entity_id, hlc)
         VALUES (?, ?, 'case.void', ?, 'case', 'x', 'h')`,
      )
      .run(last.at, last.userId, last.mutationId);
    expect(core.services.repos.audit.verifyChain().broken).toEqual({
      id: Number(r.lastInsertRowid),
      reason: '记录缺少摘要（在摘要链开始之后插入）',
    });
  });
});
