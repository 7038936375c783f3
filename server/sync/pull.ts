import type {
  PullPage,
  PullQuery,
  PulledRow,
  SnapshotPage,
  SnapshotQuery,
  SyncRefusal,
} from '../../shared/sync/protocol';
import type { SyncEntity } from '../../shared/sync/entities';
import type { Queryable, ServerDb } from '../db/types';
import type { DeviceAuth } from './push';
import { outcomesBetween } from './outcomes';
import { enterDeviceScope } from './device-scope';
import { loadClientScope, type ClientScope } from './scope';
import { checksumsAt, feedWatermark, foldChecksums, foldWorthIt, settledWatermark } from './watermark';

type FeedRow = {
  seq: string;
  entity: SyncEntity;
  id: string;
  office_id: string;
  op: 'upsert' | 'delete';
  data: Record<string, unknown> | null;
  row_seq: string;
  field_seqs: Record<string, number>;
  deleted: PulledRow['deleted'];
};

/** What a device may read ($1 = its offices, $2 = those plus their ancestors); see scope.ts. */
const VISIBLE = `(office_id = ANY($1::text[])
  OR (case_id IS NOT NULL AND case_id IN (SELECT g.case_id FROM case_grants g WHERE g.office_id = ANY($1::text[])))
  OR (case_id IS NULL AND entity IN ('office', 'setting', 'staff') AND office_id = ANY($2::text[])))`;

/**
 * Staff of an office above the device's (the committee's arbitrators and clerks a station's granted case names)
 * reach it without their password hash: the station can show who handles the case, and nobody can sign in
 * there with a committee account or attack its hash offline.
 */
function redact(row: PulledRow, scope: ClientScope): PulledRow {
  if (row.entity !== 'staff' || scope.writeOffices.includes(row.officeId) || row.data === null) return row;
  return { ...row, data: { ...row.data, passwordHash: '' } };
}

/**
 * Pull (issue 11 item 4) in one REPEATABLE READ snapshot: the device's visible change-log rows after its cursor,
 * in seq order, up to the feed's watermark taken before the snapshot (watermark.ts: nothing can commit below it
 * later, so the cursor never passes a row still to come). A page that reaches the limit is extended to the end of the transaction its last row belongs to,
 * so a mutation's rows are never split; a page that exhausts the feed moves the cursor to the head (seqs of
 * other offices are skipped, never re-read) and carries the per-office checksums of that head.
 */
export async function handlePull(
  db: ServerDb,
  auth: DeviceAuth,
  query: PullQuery,
): Promise<PullPage | SyncRefusal> {
  if (query.clientId !== auth.clientId)
    return { ok: false, error: { code: 'client_mismatch', message: '设备标识与登录凭证不符' } };
  // Before BEGIN: the snapshot must be younger than the watermark (watermark.ts).
  const watermark = await feedWatermark(db);
  let fold = false;
  const page = await db.tx(
    async (q): Promise<PullPage> => {
      const head = await settledWatermark(q, watermark);
      const scope = await mustScope(q, auth.clientId);
      const first = await feed(q, scope, query.cursor, head, query.limit);
      let rows = first;
      let cursor = head;
      let more = false;
      const last = first.at(-1);
      if (first.length >= query.limit && last !== undefined) {
        // Through a definer function: the row closing the transaction may be in an office this device cannot see.
        const end = await q.query<{ seq: string | null }>('SELECT sync_tx_end($1) AS seq', [last.seq]);
        cursor = Number(end.rows[0]?.seq ?? last.seq);
        rows = [...first, ...(await feed(q, scope, Number(last.seq), cursor, null))];
        more = cursor < head;
      }
      const lastMutationId = await containedThrough(q, auth.clientId, cursor);
      const outcomes = await outcomesBetween(q, auth.clientId, query.outcomesAfter, lastMutationId);
      let checkpoint: PullPage['checkpoint'] = null;
      if (!more) {
        const c = await checksumsAt(q, scope.writeOffices, cursor);
        fold = foldWorthIt(c.deltas);
        checkpoint = { seq: cursor, checksums: c.sums };
      }
      return {
        rows: rows.map((r) => redact(toPulled(r), scope)),
        cursor,
        more,
        lastMutationId,
        outcomes,
        checkpoint,
      };
    },
    { isolation: 'repeatable read' },
  );
  if (fold) await foldChecksums(db);
  return page;
}

async function feed(
  q: Queryable,
  scope: ClientScope,
  after: number,
  upTo: number | null,
  limit: number | null,
): Promise<FeedRow[]> {
  const r = await q.query<FeedRow>(
    `SELECT seq, entity, id, office_id, op, data, row_seq, field_seqs, deleted FROM change_log
     WHERE seq > $3 ${upTo === null ? '' : 'AND seq <= $4'} AND ${VISIBLE}
     ORDER BY seq ${limit === null ? '' : `LIMIT ${Math.trunc(limit)}`}`,
    upTo === null
      ? [scope.writeOffices, scope.readOffices, after]
      : [scope.writeOffices, scope.readOffices, after, upTo],
  );
  return r.rows;
}

const toPulled = (r: FeedRow): PulledRow => ({
  seq: Number(r.seq),
  entity: r.entity,
  id: r.id,
  officeId: r.office_id,
  op: r.op,
  data: r.data,
  rowSeq: Number(r.row_seq),
  fieldSeqs: r.field_seqs,
  deleted: r.deleted,
});

/** The highest of the client's mutations whose effects, and every earlier one's, are at or below `cursor`. */
async function containedThrough(q: Queryable, clientId: string, cursor: number): Promise<number> {
  const r = await q.query<{ after: string | null; lmid: string }>(
    `SELECT (SELECT min(mutation_id) FROM mutation_outcomes WHERE client_id = $1 AND seq > $2) AS after,
            (SELECT last_mutation_id FROM sync_clients WHERE client_id = $1) AS lmid`,
    [clientId, cursor],
  );
  const row = r.rows[0];
  return row?.after != null ? Number(row.after) - 1 : Number(row?.lmid ?? 0);
}

/** The device's scope, and the rest of the transaction held to it by the database (device-scope.ts). */
async function mustScope(q: Queryable, clientId: string): Promise<ClientScope> {
  const scope = await loadClientScope(q, clientId);
  if (scope === null) throw new Error(`sync client ${clientId} vanished`);
  await enterDeviceScope(q, scope);
  return scope;
}

/** A targeted re-snapshot of one of the device's offices (§2.6), in (entity, id) order, as of one snapshot. */
export async function handleSnapshot(
  db: ServerDb,
  auth: DeviceAuth,
  query: SnapshotQuery,
): Promise<SnapshotPage | SyncRefusal> {
  if (query.clientId !== auth.clientId)
    return { ok: false, error: { code: 'client_mismatch', message: '设备标识与登录凭证不符' } };
  const watermark = await feedWatermark(db);
  return db.tx(
    async (q) => {
      // Every row at or below the watermark is in this snapshot (rows above it may be too: pulled again later).
      const head = await settledWatermark(q, watermark);
      const scope = await mustScope(q, auth.clientId);
      if (!scope.writeOffices.includes(query.officeId))
        return { officeId: query.officeId, seq: 0, rows: [], more: false };
      const r = await q.query<Omit<FeedRow, 'seq' | 'op'>>(
        `SELECT entity, id, office_id, data, row_seq, field_seqs, deleted FROM entity_rows
         WHERE office_id = $1 AND (entity, id) > ($2, $3) ORDER BY entity, id LIMIT ${Math.trunc(query.limit) + 1}`,
        [query.officeId, query.afterEntity ?? '', query.afterId ?? ''],
      );
      const more = r.rows.length > query.limit;
      const rows = r.rows.slice(0, query.limit).map((x) => {
        const { seq: _seq, ...rest } = toPulled({
          ...x,
          seq: '0',
          op: x.deleted === null && x.data !== null ? 'upsert' : 'delete',
        });
        return rest;
      });
      return { officeId: query.officeId, seq: head, rows, more };
    },
    { isolation: 'repeatable read' },
  );
}
