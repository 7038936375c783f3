import { createHash, randomBytes } from 'node:crypto';
import type { Queryable } from '../db/types';

/** The device a request was authenticated as, and the staff member it was enrolled by. */
export type DeviceAuth = { clientId: string; staffId: string };

/** Tokens are stored only as their SHA-256: a copy of the database does not let anyone act as a device. */
export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');

export const newToken = (): string => randomBytes(32).toString('base64url');

/** What every request refused for its token is told: the desktop asks its user to sign in again. */
export const UNAUTHENTICATED_MESSAGE = '登录已失效或设备已被停用，请重新登录';

/**
 * The token of an `Authorization: Bearer …` header, or null when the header is missing or not of that form: such
 * a request is refused before the database is asked anything.
 */
export function bearerToken(header: string | undefined): string | null {
  const m = /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(header ?? '');
  return m?.[1] ?? null;
}

/**
 * The device a token may act as (issue 11 item 5), as a subquery of at most one row (`client_id`, `staff_id`):
 * the token's hash is `hash`, it is neither revoked nor expired at `now` (the request's clock, an ISO string, so
 * tests can move it), and its user is still an active staff member. `hash` and `now` are the SQL of two
 * parameters. The one definition of a valid token: `authenticate` runs it alone, a push with the lock on its
 * device's row (push-lock.ts), so the two cannot drift apart.
 */
export const validDeviceSql = (hash: string, now: string): string =>
  `SELECT d.client_id, d.staff_id FROM devices d
   JOIN entity_rows s ON s.entity = 'staff' AND s.id = d.staff_id AND s.deleted IS NULL
   WHERE d.token_hash = ${hash} AND d.revoked_at IS NULL AND d.expires_at > ${now}::timestamptz
     AND (s.data->>'active')::boolean IS TRUE`;

/**
 * The device behind a bearer token, checked on every request: anything but a valid token (`validDeviceSql`) is
 * `unauthenticated`, which makes the desktop ask its user to sign in again (its outbox is kept). A push checks its
 * token inside its first transaction instead (push.ts), and comes here only on its rare paths.
 */
export async function authenticate(
  q: Queryable,
  header: string | undefined,
  now: Date,
): Promise<DeviceAuth | null> {
  const token = bearerToken(header);
  return token === null ? null : authenticateToken(q, token, now);
}

/** `authenticate` for a token already taken from its header. */
export async function authenticateToken(q: Queryable, token: string, now: Date): Promise<DeviceAuth | null> {
  const r = await q.query<{ client_id: string; staff_id: string }>(
    validDeviceSql('$1', '$2'),
    [tokenHash(token), now.toISOString()],
    { prepare: true },
  );
  const d = r.rows[0];
  return d === undefined ? null : { clientId: d.client_id, staffId: d.staff_id };
}
