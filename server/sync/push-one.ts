import type { MutationOutcome, WireMutation } from '../../shared/sync/protocol';
import type { SyncEntity } from '../../shared/sync/entities';
import type { Queryable } from '../db/types';
import { auditWrite, deviceChain } from './audit';
import { runFinalStatement, type TailWrite } from './final-statement';
import { enterDeviceScope } from './device-scope';
import type { DeviceAuth } from './device-auth';
import { sendLock, type Caller } from './push-lock';
import { applyOrReject } from './push-apply';
import { toStored, type DbRow } from './rows';
import { storedOutcome } from './outcomes';
import { RowCache } from './row-cache';
import { sameScope } from './scope-guess';
import { officeMap, scopeOf, type ClientScope, type StoredOffice } from './scope';

/*
 * One pushed mutation inside a push transaction (push.ts): alone in its transaction, or one of a group sharing
 * one (push-group.ts). `commit` says whether the mutation's last statement may take COMMIT with it: only the
 * last of its transaction's mutations may.
 */

export type { DeviceAuth } from './device-auth';

/** What the device row locked at the start of a push transaction gave: the same for all its mutations. */
export type Device = { client: LockedClient; scope: ClientScope };

/** `author`: the staff row of `authorId`, read with the lock (the first mutation's author). */
type LockedClient = { offices: StoredOffice[]; author: DbRow | null; authorId: string };

export type One =
  | { kind: 'gap'; expectedNext: number }
  | { kind: 'wait' }
  | { kind: 'done'; outcome: MutationOutcome; lastMutationId: number; offices: string[]; device: Device };

export const POLICY_REFUSAL: Omit<MutationOutcome, 'id'> = {
  outcome: 'rejected',
  code: 'not_authorized',
  reason: '数据库拒绝了该写入：记录不在本设备可办理的范围内',
};

/**
 * `caller`: the device, or its token for the request's first transaction to check (push-lock.ts; a refused token
 * throws `PushRefused`). `refused`: the first attempt's writes were refused by policy; this one only records that
 * outcome. `guesses`: the scope each device's last push ran under (scope-guess.ts).
 */
export async function pushOne(
  q: Queryable,
  caller: Caller,
  m: WireMutation,
  o: { refused: boolean; guesses: Map<string, ClientScope>; commit: boolean },
): Promise<One> {
  // The device's row, locked, with the token check and the scope this device's last push ran under: one statement
  // (push-lock.ts; docs/sync.md, benchmarks, sixth and eighth passes).
  const guess = o.refused ? undefined : o.guesses.get(caller.clientId);
  const locked = sendLock(q, caller, m, guess);
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
  const { auth, client } = await locked;
  if (client === undefined) throw new Error(`sync client ${auth.clientId} vanished`);
  const lmid = client.lastMutationId;
  const scope = scopeOf(officeMap(client.offices), {
    clientId: auth.clientId,
    staffId: client.staffId,
    officeId: client.officeId,
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
    const r = await inScope(q, auth, m, {
      device: { client: { offices: client.offices, author: client.author, authorId: m.userId }, scope },
      lmid,
      refused: o.refused,
      cache,
      commit: o.commit,
    });
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

/**
 * A mutation after the first of a group transaction (push-group.ts). The device's row is locked and its scope
 * known from the group's first mutation; `lmid` is the id the previous mutation left. The scope is entered again
 * first: a mutation may widen its transaction's settings (a transfer names its new case, a new station joins the
 * write offices, push-apply.ts), and the next one must not inherit that. The statement is sent already under the
 * device's role, which may take that role again (it is the session user, not the current role, that must be a
 * member), and the row read goes with it in the same round trip.
 */
export async function pushNext(
  q: Queryable,
  auth: DeviceAuth,
  m: WireMutation,
  o: { device: Device; lmid: number; commit: boolean },
): Promise<One> {
  const { entered, read, cache } = enterAndRead(q, o.device.scope, m.changes);
  try {
    await read;
    if (m.id > o.lmid + 1) return { kind: 'gap', expectedNext: o.lmid + 1 };
    const r = await inScope(q, auth, m, { ...o, refused: false, cache });
    await entered;
    return r;
  } catch (e) {
    await entered;
    throw e;
  }
}

async function inScope(
  q: Queryable,
  auth: DeviceAuth,
  m: WireMutation,
  c: { device: Device; lmid: number; refused: boolean; cache: RowCache; commit: boolean },
): Promise<One> {
  const { device, lmid } = c;
  const { client, scope } = device;
  if (m.id <= lmid)
    return {
      kind: 'done',
      outcome: await storedOutcome(q, auth.clientId, m.id),
      lastMutationId: lmid,
      offices: [],
      device,
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
  // The author's staff row likewise, as the device may see it: a staff row is visible by its office_id too. It
  // was read for the transaction's first mutation's author; another author's row the checks read themselves.
  const author =
    client.authorId !== m.userId
      ? undefined
      : client.author !== null && scope.readOffices.includes(client.author.office_id)
        ? toStored(client.author)
        : null;
  const applied = c.refused
    ? { outcome: { id: m.id, ...POLICY_REFUSAL }, offices: [], written: false }
    : await applyOrReject(
        q,
        scope,
        m,
        finish,
        { known: seenOffices, cache: c.cache, ...(author === undefined ? {} : { author }) },
        c.commit,
      );
  if (applied === 'wait') return { kind: 'wait' };
  const { outcome, offices, written } = applied;
  if (!written) await runFinalStatement(q, finish(outcome), { commit: c.commit });
  return { kind: 'done', outcome, lastMutationId: m.id, offices, device };
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
