import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { ServerDb } from '../db/types';
import { DB_KINDS, openTestDb } from '../testing/test-db';
import { COMMITTEE, U, enrolDevice, seedOffices, syncApp } from '../testing/sync-fixture';
import { pushVia } from '../testing/scope-scenario';
import { registerMutation, uid } from '../testing/wire-builders';
import { verifyAuditChains } from './verify-audit';

/**
 * Since migration 0006 a pushed mutation's audit entry extends its device's chain in the office (audit.ts
 * `deviceChain`): devices pushing at once never wait on one chain lock, every chain still verifies, and entries cut
 * from the end of a device's chain — which break no link — are found against the device's last pushed mutation.
 */
describe.each(DB_KINDS)('device audit chains on %s', (kind) => {
  let db: ServerDb;
  let app: FastifyInstance;
  const devices = ['dev-chain-1', 'dev-chain-2', 'dev-chain-3'];

  beforeAll(async () => {
    db = await openTestDb(kind);
    await seedOffices(db);
    app = await syncApp(db);
    const auth: string[] = [];
    for (const d of devices) auth.push(await enrolDevice(app, d, 'admin'));
    // Three devices push four registrations each, all at once.
    await Promise.all(
      devices.map(async (d, i) => {
        for (let k = 1; k <= 4; k++) {
          const r = await pushVia(app, auth[i] ?? '', d, [
            registerMutation(k, {
              caseId: uid(`${d}-${k}`),
              officeId: COMMITTEE,
              userId: U.admin,
              kind: 'arbitration',
            }),
          ]);
          expect(r.results[0]?.outcome).toBe('applied');
        }
      }),
    );
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  const brokenOf = async () =>
    (await db.tx((q) => verifyAuditChains(q, 5))).find((r) => r.officeId === COMMITTEE)?.broken ?? null;

  it('keeps one chain per device, each verifying after concurrent pushes', async () => {
    const chains = await db.query<{ chain: string; n: number }>(
      "SELECT chain, count(*)::int AS n FROM audit_log WHERE chain LIKE 'device:%' GROUP BY chain ORDER BY chain",
    );
    expect(chains.rows).toEqual(devices.map((d) => ({ chain: `device:${d}`, n: 4 })));
    expect(await brokenOf()).toBeNull();
  });

  it("names the last entry left when a device chain's end is cut off", async () => {
    const last = await db.query<{ id: string }>(
      "SELECT max(id) AS id FROM audit_log WHERE chain = 'device:dev-chain-2'",
    );
    await db.query('DELETE FROM audit_log WHERE id = $1', [last.rows[0]?.id]);
    const left = await db.query<{ id: string }>(
      "SELECT max(id) AS id FROM audit_log WHERE chain = 'device:dev-chain-2'",
    );
    expect(await brokenOf()).toEqual({
      id: Number(left.rows[0]?.id),
      reason: '设备审计链止于第 3 条操作，而该设备已推送到第 4 条（链尾的记录被删除）',
    });
  });

  it('names the entry after one removed from the middle of a device chain', async () => {
    const ids = await db.query<{ id: string }>(
      "SELECT id FROM audit_log WHERE chain = 'device:dev-chain-3' ORDER BY id",
    );
    await db.query('DELETE FROM audit_log WHERE id = $1', [ids.rows[1]?.id]);
    const broken = await brokenOf();
    expect(broken?.reason).toMatch(/前一条记录的摘要不符/);
    expect(broken?.id).toBe(Number(ids.rows[2]?.id));
  });
});
