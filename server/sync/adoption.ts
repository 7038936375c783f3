import { MUTATIONS, type MutationName } from '../../shared/mutations/definitions';
import { upcastArgs } from '../../shared/mutations/upcasters';
import { AppFailure } from '../../shared/result';
import type { Adoption, AdoptBody, AdoptParams, RejectedForAdoption } from '../../shared/sync/adoption';
import type { Queryable, ServerDb } from '../db/types';
import { appendAudit } from './audit';
import type { DeviceAuth } from './push';

type Row = {
  client_id: string;
  mutation_id: string | number;
  name: string;
  version: number | null;
  args: unknown;
  author_id: string | null;
  author_name: string | null;
  code: string;
  reason: string | null;
  at: Date | string;
  office_id: string;
  adopted_by: string | null;
  adopted_by_name: string | null;
  adopted_at: Date | string | null;
  adopt_reason: string | null;
  adopted_client_id: string | null;
  adopted_mutation_id: string | number | null;
};

const SELECT = `
  SELECT o.client_id, o.mutation_id, o.name, o.version, o.args, o.author_id, a.data->>'name' AS author_name,
         o.code, o.reason, o.at, c.office_id, o.adopted_by, d.data->>'name' AS adopted_by_name, o.adopted_at,
         o.adopt_reason, o.adopted_client_id, o.adopted_mutation_id
  FROM mutation_outcomes o
  JOIN sync_clients c ON c.client_id = o.client_id
  LEFT JOIN entity_rows a ON a.entity = 'staff' AND a.id = o.author_id
  LEFT JOIN entity_rows d ON d.entity = 'staff' AND d.id = o.adopted_by
  WHERE o.outcome = 'rejected' AND o.code = 'not_authorized'`;

const iso = (t: Date | string): string => new Date(t).toISOString();

/**
 * The device's user must be an active director of `officeId` now — checked on every request from the server's
 * own staff rows, never from the token's age or the desktop's word, so a director who was moved or stepped
 * down loses the list and the adoption at once.
 */
async function requireDirectorOf(q: Queryable, auth: DeviceAuth, officeId: string): Promise<void> {
  const r = await q.query<{ office_id: string; data: { roles?: unknown; active?: unknown } }>(
    "SELECT office_id, data FROM entity_rows WHERE entity = 'staff' AND id = $1 AND deleted IS NULL",
    [auth.staffId],
  );
  const staff = r.rows[0];
  const roles = Array.isArray(staff?.data.roles) ? (staff.data.roles as unknown[]) : [];
  if (staff === undefined || staff.data.active !== true || !roles.includes('director'))
    throw new AppFailure('FORBIDDEN', '只有本机构的主任可以查看和采纳被拒绝的操作');
  if (staff.office_id !== officeId)
    throw new AppFailure('FORBIDDEN', '只能查看和采纳本机构设备上被拒绝的操作');
}

function adoptionOf(r: Row): Adoption | null {
  if (r.adopted_by === null || r.adopted_at === null || r.adopted_mutation_id === null) return null;
  return {
    by: r.adopted_by,
    byName: r.adopted_by_name,
    at: iso(r.adopted_at),
    reason: r.adopt_reason ?? '',
    clientId: r.adopted_client_id ?? '',
    mutationId: Number(r.adopted_mutation_id),
  };
}

function toItem(r: Row): RejectedForAdoption {
  const known = Object.hasOwn(MUTATIONS, r.name);
  // Rows stored before the version column existed are version 1, the only version there was.
  const up = known ? upcastArgs(r.name as MutationName, r.version ?? 1, r.args) : null;
  return {
    clientId: r.client_id,
    mutationId: Number(r.mutation_id),
    name: r.name,
    authorId: r.author_id,
    authorName: r.author_name,
    at: iso(r.at),
    code: r.code,
    reason: r.reason ?? '',
    args: up?.ok === true ? up.args : null,
    notAdoptable: up === null ? `服务器不认识该操作：${r.name}` : up.ok ? null : up.reason,
    adopted: adoptionOf(r),
  };
}

/** Mutations pushed by the office's devices and refused as not_authorized, newest first, adopted ones included. */
export async function listRejectedForAdoption(
  db: ServerDb,
  auth: DeviceAuth,
  officeId: string,
): Promise<RejectedForAdoption[]> {
  return db.tx(async (q) => {
    await requireDirectorOf(q, auth, officeId);
    const r = await q.query<Row>(
      `${SELECT} AND c.office_id = $1 ORDER BY o.at DESC, o.mutation_id DESC LIMIT 500`,
      [officeId],
    );
    return r.rows.map(toItem);
  });
}

/**
 * Links a refused mutation to the director's new mutation that carries it, once: the original's row is locked,
 * so two directors adopting at once cannot both succeed. Audited in the office's chain.
 */
export async function adoptRejected(
  db: ServerDb,
  auth: DeviceAuth,
  p: AdoptParams,
  body: AdoptBody,
  now: Date,
): Promise<Adoption> {
  return db.tx(async (q) => {
    const r = await q.query<Row>(`${SELECT} AND o.client_id = $1 AND o.mutation_id = $2 FOR UPDATE OF o`, [
      p.clientId,
      p.mutationId,
    ]);
    const row = r.rows[0];
    if (row === undefined) throw new AppFailure('NOT_FOUND', '没有这项被拒绝的操作');
    await requireDirectorOf(q, auth, row.office_id);
    const earlier = adoptionOf(row);
    if (earlier !== null)
      throw new AppFailure(
        'CONFLICT',
        `该操作已由${earlier.byName ?? earlier.by}于 ${earlier.at} 采纳，不能重复采纳`,
      );
    await q.query(
      `UPDATE mutation_outcomes SET adopted_by = $3, adopted_at = $4, adopt_reason = $5, adopted_client_id = $6,
         adopted_mutation_id = $7 WHERE client_id = $1 AND mutation_id = $2`,
      [p.clientId, p.mutationId, auth.staffId, now.toISOString(), body.reason, auth.clientId, body.adoptedAs],
    );
    await appendAudit(
      q,
      {
        officeId: row.office_id,
        actorId: auth.staffId,
        clientId: auth.clientId,
        mutationId: body.adoptedAs,
        action: 'sync.adopt',
        detail: {
          original: {
            clientId: p.clientId,
            mutationId: p.mutationId,
            name: row.name,
            authorId: row.author_id,
          },
          reason: body.reason,
        },
      },
      now,
    );
    return {
      by: auth.staffId,
      byName: null,
      at: now.toISOString(),
      reason: body.reason,
      clientId: auth.clientId,
      mutationId: body.adoptedAs,
    };
  });
}
