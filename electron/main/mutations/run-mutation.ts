import { fieldIssues, summarizeIssues } from '../../../shared/schema/field-labels';
import { MUTATIONS, type MutationName } from '../../../shared/mutations/definitions';
import { mayPerform } from '../../../shared/mutations/may-perform';
import { CalendarGapError, type Calendar } from '../../../shared/calendar';
import { AppFailure, err, ok, type Result } from '../../../shared/result';
import { formatHlc, nextHlc, parseHlc, type HlcState } from '../../../shared/sync/hlc';
import { todayInChina } from '../../../shared/util/clock';
import type { Db } from '../db/connection';
import type { Repos } from '../db/repositories';
import type { Base } from '../db/repositories/shadow.repo';
import { MUTATORS, type MutationResult } from './index';
import type { Actor, MutationCtx, MutatorImpl } from './types';

export type MutationDeps = {
  db: Db;
  repos: Repos;
  clientId: string;
  now: () => number;
  newId: () => string;
  /** Runs inside the mutation's transaction for every case it changed (e.g. to refresh the deadline projection). */
  onCasesChanged?: (caseIds: readonly string[]) => void;
  hasBlob?: (sha256: string) => boolean;
  calendar?: () => Calendar;
};

export type MutationStep = { name: MutationName; args: unknown };

export type MutationRunner = {
  run<N extends MutationName>(name: N, rawArgs: unknown, actor: Actor): Result<MutationResult<N>>;
  /** Several mutations in one SQLite transaction (bulk import, demo data); each keeps its outbox and audit row. */
  /** Different mutations in one transaction, in order (demo walks through the procedure). */
  runSequence(steps: readonly MutationStep[], actor: Actor): Result<unknown[]>;
  runBatch<N extends MutationName>(
    name: N,
    batch: readonly unknown[],
    actor: Actor,
  ): Result<MutationResult<N>[]>;
};

/**
 * The only write path (issue: every write is a named mutation). Validates the args with the mutation's zod
 * schema, checks the actor's roles against the database, then in ONE transaction writes the domain rows, the
 * outbox row and the audit row. Any failure rolls the whole transaction back: nothing partial is left.
 */
export function createMutationRunner(deps: MutationDeps): MutationRunner {
  const { db, repos } = deps;
  const node = deps.clientId.slice(0, 8);
  let hlcState: HlcState = parseHlc(repos.outbox.lastHlc() ?? '') ?? {
    ms: 0,
    counter: 0,
  };

  function authorize(name: MutationName, actor: Actor): void {
    const allowed: readonly string[] = MUTATIONS[name].roles;
    if (allowed.length === 0) {
      if (!actor.system) throw new AppFailure('FORBIDDEN', '该操作只能由系统执行');
      return;
    }
    if (actor.system) throw new AppFailure('FORBIDDEN', '该操作需要登录后执行');
    // Roles are read from the database on every mutation, so a revoked role takes effect at once.
    const staff = repos.staff.get(actor.id);
    if (!staff?.active) throw new AppFailure('UNAUTHENTICATED', '账号不存在或已停用，请重新登录');
    if (!mayPerform(name, staff.roles))
      throw new AppFailure('FORBIDDEN', `您没有“${MUTATIONS[name].label}”的权限`);
  }

  function execute<N extends MutationName>(name: N, rawArgs: unknown, actor: Actor): MutationResult<N> {
    const def = MUTATIONS[name];
    const parsed = def.args.safeParse(rawArgs);
    if (!parsed.success) {
      const issues = fieldIssues(parsed.error);
      throw new AppFailure('VALIDATION', summarizeIssues(issues), { issues });
    }
    authorize(name, actor);
    const nowMs = deps.now();
    hlcState = nextHlc(hlcState, nowMs);
    const hlc = formatHlc(hlcState, node);
    const nowIso = new Date(nowMs).toISOString();
    const bases: Base[] = [];
    const changed = new Set<string>();
    const blobDeps = new Set<string>();
    const ctx: MutationCtx = {
      repos,
      actor,
      nowIso,
      today: todayInChina(nowMs),
      hlc,
      newId: deps.newId,
      clientShortId: deps.clientId.slice(-6),
      touch: (entity, id, fields) => bases.push(...repos.shadow.beforeWrite(entity, id, fields)),
      caseChanged: (caseId) => void changed.add(caseId),
      blobDep: (sha) => void blobDeps.add(sha),
      hasBlob: (sha) => deps.hasBlob?.(sha) ?? false,
      ...(deps.calendar ? { calendar: deps.calendar } : {}),
    };
    const impl = MUTATORS[name] as unknown as MutatorImpl<N, MutationResult<N>>;
    refuseVoidedCase(impl, parsed.data as never, ctx);
    const args = impl.prepare(parsed.data as never, ctx);
    const { result, audit } = impl.apply(args, ctx);
    const mutationId = repos.outbox.append({
      name,
      version: def.version,
      args,
      bases,
      userId: actor.id,
      hlc,
      deviceTime: nowIso,
      blobDeps: [...blobDeps],
    });
    repos.audit.append({
      ...audit,
      at: nowIso,
      userId: actor.id,
      mutation: name,
      mutationId,
      hlc,
    });
    if (changed.size > 0) deps.onCasesChanged?.([...changed]);
    return result;
  }

  const guard = <T>(fn: () => T): Result<T> => {
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
  };

  return {
    run: (name, rawArgs, actor) => guard(() => db.transaction(() => execute(name, rawArgs, actor))()),
    runSequence: (steps, actor) =>
      guard(() => db.transaction(() => steps.map((s) => execute(s.name, s.args, actor) as unknown))()),
    runBatch: (name, batch, actor) =>
      guard(() => db.transaction(() => batch.map((a) => execute(name, a, actor)))()),
  };
}

/** A voided case (作废) takes no write but its restoration; the refusal says why it was voided. */
function refuseVoidedCase<N extends MutationName>(
  impl: MutatorImpl<N, unknown>,
  args: Parameters<NonNullable<MutatorImpl<N, unknown>['caseOf']>>[0],
  ctx: MutationCtx,
): void {
  if (impl.caseOf === undefined || impl.allowOnVoidedCase === true) return;
  const caseId = impl.caseOf(args, ctx);
  const row = caseId === null ? null : ctx.repos.cases.get(caseId);
  if (row === null || row.voided === null) return;
  throw new AppFailure(
    'CONFLICT',
    `案件已作废（${row.voided?.reason ?? ''}），不能再办理；如属误作废，请主任先恢复案件`,
  );
}

function isConstraintError(e: unknown): boolean {
  const code = (e as { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT');
}
