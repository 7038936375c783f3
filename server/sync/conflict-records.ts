import { createHash } from 'node:crypto';
import type { EntityRow } from '../../shared/sync/entities';
import type { WireMutation } from '../../shared/sync/protocol';
import type { Queryable } from '../db/types';
import type { RowConflict } from './check-mutation';
import type { RowWrite } from './rows';

/**
 * The conflict records of one push (issue 12 item 1): one `conflict` row per row whose legal or narrative fields
 * the push changed concurrently. The id is derived from the row and the pushing mutation, so a retried or
 * replayed push can never create a second record of the same conflict.
 */
export async function conflictRowWrites(
  q: Queryable,
  conflicts: readonly RowConflict[],
  m: WireMutation,
  clientId: string,
  serverNow: string,
): Promise<RowWrite[]> {
  const out: RowWrite[] = [];
  for (const c of conflicts) {
    const origin = await q.query<{
      client_id: string | null;
      author_id: string | null;
      device_time: string | null;
    }>('SELECT client_id, author_id, device_time FROM sync_change_origin($1)', [c.keptSeq]);
    const kept = origin.rows[0];
    const id = conflictId(c.entity, c.id, clientId, m.id);
    const row: EntityRow<'conflict'> = {
      id,
      caseId: c.caseId,
      officeId: c.officeId,
      rowEntity: c.entity,
      rowId: c.id,
      fields: c.fields,
      keptBy: kept?.author_id ?? null,
      keptAt: kept?.device_time ?? null,
      keptClient: kept?.client_id ?? null,
      otherBy: m.userId,
      otherAt: m.deviceTime,
      otherClient: clientId,
      otherMutationId: m.id,
      createdAt: serverNow,
      resolvedAt: null,
      resolvedBy: null,
      resolution: null,
      resolvedValues: null,
      resolveReason: null,
    };
    out.push({
      entity: 'conflict',
      id,
      officeId: c.officeId,
      caseId: c.caseId,
      data: row,
      changed: '*',
      deleted: null,
    });
  }
  return out;
}

/** A UUID-shaped id from the conflicting row and the pushing mutation (docs/sync.md: conflict ids). */
export function conflictId(entity: string, rowId: string, clientId: string, mutationId: number): string {
  const h = createHash('sha256')
    .update(`conflict\0${entity}\0${rowId}\0${clientId}\0${mutationId}`)
    .digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
