import { z } from 'zod';
import { DUMMY_HASH, storedParams } from '../../shared/auth/password-hash';
import { throttledMessage, type Throttle } from '../../shared/auth/throttle';
import type { Queryable, ServerDb } from '../db/types';
import { appendAudit } from './audit';
import { newToken, tokenHash } from './device-auth';
import { commitRows } from './rows';

export const EnrolRequest = z
  .object({
    clientId: z.string().min(8, { message: '设备标识无效' }).max(128),
    username: z.string().trim().min(1, { message: '请填写用户名' }).max(64),
    password: z.string().min(1, { message: '请填写密码' }).max(200),
    deviceName: z.string().max(80).optional(),
  })
  .strict();
export type EnrolRequest = z.infer<typeof EnrolRequest>;

export type EnrolResponse = {
  ok: true;
  token: string;
  expiresAt: string;
  clientId: string;
  staffId: string;
  officeId: string;
  serverId: string;
};
export type EnrolFailure = {
  ok: false;
  error: { code: 'unauthenticated' | 'client_mismatch' | 'throttled'; message: string };
};

export const TOKEN_DAYS = 30;

/**
 * The password checks enrolment needs. `rehash` answers the new stored hash when the one that just verified was
 * written with older parameters (null when it is current); without it nothing is upgraded (test fixtures).
 */
export type EnrolPasswords = {
  verify: (password: string, stored: string) => boolean;
  rehash?: (password: string, stored: string) => string | null;
};

/**
 * A desktop enrols (issue 11 item 5) with an account of the committee: the device's client id is bound to that
 * user (and so to the user's office, which sets what it syncs), and it gets a revocable token that expires.
 * Signing in again with the same client id renews the token and keeps the device's mutation counter, so an
 * expired token loses nothing. A client id already bound to another user is refused.
 */
export async function enrol(
  db: ServerDb,
  req: EnrolRequest,
  passwords: EnrolPasswords,
  now: Date,
  throttle?: Throttle,
): Promise<EnrolResponse | EnrolFailure> {
  const verifyPassword = passwords.verify;
  return db.tx(async (q) => {
    const s = await q.query<{
      id: string;
      office_id: string;
      data: { passwordHash?: string; active?: boolean };
    }>(
      "SELECT id, office_id, data FROM entity_rows WHERE entity = 'staff' AND deleted IS NULL AND data->>'username' = $1",
      [req.username],
    );
    const staff = s.rows[0];
    // Throttled (shared/auth/throttle.ts, the desktop's sign-in uses the same) before the password is looked at.
    const gate = throttle?.check(req.username) ?? { ok: true };
    if (!gate.ok) {
      await auditRefusal(q, staff, req, 'signin.throttled', { waitMs: gate.waitMs }, now);
      return { ok: false, error: { code: 'throttled', message: throttledMessage(gate.waitMs) } };
    }
    // An unknown username is checked against a dummy hash with today's parameters: same time as a real one.
    const matches = verifyPassword(req.password, staff ? (staff.data.passwordHash ?? '') : DUMMY_HASH);
    if (!staff || !matches || staff.data.active !== true) {
      if (!matches) throttle?.failed(req.username);
      await auditRefusal(q, staff, req, 'signin.failed', { inactive: matches }, now);
      return { ok: false, error: { code: 'unauthenticated', message: '用户名或密码错误，或账号已停用' } };
    }
    throttle?.succeeded(req.username);
    const existing = await q.query<{ staff_id: string }>(
      'SELECT staff_id FROM sync_clients WHERE client_id = $1 FOR UPDATE',
      [req.clientId],
    );
    const bound = existing.rows[0];
    if (bound && bound.staff_id !== staff.id)
      return {
        ok: false,
        error: { code: 'client_mismatch', message: '该设备已由其他账号接入，请由该账号登录或重新安装' },
      };
    if (!bound)
      await q.query('INSERT INTO sync_clients (client_id, staff_id, office_id) VALUES ($1, $2, $3)', [
        req.clientId,
        staff.id,
        staff.office_id,
      ]);
    const token = newToken();
    const expiresAt = new Date(now.getTime() + TOKEN_DAYS * 86_400_000);
    await q.query(
      'INSERT INTO devices (token_hash, client_id, staff_id, expires_at) VALUES ($1, $2, $3, $4)',
      [tokenHash(token), req.clientId, staff.id, expiresAt.toISOString()],
    );
    await appendAudit(q, {
      officeId: staff.office_id,
      actorId: staff.id,
      clientId: req.clientId,
      mutationId: null,
      action: bound ? 'device.renew' : 'device.enrol',
      detail: { deviceName: req.deviceName ?? null },
    });
    const stored = staff.data.passwordHash ?? '';
    const upgraded = passwords.rehash?.(req.password, stored) ?? null;
    if (upgraded !== null) await upgradeHash(q, staff, stored, upgraded, req.clientId, now);
    const serverId =
      (await q.query<{ value: string }>("SELECT value FROM server_meta WHERE key = 'server_id'")).rows[0]
        ?.value ?? '';
    return {
      ok: true,
      token,
      expiresAt: expiresAt.toISOString(),
      clientId: req.clientId,
      staffId: staff.id,
      officeId: staff.office_id,
      serverId,
    };
  });
}

/**
 * A refused enrolment in the account's office chain, when the account exists (an unknown username has no office
 * to file it under; the throttle still counts it). The password is never written.
 */
async function auditRefusal(
  q: Queryable,
  staff: { id: string; office_id: string } | undefined,
  req: EnrolRequest,
  action: 'signin.failed' | 'signin.throttled',
  detail: Record<string, unknown>,
  now: Date,
): Promise<void> {
  if (!staff) return;
  await appendAudit(
    q,
    {
      officeId: staff.office_id,
      actorId: staff.id,
      clientId: req.clientId,
      mutationId: null,
      action,
      detail,
    },
    now,
  );
}

/**
 * An old hash re-written with today's parameters once its owner proved the password (issue 15 item 4), in the
 * enrolment's transaction: the staff row through the change feed (so desktops pull the new hash, the field taking
 * this change's seq) and an audit entry naming the parameters, never the hash. Last in the transaction, because
 * the feed allocates its seqs under the counter's lock. The row is read again under lock and left alone if its
 * hash changed meanwhile (a desktop's own upgrade or a new password arrived first).
 */
async function upgradeHash(
  q: Queryable,
  staff: { id: string; office_id: string },
  verified: string,
  upgraded: string,
  clientId: string,
  now: Date,
): Promise<void> {
  const current = await q.query<{ data: Record<string, unknown> }>(
    "SELECT data FROM entity_rows WHERE entity = 'staff' AND id = $1 AND deleted IS NULL FOR UPDATE",
    [staff.id],
  );
  const data = current.rows[0]?.data;
  if (data?.['passwordHash'] !== verified) return;
  await appendAudit(
    q,
    {
      officeId: staff.office_id,
      actorId: staff.id,
      clientId,
      mutationId: null,
      action: 'signin.rehashed',
      detail: { before: storedParams(verified), after: storedParams(upgraded) },
    },
    now,
  );
  await commitRows(
    q,
    [
      {
        entity: 'staff',
        id: staff.id,
        officeId: staff.office_id,
        caseId: null,
        data: { ...data, passwordHash: upgraded },
        changed: ['passwordHash'],
        deleted: null,
      },
    ],
    { clientId: null, mutationId: null },
  );
}
