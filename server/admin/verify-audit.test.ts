import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ServerDb } from '../db/types';
import { DB_KINDS, openTestDb } from '../testing/test-db';
import { appendAudit } from '../sync/audit';
import { runVerifyAudit } from '../cli/verify-audit-cli';
import { verifyAuditChains } from './verify-audit';

const T0 = Date.parse('2026-11-25T02:00:00.000Z');

/**
 * The tamper-evident audit trail (issue 12 item 6): every office's chain recomputes from what is stored, and
 * `verify-audit` names the first link an edit, a removal or an insertion broke.
 */
describe.each(DB_KINDS)('verify-audit on %s', (kind) => {
  let db: ServerDb;
  const ids: Record<string, number[]> = { a: [], b: [] };

  beforeEach(async () => {
    db = await openTestDb(kind);
    ids['a'] = [];
    ids['b'] = [];
    for (let i = 0; i < 8; i++) {
      const office = i % 2 === 0 ? 'a' : 'b';
      await db.tx((q) =>
        appendAudit(
          q,
          {
            officeId: `office-${office}`,
            actorId: 'u1',
            clientId: i % 3 === 0 ? null : 'dev-1',
            mutationId: i,
            action: 'case.register',
            // Keys in an order jsonb will not keep, nested values, and text with quotes.
            detail: { z: i, a: { y: ['x', 2], b: null }, note: `“第${i}条” "q"` },
          },
          new Date(T0 + i * 1000),
        ),
      );
      const r = await db.query<{ id: string }>('SELECT max(id) AS id FROM audit_log');
      ids[office]?.push(Number(r.rows[0]?.id));
    }
  });
  afterEach(async () => {
    await db.close();
  });

  const reports = () => db.tx((q) => verifyAuditChains(q, 3));

  it('verifies untouched chains, one per office', async () => {
    expect(await reports()).toEqual([
      { officeId: 'office-a', entries: 4, broken: null },
      { officeId: 'office-b', entries: 4, broken: null },
    ]);
    expect(await runVerifyAudit(db)).toEqual({
      ok: true,
      text: '机构 office-a：4 条审计记录，链完整\n机构 office-b：4 条审计记录，链完整',
    });
  });

  it('names an edited entry', async () => {
    const edited = ids['a']?.[2] as number;
    await db.query(`UPDATE audit_log SET detail = jsonb_set(detail, '{z}', '99') WHERE id = $1`, [edited]);
    const [a, b] = await reports();
    expect(a?.broken).toEqual({ id: edited, reason: '本条记录的内容与其摘要不符（记录被改动）' });
    expect(b?.broken).toBeNull();
    const cli = await runVerifyAudit(db);
    expect(cli.ok).toBe(false);
    expect(cli.text).toContain(`第一处断裂在第 ${edited} 号记录`);
  });

  it('names the entry after a removed one, and an entry whose time was changed', async () => {
    await db.query('DELETE FROM audit_log WHERE id = $1', [ids['b']?.[1]]);
    await db.query(`UPDATE audit_log SET at = at + interval '1 second' WHERE id = $1`, [ids['a']?.[3]]);
    const [a, b] = await reports();
    expect(b?.broken?.id).toBe(ids['b']?.[2]);
    expect(b?.broken?.reason).toContain('前一条记录的摘要不符');
    expect(a?.broken?.id).toBe(ids['a']?.[3]);
  });
});
