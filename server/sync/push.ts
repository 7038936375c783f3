import type {
  MutationOutcome,
  PushRequest,
  PushResponse,
  SyncRefusal,
  WireMutation,
} from '../../shared/sync/protocol';
import { SUPPORTED_DESKTOP_SCHEMA } from '../../shared/sync/versions';
import type { Queryable, ServerDb } from '../db/types';
import { auditWrite, deviceChain } from './audit';
import { runFinalStatement, type TailWrite } from './final-statement';
import { checkMutation, type Checked } from './check-mutation';
import { allowNewOffices, allowTransferCase, enterDeviceScope, isRlsRefusal } from './device-scope';
import { assignOfficialNumber } from './official-number';
import { commitRows, toStored, type DbRow, type RowWrite } from './rows';
import { conflictRowWrites } from './conflict-records';
import { storedOutcome } from './outcomes';
import { pushGateOf, URGENT_PUSH } from './push-gate';
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
  const urgent = req.mutations.length <= URGENT_PUSH;
  for (const m of req.mutations) {
    const r = await gate.run(urgent, () => db.tx((q) => pushOne(q, auth, m)));
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

async function pushOne(q: Queryable, auth: DeviceAuth, m: WireMutation): Promise<One> {
  // The device's row, locked (its pushes never interleave), and the offices its scope is made of: one round trip.
  const c = await q.query<{
    last_mutation_id: string;
    staff_id: string;
    office_id: string;
    offices: StoredOffice[];
    author: DbRow | null;
  }>(
    `SELECT last_mutation_id, staff_id, office_id, ${OFFICES_JSON} AS offices,
       (SELECT to_jsonb(s) FROM entity_rows s WHERE s.entity = 'staff' AND s.id = $2) AS author
       FROM sync_clients WHERE client_id = $1 FOR UPDATE OF sync_clients`,
    [auth.clientId, m.userId],
  );
  const client = c.rows[0];
  if (client === undefined) throw new Error(`sync client ${auth.clientId} vanished`);
  const lmid = Number(client.last_mutation_id);
  if (m.id > lmid + 1) return { kind: 'gap', expectedNext: lmid + 1 };
  const scope = scopeOf(officeMap(client.offices), {
    clientId: auth.clientId,
    staffId: client.staff_id,
    officeId: client.office_id,
  });
  // From here on the database itself holds the transaction to the device's offices (device-scope.ts).
  await enterDeviceScope(q, scope);
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
  const applied = await applyOrReject(q, scope, m, finish, { known: seenOffices, author });
  if (applied === 'wait') return { kind: 'wait' };
  const { outcome, offices, written } = applied;
  if (!written) await runFinalStatement(q, finish(outcome));
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

/** `written`: the outcome's own writes went out with the rows; otherwise the caller writes them. */
type Applied = { outcome: MutationOutcome; offices: string[]; written: boolean };
type Finish = (outcome: MutationOutcome) => TailWrite[];

/**
 * The checks, then the writes inside a savepoint: a write the row-level security policies refuse (a check
 * that let something through it should not have) becomes a rejection like any other, so the mutation still
 * gets exactly one outcome and the device's queue moves on.
 */
async function applyOrReject(
  q: Queryable,
  scope: ClientScope,
  m: WireMutation,
  finish: Finish,
  seen: Parameters<typeof checkMutation>[3],
): Promise<Applied | 'wait'> {
  const checked = await checkMutation(q, scope, m, seen);
  if (!checked.ok && checked.code === 'blob_missing') return 'wait';
  if (!checked.ok)
    return {
      outcome: { id: m.id, outcome: 'rejected', code: checked.code, reason: checked.reason },
      offices: [],
      written: false,
    };
  await q.query('SAVEPOINT push_writes');
  try {
    // No RELEASE: COMMIT ends the savepoint too (one round trip fewer).
    return await writeChecked(q, scope, m, checked, finish);
  } catch (e) {
    if (!isRlsRefusal(e)) throw e;
    await q.query('ROLLBACK TO SAVEPOINT push_writes');
    return {
      outcome: {
        id: m.id,
        outcome: 'rejected',
        code: 'not_authorized',
        reason: '数据库拒绝了该写入：记录不在本设备可办理的范围内',
      },
      offices: [],
      written: false,
    };
  }
}

async function writeChecked(
  q: Queryable,
  scope: ClientScope,
  m: WireMutation,
  checked: Checked,
  finish: Finish,
): Promise<Applied> {
  await numberAcceptedCase(q, m, checked.writes);
  // The grant goes first: the new case in the committee's office is then readable in this transaction too.
  await grantTransferredCase(q, scope, checked.name, checked.writes);
  await admitNewStation(q, scope, checked.name, checked.writes);
  const records = await conflictRowWrites(q, checked.conflicts, m, scope.clientId, new Date().toISOString());
  let outcome = null as MutationOutcome | null;
  await commitRows(
    q,
    [...checked.writes, ...records],
    { clientId: scope.clientId, mutationId: m.id },
    {
      tail: (seqs) => {
        outcome = {
          id: m.id,
          outcome: checked.conflicts.length > 0 ? 'applied_with_conflict' : 'applied',
          ...(seqs.length > 0 ? { seq: seqs[seqs.length - 1] } : {}),
          ...(checked.conflicts.length > 0
            ? { conflicts: checked.conflicts.flatMap((c) => c.fields.map((f) => `${c.entity}.${f.field}`)) }
            : {}),
        };
        return finish(outcome);
      },
    },
  );
  if (outcome === null) throw new Error('commitRows did not ask for the final writes');
  return { offices: [...new Set(checked.writes.map((w) => w.officeId))], outcome, written: true };
}

/** 受理 on a desktop leaves the provisional number; the centre gives the official one in the same transaction. */
async function numberAcceptedCase(q: Queryable, m: WireMutation, writes: RowWrite[]): Promise<void> {
  if (m.name !== 'case.performAction') return;
  const a = m.args as { caseId?: string; action?: string; occurredOn?: string };
  if (a.action !== 'arb.accept' || typeof a.caseId !== 'string' || typeof a.occurredOn !== 'string') return;
  const w = writes.find((x) => x.entity === 'case' && x.id === a.caseId);
  if (w) await assignOfficialNumber(q, w, a.occurredOn);
}

/** A committee creating a station (checked by the application) writes that office's first rows. */
async function admitNewStation(
  q: Queryable,
  scope: ClientScope,
  name: string,
  writes: RowWrite[],
): Promise<void> {
  if (name !== 'office.create') return;
  const created = writes
    .filter((w) => w.entity === 'office' && !scope.writeOffices.includes(w.id))
    .map((w) => w.id);
  if (created.length > 0) await allowNewOffices(q, scope, created);
}

/** A station that hands a case to its committee keeps reading it (it sees the 案号 and the outcome). */
async function grantTransferredCase(
  q: Queryable,
  scope: ClientScope,
  name: string,
  writes: RowWrite[],
): Promise<void> {
  if (name !== 'case.transferToArbitration') return;
  for (const w of writes)
    if (w.entity === 'case' && !scope.writeOffices.includes(w.officeId)) {
      await allowTransferCase(q, w.id);
      await q.query('INSERT INTO case_grants (case_id, office_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [
        w.id,
        scope.officeId,
      ]);
    }
}

const refusal = (code: 'client_mismatch' | 'unauthenticated', message: string): SyncRefusal => ({
  ok: false,
  error: { code, message },
});
