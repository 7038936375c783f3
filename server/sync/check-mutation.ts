import { MUTATIONS, type MutationName } from '../../shared/mutations/definitions';
import { mayPerform } from '../../shared/mutations/may-perform';
import { upcastArgs } from '../../shared/mutations/upcasters';
import { MUTATION_WRITES } from '../../shared/mutations/writes';
import { fieldIssues, summarizeIssues } from '../../shared/schema/field-labels';
import type { StaffRole } from '../../shared/domain/reference-data';
import type { WireMutation } from '../../shared/sync/protocol';
import type { Queryable } from '../db/types';
import { caseIdOf, type RowWrite, type StoredRow } from './rows';
import { RowCache } from './row-cache';
import type { ClientScope } from './scope';
import { checkProcedure } from './check-procedure';
import { rowShapeError } from '../../shared/sync/row-shape';
import type { RowChange } from '../../shared/sync/changes';
import type { PlannedWrite } from '../../shared/mutations/plan/store-port';
import { replan } from './replan';
import { concurrentEdits } from './concurrent-edits';
import { isConflictBearing } from '../../shared/sync/field-classes';
import type { SyncEntity } from '../../shared/sync/entities';

export type Rejection = { ok: false; code: string; reason: string };
/** One row's fields a push changed concurrently with a write since its author's base (legal/narrative only). */
export type RowConflict = {
  entity: SyncEntity;
  id: string;
  caseId: string;
  officeId: string;
  fields: { field: string; kept: unknown; other: unknown }[];
  /** The change-log position of the newest kept value: who made it and on which device is read from there. */
  keptSeq: number;
};
export type Checked = {
  ok: true;
  name: MutationName;
  authorRoles: readonly StaffRole[];
  writes: RowWrite[];
  conflicts: RowConflict[];
};

const reject = (code: string, reason: string): Rejection => ({ ok: false, code, reason });
const isName = (n: string): n is MutationName => Object.hasOwn(MUTATIONS, n);

/**
 * Everything the server checks before it applies a pushed mutation (issue 11 items 2 and 6), with the same
 * shared code the desktop runs: the mutation's zod args, the author's roles (read from the server's own staff
 * rows, never from the push), the entities the mutation may write, the office scope of every row and case it
 * touches, and procedure legality for procedural steps. Nothing here writes.
 */
export async function checkMutation(
  q: Queryable,
  scope: ClientScope,
  m: WireMutation,
  /** Rows already read in this transaction, as the device may see them (push.ts: the offices, the author). */
  seen: {
    known?: readonly { entity: SyncEntity; id: string; data: Record<string, unknown> | null }[];
    author?: StoredRow | null;
    /** The transaction's row cache when the push has already read rows into it (the pushed rows, locked). */
    cache?: RowCache;
  } = {},
): Promise<Checked | Rejection> {
  if (!isName(m.name)) return reject('unknown_mutation', `服务器不认识该操作：${m.name}`);
  const def = MUTATIONS[m.name];
  // An older desktop's args are brought up to this version first (sync §2.13); a newer version stays refused.
  const upcast = upcastArgs(m.name, m.version, m.args);
  if (!upcast.ok) return reject(upcast.code, upcast.reason);
  const parsed = def.args.safeParse(upcast.args);
  if (!parsed.success) return reject('invalid_args', summarizeIssues(fieldIssues(parsed.error)));

  const cache = seen.cache ?? new RowCache(q);
  if (seen.author !== undefined) cache.seed('staff', m.userId, seen.author);
  const author = await cache.get('staff', m.userId);
  const roles = (author?.data?.['roles'] ?? []) as StaffRole[];
  if (author === null || author.deleted !== null || author.data?.['active'] !== true)
    return reject('not_authorized', '操作人账号不存在或已停用');
  if (!scope.writeOffices.includes(author.officeId))
    return reject('not_authorized', '操作人不属于本设备可办理的机构');
  if (def.roles.length === 0 || !mayPerform(m.name, roles))
    return reject('not_authorized', `操作人没有“${def.label}”的权限`);

  // What the push claims to write must lie in the device's scope before anything is replanned: a forged office,
  // case or entity is refused as such, even where the plan would have written only what the rules allow.
  const pushedScope = await scopeOf(cache, scope, m.name, m.changes);
  if (!pushedScope.ok) return pushedScope;

  const planned = await replan(q, m.name, parsed.data, {
    actor: { id: m.userId, roles, officeId: author.officeId },
    nowIso: m.deviceTime,
    hlc: m.hlc,
    writeOffices: scope.writeOffices,
    // The rows read for the checks win over those read earlier.
    known: [...(seen.known ?? []), ...cache.known()],
  });
  if (!planned.ok) {
    // A step the state machine forbids keeps its own code, whichever check found it first.
    const procedure = planned.code === undefined ? await checkProcedure(q, m.name, parsed.data, roles) : null;
    if (procedure !== null) return reject('illegal_procedure', procedure);
    return reject(planned.code ?? 'rule', planned.reason);
  }
  // The pushed rows as stored, read (and locked) by the scope check above: no second read.
  const stored = new Map(
    m.changes.map((c, i) => [`${c.entity}:${c.id}`, pushedScope.rows[i]?.existing?.data ?? null] as const),
  );
  const changes = changesFromPlan(planned.writes, m.changes, stored);
  if (changes === null) return reject('inconsistent', '推送的记录与服务器按同一操作推导的结果不一致');
  const scoped = await scopeOf(cache, scope, m.name, changes);
  if (!scoped.ok) return scoped;

  const writes: RowWrite[] = [];
  const conflicts: RowConflict[] = [];
  for (const [i, c] of changes.entries()) {
    const { existing, officeId, caseId } = scoped.rows[i] as ScopedRow;
    const data = c.row;
    const changedFields = Object.keys(c.bases);
    const concurrent =
      existing !== null && existing.data !== null
        ? await concurrentEdits(q, scope.clientId, existing, c.bases, data)
        : [];
    // A legal or narrative field someone else changed since the author's base keeps the value committed first;
    // the author's value goes into a conflict record for a person (docs/sync.md, merge policy per field class).
    const held = concurrent.filter((f) => caseId !== null && isConflictBearing(c.entity, f.field));
    if (held.length > 0 && caseId !== null)
      conflicts.push({
        entity: c.entity,
        id: c.id,
        caseId,
        officeId,
        fields: held.map(({ field, kept, other }) => ({ field, kept, other })),
        keptSeq: Math.max(...held.map((f) => f.serverSeq)),
      });
    const heldNames = new Set(held.map((f) => f.field));
    const taken = changedFields.filter((f) => !heldNames.has(f));
    if (
      existing !== null &&
      !c.created &&
      c.op !== 'delete' &&
      taken.length === 0 &&
      changedFields.length > 0
    )
      continue;
    // Only the fields the mutation changed are taken from the push: the rest of a stale image never overwrites
    // what others wrote since the author last pulled.
    const merged =
      existing?.data && !c.created && data !== null
        ? { ...existing.data, ...Object.fromEntries(taken.map((f) => [f, data[f]])) }
        : data;
    writes.push({
      entity: c.entity,
      id: c.id,
      officeId,
      caseId,
      data: merged,
      changed: existing === null ? '*' : taken,
      deleted: c.op === 'delete' ? (c.deleted ?? { at: m.deviceTime, by: m.userId, reason: null }) : null,
    });
  }
  const procedure = await checkProcedure(q, m.name, parsed.data, roles);
  if (procedure !== null) return reject('illegal_procedure', procedure);
  return { ok: true, name: m.name, authorRoles: roles, writes, conflicts };
}

type ScopedRow = { existing: Awaited<ReturnType<RowCache['get']>>; officeId: string; caseId: string | null };

/**
 * Whether every row of `changes` is one this mutation may write and lies in the device's scope (its office, the
 * case's office, a new office under one of the device's); each row with its stored version, office and case.
 */
async function scopeOf(
  cache: RowCache,
  scope: ClientScope,
  name: MutationName,
  changes: readonly RowChange[],
): Promise<{ ok: true; rows: ScopedRow[] } | Rejection> {
  const allowed = MUTATION_WRITES[name];
  // Every row read up front in two statements: the rows themselves, locked, then the cases they belong to.
  await cache.prefetch(changes, true);
  const caseKeys: { entity: 'case'; id: string }[] = [];
  for (const c of changes) {
    const caseId = caseIdOf(c.entity, c.id, c.row) ?? (await cache.get(c.entity, c.id))?.caseId ?? null;
    if (caseId !== null) caseKeys.push({ entity: 'case', id: caseId });
  }
  await cache.prefetch(caseKeys, false);
  const newCases = new Map<string, string>();
  for (const c of changes)
    if (c.entity === 'case' && c.created) newCases.set(c.id, textField(c.row, 'officeId'));
  const rows: ScopedRow[] = [];
  for (const c of changes) {
    if (!allowed.includes(c.entity))
      return reject('not_authorized', `“${MUTATIONS[name].label}”不能写入${c.entity}记录`);
    const existing = await cache.get(c.entity, c.id, true);
    const data = c.row;
    if (data !== null) {
      const bad = rowShapeError(c.entity, data, existing === null ? 'all' : Object.keys(c.bases));
      if (bad !== null) return reject('invalid_row', `记录格式不正确（${c.entity}.${bad}）`);
      if (data['id'] !== c.id) return reject('invalid_row', `记录标识不一致（${c.entity}）`);
    }
    const officeId = textField(data, 'officeId') || (existing?.officeId ?? '');
    if (existing !== null && existing.officeId !== officeId)
      return reject('not_authorized', '不能更改记录所属机构');
    const caseId = caseIdOf(c.entity, c.id, data) ?? existing?.caseId ?? null;
    const created =
      existing === null && c.entity === 'office' && data !== null
        ? { id: c.id, parentId: typeof data['parentId'] === 'string' ? data['parentId'] : null }
        : null;
    if (!(await inScope(cache, scope, name, c.entity, officeId, caseId, newCases, created)))
      return reject('not_authorized', '该记录不在本设备可办理的范围内');
    rows.push({ existing, officeId, caseId });
  }
  return { ok: true, rows };
}

async function inScope(
  cache: RowCache,
  scope: ClientScope,
  name: MutationName,
  entity: string,
  officeId: string,
  caseId: string | null,
  newCases: ReadonlyMap<string, string>,
  newOffice: { id: string; parentId: string | null } | null,
): Promise<boolean> {
  const writable = (office: string) => scope.writeOffices.includes(office);
  // A committee creates its stations: a new office row is its own office, under one the device may write.
  if (name === 'office.create' && entity === 'office' && newOffice !== null)
    return newOffice.id === officeId && newOffice.parentId !== null && writable(newOffice.parentId);
  if (caseId === null) return writable(officeId);
  const caseRow = await cache.get('case', caseId);
  const caseOffice = caseRow?.officeId ?? newCases.get(caseId) ?? null;
  if (caseOffice === null || caseOffice !== officeId) return false;
  if (writable(caseOffice)) return true;
  // 调解不成转仲裁: a station creates the arbitration case in its committee's office (it keeps a read grant).
  return name === 'case.transferToArbitration' && caseRow === null && caseOffice === scope.committeeId;
}

const textField = (row: Record<string, unknown> | null, f: string): string => {
  const v = row?.[f];
  return typeof v === 'string' ? v : '';
};

/** A base no server seq exceeds: a planned field the author's copy did not change cannot be a conflict. */
const NO_BASE = Number.MAX_SAFE_INTEGER;

/**
 * The rows the server writes for a replanned mutation: its own plan, with the author's bases for conflict
 * detection. A push that changed any row or field the plan does not write is refused — that is not what this
 * mutation does with these args. (The plan may write more than the push shows: a field the author's copy
 * already held at the planned value is not a change there.)
 */
function changesFromPlan(
  writes: readonly PlannedWrite[],
  pushed: readonly RowChange[],
  stored: ReadonlyMap<string, Record<string, unknown> | null>,
): RowChange[] | null {
  const byKey = new Map(writes.map((w) => [`${w.entity}:${w.id}`, w]));
  for (const c of pushed) {
    const w = byKey.get(`${c.entity}:${c.id}`);
    if (w === undefined) return null;
    if (c.op === 'delete' ? w.op !== 'delete' : w.op === 'delete') return null;
    // A pushed field the plan leaves alone is the author's only where the server already holds the same value
    // (their edit converged with someone else's, as a derived 出生日期 does); any other is not this mutation's.
    const held = stored.get(`${c.entity}:${c.id}`) ?? null;
    const converged = (f: string) =>
      held !== null && JSON.stringify(held[f] ?? null) === JSON.stringify(c.row?.[f] ?? null);
    if (w.op === 'update' && Object.keys(c.bases).some((f) => !Object.hasOwn(w.fields, f) && !converged(f)))
      return null;
    if (w.op === 'update' && c.created) return null;
  }
  const pushedOf = (w: PlannedWrite) => pushed.find((c) => c.entity === w.entity && c.id === w.id);
  return writes.map((w): RowChange => {
    if (w.op === 'insert')
      return { entity: w.entity, id: w.id, op: 'upsert', created: true, row: w.row, bases: {} };
    if (w.op === 'delete')
      return {
        entity: w.entity,
        id: w.id,
        op: 'delete',
        created: false,
        row: { id: w.id },
        bases: {},
        deleted: w.tombstone,
      };
    const theirs = pushedOf(w)?.bases ?? {};
    return {
      entity: w.entity,
      id: w.id,
      op: 'upsert',
      created: false,
      row: { id: w.id, ...w.fields },
      bases: Object.fromEntries(Object.keys(w.fields).map((f) => [f, theirs[f] ?? NO_BASE])),
    };
  });
}
