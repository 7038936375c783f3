import { MUTATIONS, type MutationName } from '../../../shared/mutations/definitions';
import { upcastArgs } from '../../../shared/mutations/upcasters';
import { CalendarGapError } from '../../../shared/calendar';
import { AppFailure, err, ok, type Result } from '../../../shared/result';
import type { RowChange } from '../../../shared/sync/changes';
import { formatHlc, hlcNode, nextHlc, parseHlc, type HlcState } from '../../../shared/sync/hlc';
import type { OutboxRow } from '../db/repositories/outbox.repo';
import { createMutationApplier, type Applied, type MutationDeps } from './apply-mutation';
import type { MutationResult } from './index';
import type { Actor } from './types';

export type { MutationDeps };

export type MutationStep = { name: MutationName; args: unknown };

/** A stored outbox entry as a rebase hands it back (outbox.repo OutboxRow). */
export type StoredMutation = Pick<OutboxRow, 'name' | 'version' | 'args' | 'userId' | 'hlc' | 'deviceTime'>;

export type MutationRunner = {
  run<N extends MutationName>(name: N, rawArgs: unknown, actor: Actor): Result<MutationResult<N>>;
  /** Different mutations in one transaction, in order (demo walks through the procedure). */
  runSequence(steps: readonly MutationStep[], actor: Actor): Result<unknown[]>;
  /** Several mutations in one SQLite transaction (bulk import, demo data); each keeps its outbox and audit row. */
  runBatch<N extends MutationName>(
    name: N,
    batch: readonly unknown[],
    actor: Actor,
  ): Result<MutationResult<N>[]>;
  /**
   * For the rebase (docs/sync.md §2.6): re-applies a pending outbox entry on top of the rows the pull just wrote,
   * inside the caller's transaction, and returns the row changes it makes now (for that entry's `changes`). Its
   * stored, prepared args, HLC and device time are used as they are; its author is authorized with the roles the
   * database gives them. It writes no outbox and no audit row. A failure leaves none of its writes behind.
   */
  applyOnly(entry: StoredMutation): Result<RowChange[]>;
};

/**
 * The only write path (issue: every write is a named mutation). `apply` (apply-mutation.ts) validates,
 * authorizes and writes the domain rows with the change capture on; `record` writes the outbox row (with the
 * captured changes) and the audit row. `run` does both in ONE transaction: any failure rolls everything back.
 */
export function createMutationRunner(deps: MutationDeps): MutationRunner {
  const { db, repos } = deps;
  const node = hlcNode(deps.clientId);
  const applier = createMutationApplier(deps);
  let hlcState: HlcState = parseHlc(repos.outbox.lastHlc() ?? '') ?? {
    ms: 0,
    counter: 0,
  };

  /** A fresh stamp for a new local mutation: the HLC only moves forward. */
  function stamp(): { hlc: string; nowIso: string } {
    const nowMs = deps.now();
    hlcState = nextHlc(hlcState, nowMs);
    return { hlc: formatHlc(hlcState, node), nowIso: new Date(nowMs).toISOString() };
  }

  /** The record half: one outbox row (sync §2.3) and one audit row for an applied mutation. */
  function record<N extends MutationName>(a: Applied<N>, actor: Actor): number {
    const mutationId = repos.outbox.append({
      name: a.name,
      version: a.version,
      args: a.args,
      changes: a.changes,
      userId: actor.id,
      hlc: a.stamp.hlc,
      deviceTime: a.stamp.nowIso,
      blobDeps: a.blobDeps,
    });
    repos.audit.append({
      ...a.audit,
      at: a.stamp.nowIso,
      userId: actor.id,
      mutation: a.name,
      mutationId,
      hlc: a.stamp.hlc,
    });
    return mutationId;
  }

  function execute<N extends MutationName>(name: N, rawArgs: unknown, actor: Actor): MutationResult<N> {
    const applied = applier.apply(name, rawArgs, actor, { stamp: stamp() });
    record(applied, actor);
    return applied.result;
  }

  function reapply(entry: StoredMutation): RowChange[] {
    if (!Object.hasOwn(MUTATIONS, entry.name))
      throw new AppFailure('VALIDATION', `操作名称：本版本不认识“${entry.name}”`);
    const name = entry.name as MutationName;
    // An entry written before this build changed the mutation's args (held while the app was too old) is
    // re-applied as the current version, as the server will upcast it (sync §2.13); the entry itself is kept.
    const upcast = upcastArgs(name, entry.version, JSON.parse(entry.args));
    if (!upcast.ok) throw new AppFailure('VALIDATION', upcast.reason);
    const args = upcast.args;
    const actor = applier.storedAuthor(entry.userId);
    return applier.apply(name, args, actor, {
      stamp: { hlc: entry.hlc, nowIso: entry.deviceTime },
      prepared: true,
    }).changes;
  }

  const committed = <T>(r: Result<T>): Result<T> => {
    if (r.ok) deps.onCommitted?.();
    return r;
  };
  return {
    run: (name, rawArgs, actor) =>
      committed(guard(() => db.transaction(() => execute(name, rawArgs, actor))())),
    runSequence: (steps, actor) =>
      committed(
        guard(() => db.transaction(() => steps.map((s) => execute(s.name, s.args, actor) as unknown))()),
      ),
    runBatch: (name, batch, actor) =>
      committed(guard(() => db.transaction(() => batch.map((a) => execute(name, a, actor)))())),
    // Nested in the caller's transaction, better-sqlite3 makes this a SAVEPOINT: a throwing entry undoes only itself.
    applyOnly: (entry) => guard(() => db.transaction(() => reapply(entry))()),
  };
}

function guard<T>(fn: () => T): Result<T> {
  try {
    return ok(fn());
  } catch (e) {
    if (e instanceof AppFailure) return { ok: false, error: e.toError() };
    if (e instanceof CalendarGapError) return err('CALENDAR_GAP', e.message, { year: e.year });
    if (isConstraintError(e))
      return err('CONFLICT', '数据与已有记录冲突，未保存任何内容', {
        sqlite: String(e),
      });
    throw e;
  }
}

function isConstraintError(e: unknown): boolean {
  const code = (e as { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT');
}
