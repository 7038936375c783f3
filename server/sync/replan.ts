import type { MutationArgs, MutationName } from '../../shared/mutations/definitions';
import { createPlanStore } from '../../shared/mutations/plan/plan-store';
import type { Actor, MutationPlanner } from '../../shared/mutations/plan/planner';
import type { PlannedWrite, RowFilter, RowReader } from '../../shared/mutations/plan/store-port';
import { PLANNERS } from '../../shared/mutations/planners';
import { AppFailure } from '../../shared/result';
import { ALREADY_RESOLVED } from '../../shared/mutations/planners/conflict-resolve';
import type { EntityRow, SyncEntity } from '../../shared/sync/entities';
import { todayInChina } from '../../shared/util/clock';
import type { Queryable } from '../db/types';
import { serverReference } from './reference';

type Need =
  | { entity: SyncEntity; id: string }
  | { entity: SyncEntity; where: Record<string, unknown> }
  | { blob: string };

/** Thrown by the snapshot when a planner reads something not loaded yet; never escapes `replan`. */
class NotLoaded extends Error {
  constructor(readonly need: Need) {
    super('row not loaded');
  }
}

const listKey = (entity: string, where: object): string =>
  `${entity}|${JSON.stringify(Object.entries(where).sort(([a], [b]) => (a < b ? -1 : 1)))}`;

/**
 * The planners' read port on the server: a snapshot of exactly the rows the planner asked for, read from
 * PostgreSQL inside the push's transaction (so under the device's row-level security). A planner is pure, so
 * when it asks for something not loaded yet the snapshot loads it and the planner simply runs again.
 */
function createSnapshot(
  known: readonly { entity: SyncEntity; id: string; data: Record<string, unknown> | null }[],
) {
  const gets = new Map<string, Record<string, unknown> | null>(
    known.map((k) => [`${k.entity}|${k.id}`, k.data]),
  );
  const lists = new Map<string, Record<string, unknown>[]>();
  const blobs = new Map<string, boolean>();
  /** The referenced files the server lacks; a plan that failed because of one is waited for, not rejected. */
  const missing = new Set<string>();
  /** A file is there only once it is complete: uploaded in full and its SHA-256 verified (server/blobs/). */
  const hasBlob = (sha256: string): boolean => {
    const complete = blobs.get(sha256);
    if (complete === undefined) throw new NotLoaded({ blob: sha256 });
    if (!complete) missing.add(sha256);
    return complete;
  };
  const reader: RowReader = {
    get<E extends SyncEntity>(entity: E, id: string): EntityRow<E> | null {
      const k = `${entity}|${id}`;
      if (!gets.has(k)) throw new NotLoaded({ entity, id });
      const row = gets.get(k) ?? null;
      return row === null ? null : ({ ...row } as EntityRow<E>);
    },
    list<E extends SyncEntity>(entity: E, where: RowFilter<E>): EntityRow<E>[] {
      const rows = lists.get(listKey(entity, where));
      if (rows === undefined) throw new NotLoaded({ entity, where: where });
      return rows.map((r) => ({ ...r }) as EntityRow<E>);
    },
  };
  async function load(q: Queryable, need: Need): Promise<void> {
    if ('blob' in need) {
      const r = await q.query<{ complete: boolean }>('SELECT complete FROM blobs WHERE sha256 = $1', [
        need.blob,
      ]);
      blobs.set(need.blob, r.rows[0]?.complete === true);
      return;
    }
    if ('id' in need) {
      const r = await q.query<{ data: Record<string, unknown> | null }>(
        'SELECT data FROM entity_rows WHERE entity = $1 AND id = $2 AND deleted IS NULL',
        [need.entity, need.id],
      );
      gets.set(`${need.entity}|${need.id}`, r.rows[0]?.data ?? null);
      return;
    }
    const caseId = need.where['caseId'];
    const r = await q.query<{ data: Record<string, unknown> }>(
      `SELECT data FROM entity_rows WHERE entity = $1 AND deleted IS NULL AND data IS NOT NULL AND data @> $2::jsonb
       ${typeof caseId === 'string' ? 'AND case_id = $3' : ''} ORDER BY id`,
      typeof caseId === 'string'
        ? [need.entity, JSON.stringify(need.where), caseId]
        : [need.entity, JSON.stringify(need.where)],
    );
    lists.set(
      listKey(need.entity, need.where),
      r.rows.map((x) => x.data),
    );
  }
  return { reader, load, hasBlob, missing };
}

/**
 * A refusal of the plan; `code` only when the refusal is the device scope's, not a rule's, or when a file the
 * mutation references has not reached the server yet (`blob_missing`: transient, the push waits, sync §2.5).
 */
export type Replanned =
  | { ok: true; writes: PlannedWrite[] }
  | { ok: false; reason: string; code?: 'not_authorized' | 'blob_missing' | typeof ALREADY_RESOLVED };

/** Loads are bounded: a planner reads a few dozen distinct things, never thousands. */
const MAX_LOADS = 500;

/**
 * Runs a pushed mutation's shared planner over the server's rows (issue 11 item 2). Returns the writes it plans,
 * or the rule's Chinese reason when the planner refuses (the same refusal the author's desktop would give on
 * the server's current state).
 */
export async function replan<N extends MutationName>(
  q: Queryable,
  name: N,
  args: MutationArgs<N>,
  stamp: {
    actor: Actor;
    nowIso: string;
    hlc: string;
    /** The offices the pushing device may write: a case outside them is refused before any rule is applied. */
    writeOffices?: readonly string[];
    /** Rows this transaction has already read (absent ones as null): the planner is not made to ask again. */
    known?: readonly { entity: SyncEntity; id: string; data: Record<string, unknown> | null }[];
  },
): Promise<Replanned> {
  const planner = PLANNERS[name] as MutationPlanner<N, unknown>;
  const snapshot = createSnapshot(stamp.known ?? []);
  for (let loads = 0; loads <= MAX_LOADS; loads++) {
    const store = createPlanStore(snapshot.reader);
    try {
      if (stamp.writeOffices !== undefined && caseOutside(planner, args, snapshot.reader, stamp.writeOffices))
        return { ok: false, code: 'not_authorized', reason: '该记录不在本设备可办理的范围内' };
      const voided = voidedCaseReason(planner, args, snapshot.reader);
      if (voided !== null) return { ok: false, reason: voided };
      planner.plan(args, {
        store,
        actor: stamp.actor,
        nowIso: stamp.nowIso,
        today: todayInChina(Date.parse(stamp.nowIso)),
        hlc: stamp.hlc,
        hasBlob: snapshot.hasBlob,
        blobDep: () => undefined,
        reference: serverReference,
      });
      return { ok: true, writes: store.writes() };
    } catch (e) {
      if (e instanceof NotLoaded) {
        await snapshot.load(q, e.need);
        continue;
      }
      if (e instanceof AppFailure && snapshot.missing.size > 0)
        return {
          ok: false,
          code: 'blob_missing',
          reason: `等待文件上传完成：${[...snapshot.missing].join('、')}`,
        };
      if (e instanceof AppFailure)
        // The second resolution of one conflict keeps its own code: its author is told who was first.
        return syncCodeOf(e) === ALREADY_RESOLVED
          ? { ok: false, reason: e.message, code: ALREADY_RESOLVED }
          : { ok: false, reason: e.message };
      throw e;
    }
  }
  throw new Error(`planner of ${name} read more than ${MAX_LOADS} distinct things`);
}

const syncCodeOf = (e: AppFailure): unknown =>
  typeof e.details === 'object' && e.details !== null
    ? (e.details as { syncCode?: unknown }).syncCode
    : undefined;

/**
 * The existing case the mutation writes to is not one the device may write (or not one it can see at all): the
 * refusal is the scope's, as for any row outside it, and says nothing of the case's state — a rule's reason
 * would describe another office's case.
 */
function caseOutside<N extends MutationName>(
  planner: MutationPlanner<N, unknown>,
  args: MutationArgs<N>,
  read: RowReader,
  writeOffices: readonly string[],
): boolean {
  const caseId = planner.caseOf?.(args, read) ?? null;
  if (caseId === null) return false;
  const row = read.get('case', caseId);
  return row === null || !writeOffices.includes(row.officeId);
}

/** Both ends refuse a write to a voided case (作废) but its restoration. */
function voidedCaseReason<N extends MutationName>(
  planner: MutationPlanner<N, unknown>,
  args: MutationArgs<N>,
  read: RowReader,
): string | null {
  if (planner.caseOf === undefined || planner.allowOnVoidedCase === true) return null;
  const caseId = planner.caseOf(args, read);
  const row = caseId === null ? null : read.get('case', caseId);
  if (row === null || row.voidedAt === null) return null;
  return `案件已作废（${row.voidReason ?? ''}），不能再办理；如属误作废，请主任先恢复案件`;
}
