import type { Queryable } from '../db/types';
import { appendAudit } from '../sync/audit';

export type DeviceRow = {
  clientId: string;
  username: string;
  officeId: string;
  lastMutationId: number;
  lastSeen: string | null;
  activeTokens: number;
};

/** The enrolled desktops, for `npm run server -- devices`. */
export async function listDevices(q: Queryable, now: Date): Promise<DeviceRow[]> {
  const r = await q.query<{
    client_id: string;
    username: string | null;
    office_id: string;
    last_mutation_id: number;
    last_seen: Date | string | null;
    active: number;
  }>(
    `SELECT c.client_id, s.data->>'username' AS username, c.office_id, c.last_mutation_id, c.last_seen,
       (SELECT count(*)::int FROM devices d WHERE d.client_id = c.client_id AND d.revoked_at IS NULL
          AND d.expires_at > $1) AS active
     FROM sync_clients c LEFT JOIN entity_rows s ON s.entity = 'staff' AND s.id = c.staff_id
     ORDER BY c.created_at`,
    [now.toISOString()],
  );
  return r.rows.map((d) => ({
    clientId: d.client_id,
    username: d.username ?? '',
    officeId: d.office_id,
    lastMutationId: Number(d.last_mutation_id),
    lastSeen: d.last_seen === null ? null : new Date(d.last_seen).toISOString(),
    activeTokens: d.active,
  }));
}

/**
 * Revokes every token of a device (a lost or stolen laptop, issue 11 item 5): its next request is
 * `unauthenticated`. Its mutations already applied stay; nothing it holds offline can reach the server any more
 * until its user signs in again on it (which a deactivated account cannot). Returns how many tokens it revoked.
 */
export async function revokeDevice(q: Queryable, clientId: string, now: Date): Promise<number> {
  const r = await q.query<{ office_id: string }>(
    `UPDATE devices SET revoked_at = $2 WHERE client_id = $1 AND revoked_at IS NULL
     RETURNING (SELECT office_id FROM sync_clients WHERE client_id = $1) AS office_id`,
    [clientId, now.toISOString()],
  );
  const office = r.rows[0]?.office_id;
  if (office)
    await appendAudit(q, {
      officeId: office,
      actorId: null,
      clientId,
      mutationId: null,
      action: 'device.revoke',
      detail: { tokens: r.rowCount },
    });
  return r.rowCount;
}
