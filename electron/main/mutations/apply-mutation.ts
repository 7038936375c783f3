import { clientShortId } from '../../../shared/util/compact-id';
import { fieldIssues, summarizeIssues } from '../../../shared/schema/field-labels';
import { MUTATIONS, type MutationArgs, type MutationName } from '../../../shared/mutations/definitions';
import { mayPerform } from '../../../shared/mutations/may-perform';
import { AppFailure } from '../../../shared/result';
import type { RowChange } from '../../../shared/sync/changes';
import { todayInChina } from '../../../shared/util/clock';
import type { Db } from '../db/connection';
import type { Repos } from '../db/repositories';
import { MUTATORS, type MutationResult } from './index';
import { outsideOfficeReason, outsideTargetOfficeReason, targetOfficeOf } from './office-scope';
import { SYSTEM_ACTOR, type Actor, type AuditImage, type MutationCtx, type MutatorImpl } from './types';
import type { MutationPlanner } from '../../../shared/mutations/plan/planner';
import { createPlanStore } from '../../../shared/mutations/plan/plan-store';
import type { PlannedWrite } from '../../../shared/mutations/plan/store-port';
import { refreshCaseIndexes } from './case-indexes';
import { PLAN_REFERENCE } from '../elements/templates-in-force';

export type MutationDeps = {
  db: Db;
  repos: Repos;
  clientId: string;
  now: () => number;
  newId: () => string;
  /** Runs inside the mutation's transaction for every case it changed (e.g. to refresh the deadline projection). */
  onCasesChanged?: (caseIds: readonly string[]) => void;
  hasBlob?: (sha256: string) => boolean;
  /** After a local write committed (not a rebase re-application): e.g. to sync soon. */
  onCommitted?: () => void;
};

/** When a mutation happened: its HLC and device time, fixed once and kept by every re-application. */
export type Stamp = { hlc: string; nowIso: string };

/** What applying a mutation produced: everything `record` needs to write its outbox and audit rows. */
export type Applied<N extends MutationName> = {
  name: N;
  version: number;
  /** The prepared args (every id filled in): what the outbox keeps and a rebase re-applies. */
  args: MutationArgs<N>;
  result: MutationResult<N>;
  audit: AuditImage;
  changes: RowChange[];
  blobDeps: string[];
  stamp: Stamp;
};

export type ApplyOptions = {
  stamp: Stamp;
  /** The args come from the outbox, already prepared: `prepare` is not run again, so every id stays the same. */
  prepared?: boolean;
};

/**
 * The apply half of the write path: validate, authorize (roles read from the database), prepare, run the
 * mutator with the change capture on, and refresh the derived projections of the cases it changed. It writes
 * the domain rows only — no outbox and no audit row — so a rebase can re-apply a pending mutation on newer rows
 * without recording it twice. Must run inside the caller's transaction.
 */
export function createMutationApplier(deps: MutationDeps) {
  const { repos } = deps;

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

  function apply<N extends MutationName>(
    name: N,
    rawArgs: unknown,
    actor: Actor,
    opts: ApplyOptions,
  ): Applied<N> {
    const def = MUTATIONS[name];
    const parsed = def.args.safeParse(rawArgs);
    if (!parsed.success) {
      const issues = fieldIssues(parsed.error);
      throw new AppFailure('VALIDATION', summarizeIssues(issues), { issues });
    }
    authorize(name, actor);
    const { hlc, nowIso } = opts.stamp;
    const changed = new Set<string>();
    const blobDeps = new Set<string>();
    const ctx: MutationCtx = {
      repos,
      actor,
      nowIso,
      today: todayInChina(Date.parse(nowIso)),
      hlc,
      newId: deps.newId,
      clientShortId: clientShortId(deps.clientId),
      caseChanged: (caseId) => void changed.add(caseId),
      blobDep: (sha) => void blobDeps.add(sha),
      hasBlob: (sha) => deps.hasBlob?.(sha) ?? false,
    };
    const impl = MUTATORS[name] as unknown as MutatorImpl<N, MutationResult<N>>;
    const data = parsed.data as MutationArgs<N>;
    const caseOf = (a: MutationArgs<N>): string | null => impl.planner.caseOf?.(a, repos.rowReader) ?? null;
    refuseVoidedCase(impl.planner.allowOnVoidedCase === true ? null : caseOf(data), ctx);
    refuseOtherOffice(caseOf(data), ctx);
    refuseOtherTargetOffice(name, data, ctx);
    const args = opts.prepared === true ? data : impl.prepare(data, ctx);
    repos.changeCapture.begin();
    const { result, audit } = runPlanner(impl.planner, args, ctx);
    const changes = repos.changeCapture.collect();
    for (const id of casesOf(changes)) changed.add(id);
    if (changed.size > 0) deps.onCasesChanged?.([...changed]);
    return {
      name,
      version: def.version,
      args,
      result,
      audit,
      changes,
      blobDeps: [...blobDeps],
      stamp: opts.stamp,
    };
  }

  /**
   * The shared planner over the SQLite port, then the desktop's apply step for its writes; the search text of
   * the cases it wrote is rebuilt like after a pull, and their deadline projection follows below.
   */
  function runPlanner<N extends MutationName, R>(
    planner: MutationPlanner<N, R>,
    args: MutationArgs<N>,
    ctx: MutationCtx,
  ): { result: R; audit: AuditImage } {
    const store = createPlanStore(repos.rowReader);
    const out = planner.plan(args, {
      store,
      actor: ctx.actor,
      nowIso: ctx.nowIso,
      today: ctx.today,
      hlc: ctx.hlc,
      hasBlob: ctx.hasBlob,
      blobDep: ctx.blobDep,
      reference: () => PLAN_REFERENCE,
    });
    const writes = store.writes();
    repos.planWriter.apply(writes);
    for (const id of casesIndexedBy(repos, writes)) refreshCaseIndexes(repos, id);
    return out;
  }

  /** The author of a stored outbox entry, with the roles the database gives them now. */
  function storedAuthor(userId: string): Actor {
    if (userId === SYSTEM_ACTOR.id) return SYSTEM_ACTOR;
    const staff = repos.staff.get(userId);
    if (!staff) throw new AppFailure('UNAUTHENTICATED', '该记录的录入人账号不存在');
    return { id: staff.id, roles: staff.roles, officeId: staff.officeId };
  }

  return { apply, storedAuthor };
}
export type MutationApplier = ReturnType<typeof createMutationApplier>;

/** Cases whose own row or log changed: their deadline projection must follow, whoever wrote them. */
function casesOf(changes: readonly RowChange[]): string[] {
  return changes.flatMap((c) => {
    if (c.entity === 'case') return [c.id];
    const caseId = c.entity === 'event' ? c.row?.['caseId'] : undefined;
    return typeof caseId === 'string' ? [caseId] : [];
  });
}

/** A case of an office the person does not work for (a station's granted case at the committee) is read-only. */
function refuseOtherOffice(caseId: string | null, ctx: MutationCtx): void {
  if (caseId === null || ctx.actor.system === true) return;
  const row = ctx.repos.cases.get(caseId);
  if (row === null) return;
  const reason = outsideOfficeReason(ctx.repos, row.officeId, ctx.actor.officeId);
  if (reason !== null) throw new AppFailure('FORBIDDEN', reason);
}

/** A registration, a new person or a leave record for a sibling station's office is not this person's to make. */
function refuseOtherTargetOffice(name: string, args: Record<string, unknown>, ctx: MutationCtx): void {
  if (ctx.actor.system === true) return;
  const reason = outsideTargetOfficeReason(
    ctx.repos,
    targetOfficeOf(ctx.repos, name, args),
    ctx.actor.officeId,
  );
  if (reason !== null) throw new AppFailure('FORBIDDEN', reason);
}

/** A voided case (作废) takes no write but its restoration; the refusal says why it was voided. */
function refuseVoidedCase(caseId: string | null, ctx: MutationCtx): void {
  const row = caseId === null ? null : ctx.repos.cases.get(caseId);
  if (row === null || row.voided === null) return;
  throw new AppFailure(
    'CONFLICT',
    `案件已作废（${row.voided?.reason ?? ''}），不能再办理；如属误作废，请主任先恢复案件`,
  );
}

/** The cases whose own row or parties a plan wrote: their search text and 案由 index follow. */
function casesIndexedBy(repos: Repos, writes: readonly PlannedWrite[]): Set<string> {
  const ids = new Set<string>();
  for (const w of writes) {
    if (w.entity === 'case') ids.add(w.id);
    else if (w.entity === 'party') {
      const caseId =
        w.op === 'insert' ? w.row['caseId'] : repos.rowWriter.readEntityRow('party', w.id)?.caseId;
      if (typeof caseId === 'string') ids.add(caseId);
    }
  }
  return ids;
}
