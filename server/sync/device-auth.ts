import { createHash, randomBytes } from 'node:crypto';
import type { Queryable } from '../db/types';
import type { DeviceAuth } from './push';

/** Tokens are stored only as their SHA-256: a copy of the database does not let anyone act as a device. */
export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');

export const newToken = (): string => randomBytes(32).toString('base64url');

/**
 * The device behind a bearer token, checked on every request (issue 11 item 5): the token must exist, be
 * neither revoked nor expired, and its user must still be an active staff member. Anything else is
 * `unauthenticated`, which makes the desktop ask its user to sign in again (its outbox is kept).
 */
export async function authenticate(
  q: Queryable,
  header: string | undefined,
  now: Date,
): Promise<DeviceAuth | null> {
  const m = /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(header ?? '');
  if (!m?.[1]) return null;
  // The device and its user's standing in one round trip: every push and pull pays for this first.
  const r = await q.query<{
    client_id: string;
    staff_id: string;
    expires_at: Date | string;
    revoked_at: unknown;
    active: boolean | null;
  }>(
    `SELECT d.client_id, d.staff_id, d.expires_at, d.revoked_at, (s.data->>'active')::boolean AS active
     FROM devices d
     LEFT JOIN entity_rows s ON s.entity = 'staff' AND s.id = d.staff_id AND s.deleted IS NULL
     WHERE d.token_hash = $1`,
    [tokenHash(m[1])],
    { prepare: true },
  );
  const d = r.rows[0];
  if (!d || d.revoked_at !== null || new Date(d.expires_at).getTime() <= now.getTime()) return null;
  if (d.active !== true) return null;
  return { clientId: d.client_id, staffId: d.staff_id };
}
