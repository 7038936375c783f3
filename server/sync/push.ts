import type {
  MutationOutcome,
  PushRequest,
  PushResponse,
  SyncRefusal,
  WireMutation,
} from '../../shared/sync/protocol';
import type { SyncEntity } from '../../shared/sync/entities';
import { SUPPORTED_DESKTOP_SCHEMA } from '../../shared/sync/versions';
import type { Queryable, ServerDb } from '../db/types';
import { auditWrite, deviceChain } from './audit';
import { runFinalStatement, type TailWrite } from './final-statement';
import { enterDeviceScope, scopeSettings } from './device-scope';
import { applyOrReject, RefusedByPolicy } from './push-apply';
import { toStored, type DbRow } from './rows';
import { storedOutcome } from './outcomes';
import { pushGateOf, URGENT_PUSH } from './push-gate';
import { RowCache } from './row-cache';
import { sameScope, scopeGuessesOf } from './scope-guess';
import { OFFICES_JSON, officeMap, scopeOf, type ClientScope, type StoredOffice } from './scope';

export type DeviceAuth = { clientId: string; staffId: string };

/**
 * Push (issue 11 item 3): each mutation in its own transaction, in client order, idempotent by the client's
 * `last_mutation_id` (locked for the transaction, so two requests of one client never interleave). Every
 * mutation ends in exactly one stored outcome — applied, applied_with_conflict, or rejected with a reason —
 * and the id advances past a rejection too, so a permanent rejection never blocks the queue. A resent mutation
 * gets its stored outcome back unchanged. A mutation referencing a file the server does not hold complete is the
 * one transient case: it gets no outcome and the batch stops there, to be sent again once the file is uploaded.
 */
export async function handlePush(
  db: ServerDb,
  auth: DeviceAuth,
  req: PushRequest,
  onCommitted?: (officeIds: readonly string[]) => void,
): Promise<PushResponse | SyncRefusal> {
  if (req.clientId !== auth.clientId) return refusal('client_mismatch', '设备标识与登录凭证不符');
  const win = SUPPORTED_DESKTOP_SCHEMA;
  if (req.schemaVersion < win.min || req.schemaVersion > win.max)
    return {
      ok: false,
      error: {
        code: 'upgrade_required',
        message: '客户端版本过旧，请升级后再同步',
        minSchema: win.min,
        maxSchema: win.max,
      },
    };
  const results: MutationOutcome[] = [];
  let lastMutationId = 0;
  const gate = pushGateOf(db);
  const guesses = scopeGuessesOf(db);
  const urgent = req.mutations.length <= URGENT_PUSH;
  for (const m of req.mutations) {
    const once = (refused: boolean) =>
      gate.run(urgent, () => db.tx((q) => pushOne(q, auth, m, { refused, guesses })));
    // A write the row-level security policies refused rolled its whole transaction back; a new one records the
    // refusal as the mutation's outcome (a savepoint around every push's writes cost a round trip each).
    const r = await once(false).catch((e: unknown) => {
      if (e instanceof RefusedByPolicy) return once(true);
      throw e;
    });
    // A file it references is not on the server yet: no outcome, the id stays, the rest waits (sync §2.5).
    if (r.kind === 'wait') break;
    if (r.kind === 'gap') {
      if (results.length === 0)
        return {
          ok: false,
          error: { code: 'out_of_order', message: '同步顺序不连续', expectedNext: r.expectedNext },
        };
      break;
    }
    results.push(r.outcome);
    lastMutationId = r.lastMutationId;
    if (r.offices.length > 0) onCommitted?.(r.offices);
  }
  return { results, lastMutationId };
}

type One =
  | { kind: 'gap'; expectedNext: number }
  | { kind: 'wait' }
  | { kind: 'done'; outcome: MutationOutcome; lastMutationId: number; offices: string[] };

const POLICY_REFUSAL: Omit<MutationOutcome, 'id'> = {
  outcome: 'rejected',
  code: 'not_authorized',
  reason: '数据库拒绝了该写入：记录不在本设备可办理的范围内',
};

/**
 * `refused`: the first attempt's writes were refused by policy; this one only records that outcome. `guesses`:
 * the scope each device's last push ran under (scope-guess.ts).
 */
async function pushOne(
  q: Queryable,
  auth: DeviceAuth,
  m: WireMutation,
  o: { refused: boolean; guesses: Map<string, ClientScope> },
): Promise<One> {
  // The device's row, locked (its pushes never interleave), and the offices its scope is made of. The scope this
  // device's last push ran under (scope-guess.ts) is entered by the same statement: one statement less a push than
  // entering it on its own (docs/sync.md, benchmarks, sixth pass). Its settings come from the one-row subquery `g`,
  // which the row's read depends on, so they are made even when the row is missing; the row is still read as the
  // connecting user, since the statement was planned and permission-checked before the role changed.
  const guess = o.refused ? undefined : o.guesses.get(auth.clientId);
  const settings = guess === undefined ? null : scopeSettings(guess, 3);
  const lockSql = (
    onlyAfter: string,
  ) => `SELECT last_mutation_id, staff_id, office_id, ${OFFICES_JSON} AS offices,
       (SELECT to_jsonb(s) FROM entity_rows s WHERE s.entity = 'staff' AND s.id = $2) AS author
       FROM sync_clients WHERE client_id = $1${onlyAfter} FOR UPDATE OF sync_clients`;
  const locked = q.query<{
    last_mutation_id: string | null;
    staff_id: string;
    office_id: string;
    offices: StoredOffice[];
    author: DbRow | null;
  }>(
    settings === null
      ? lockSql('')
      : `SELECT c.* FROM (SELECT ${settings.sql}) g
         LEFT JOIN LATERAL (${lockSql(' AND g.scope_role IS NOT NULL')}) c ON true`,
    [auth.clientId, m.userId, ...(settings?.values ?? [])],
    { prepare: true },
  );
  // With it goes, in the same round trip (pg.ts), the read of the pushed rows under the guessed scope, locked, as
  // the checks would read them first (check-mutation.ts `scopeOf`).
  const early =
    guess === undefined
      ? null
      : {
          scope: guess,
          ...enterAndRead(
            q,
            guess,
            m.changes,
            locked.then(() => undefined),
          ),
        };
  const c = await locked;
  const client = c.rows[0];
  // With the scope entered alongside, a missing row reads as one row of nulls (the LEFT JOIN above).
  if (client === undefined || client.last_mutation_id === null)
    throw new Error(`sync client ${auth.clientId} vanished`);
  const lmid = Number(client.last_mutation_id);
  const scope = scopeOf(officeMap(client.offices), {
    clientId: auth.clientId,
    staffId: client.staff_id,
    officeId: client.office_id,
  });
  o.guesses.set(auth.clientId, scope);
  // From here on the database itself holds the transaction to the device's offices (device-scope.ts). When the
  // guess was wrong, the right scope is entered now and the rows read again under it (the rows locked under the
  // guess stay locked to COMMIT, which does no harm).
  const { entered, cache } =
    early !== null && sameScope(early.scope, scope) ? early : enterAndRead(q, scope, []);
  try {
    await early?.read;
    if (m.id > lmid + 1) return { kind: 'gap', expectedNext: lmid + 1 };
    const r = await inScope(q, auth, m, { client, scope, lmid, refused: o.refused, cache });
    await entered;
    return r;
  } catch (e) {
    // The scope's failure, when it failed, says more than the statements that failed after it.
    await early?.entered;
    await entered;
    throw e;
  }
}

/**
 * Enters `scope` (unless a statement already sent does, `entered`) and reads `rows` under it into a new row
 * cache, locked. Nothing is awaited: the statements leave with the next round trip, and the database runs them
 * in order (pg.ts); a failure of either aborts the transaction, so every statement after it fails too. The caller
 * awaits both promises.
 */
function enterAndRead(
  q: Queryable,
  scope: ClientScope,
  rows: readonly { entity: SyncEntity; id: string }[],
  entered: Promise<void> = enterDeviceScope(q, scope),
): { entered: Promise<void>; read: Promise<void>; cache: RowCache } {
  entered.catch(() => undefined);
  const cache = new RowCache(q);
  const read = cache.prefetch(rows, true);
  read.catch(() => undefined);
  return { entered, read, cache };
}

async function inScope(
  q: Queryable,
  auth: DeviceAuth,
  m: WireMutation,
  c: {
    client: { offices: StoredOffice[]; author: DbRow | null };
    scope: ClientScope;
    lmid: number;
    refused: boolean;
    cache: RowCache;
  },
): Promise<One> {
  const { client, scope, lmid } = c;
  if (m.id <= lmid)
    return {
      kind: 'done',
      outcome: await storedOutcome(q, auth.clientId, m.id),
      lastMutationId: lmid,
      offices: [],
    };
  // The outcome, the device's position and the audit entry ride in the transaction's last statement, with the
  // feed rows when there are any (seq.ts). The entry extends the device's own chain, which the lock on its
  // sync_clients row above keeps in order (audit.ts `deviceChain`).
  const finish = (outcome: MutationOutcome): TailWrite[] => outcomeWrites(auth, scope.officeId, m, outcome);
  // The offices the device may read, as read above, so the re-planner does not read them again (under row-level
  // security it would see exactly these: an office row is visible by its office_id column).
  const seenOffices = client.offices
    .filter((o) => o.office_id !== undefined && scope.readOffices.includes(o.office_id))
    .map((o) => ({ entity: 'office' as const, id: o.id, data: o.data }));
  // The author's staff row likewise, as the device may see it: a staff row is visible by its office_id too.
  const author =
    client.author !== null && scope.readOffices.includes(client.author.office_id)
      ? toStored(client.author)
      : null;
  const applied = c.refused
    ? { outcome: { id: m.id, ...POLICY_REFUSAL }, offices: [], written: false }
    : await applyOrReject(q, scope, m, finish, { known: seenOffices, author, cache: c.cache });
  if (applied === 'wait') return { kind: 'wait' };
  const { outcome, offices, written } = applied;
  if (!written) await runFinalStatement(q, finish(outcome), { commit: true });
  return { kind: 'done', outcome, lastMutationId: m.id, offices };
}

/** What every pushed mutation leaves besides its rows: its one outcome, the device's position, an audit entry. */
function outcomeWrites(auth: DeviceAuth, officeId: string, m: WireMutation, o: MutationOutcome): TailWrite[] {
  return [
    {
      sql: (
        p,
      ) => `INSERT INTO mutation_outcomes (client_id, mutation_id, name, outcome, seq, code, reason, conflicts,
          args, author_id, device_time, version)
        SELECT client_id, mutation_id, name, outcome, seq, code, reason, conflicts, args, author_id, device_time, version
        FROM jsonb_to_record(${p}) AS r(client_id text, mutation_id bigint, name text, outcome text, seq bigint,
          code text, reason text, conflicts jsonb, args jsonb, author_id text, device_time text, version int)`,
      value: {
        client_id: auth.clientId,
        mutation_id: m.id,
        name: m.name,
        outcome: o.outcome,
        seq: o.seq ?? null,
        code: o.code ?? null,
        reason: o.reason ?? null,
        conflicts: o.conflicts ?? [],
        args: m.args ?? null,
        author_id: m.userId,
        device_time: m.deviceTime,
        version: m.version,
      },
    },
    {
      sql: (p) => `UPDATE sync_clients SET last_mutation_id = r.mutation_id, last_seen = now()
        FROM jsonb_to_record(${p}) AS r(client_id text, mutation_id bigint)
        WHERE sync_clients.client_id = r.client_id`,
      value: { client_id: auth.clientId, mutation_id: m.id },
    },
    auditWrite(
      {
        officeId,
        actorId: m.userId,
        clientId: auth.clientId,
        mutationId: m.id,
        action: m.name,
        detail: { outcome: o.outcome, code: o.code ?? null, hlc: m.hlc, deviceTime: m.deviceTime },
      },
      deviceChain(auth.clientId),
    ),
  ];
}

const refusal = (code: 'client_mismatch' | 'unauthenticated', message: string): SyncRefusal => ({
  ok: false,
  error: { code, message },
});
