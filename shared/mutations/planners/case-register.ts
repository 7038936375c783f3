import type { RegisterCaseArgs } from '../../domain/case/case.schema';
import type { CaseStatus } from '../../domain/case/case-status';
import { claimRecord, partyRecord } from '../../domain/case/party-record';
import { AppFailure } from '../../result';
import { appendEvent, loadCase, projectCase } from '../plan/case-log';
import type { AuditImage, MutationPlanner, PlanCtx } from '../plan/planner';
import { refuseFutureDate } from '../plan/not-future';

export type RegisterCaseResult = { id: string; provisionalNo: string };

/**
 * An id or number the desktop's `prepare` fills in (so the outbox args replay identically): a planner never
 * makes one up, and a push whose args lack it is refused.
 */
export function preparedValue(v: string | undefined, field: string): string {
  if (v === undefined) throw new AppFailure('VALIDATION', `操作参数不完整（缺少 ${field}）`);
  return v;
}

/**
 * 收件登记: the case, its parties and claims, and the first procedural event, in one write.
 * A new case starts as `received`; acceptance (T0) is a later, separate step (reference §1.3 A2–A3).
 */
export const planRegisterCase: MutationPlanner<'case.register', RegisterCaseResult> = {
  plan: (args, ctx) =>
    planCaseAggregate(args, ctx, {
      status: 'received',
      officialNo: null,
      acceptedDate: null,
      closedDate: null,
      eventType: 'case.received',
    }),
};

/** 导入历史案件: a case from a previous system arrives with its status, dates and official number. */
export const planImportCase: MutationPlanner<'case.importHistorical', RegisterCaseResult> = {
  plan(args, ctx) {
    // A future 收件日期 is refused by planCaseAggregate, as at every registration.
    const r = planCaseAggregate(args, ctx, {
      status: args.status,
      officialNo: args.officialNo ?? null,
      acceptedDate: args.acceptedDate ?? null,
      closedDate: args.closedDate ?? null,
      outcome: args.outcome,
      eventType: 'case.imported',
    });
    // The outcome and other procedure columns come from folding the import event, like any other case.
    projectCase(ctx, r.result.id, loadCase(ctx.store, r.result.id).state);
    return r;
  },
};

export type CaseState = {
  status: CaseStatus;
  outcome?: string | undefined;
  officialNo: string | null;
  acceptedDate: string | null;
  closedDate: string | null;
  eventType: 'case.received' | 'case.imported';
  receivedPayload?: Record<string, unknown>;
  /** The other case of a 调解不成转仲裁 (the failed mediation an arbitration case comes from). */
  linkedCaseId?: string;
};

/** Writes the case, its parties, claims and first event; shared by registration, import and transfer. */
export function planCaseAggregate(
  args: RegisterCaseArgs,
  ctx: PlanCtx,
  state: CaseState,
): { result: RegisterCaseResult; audit: AuditImage } {
  const { store, nowIso } = ctx;
  const id = preparedValue(args.id, 'id');
  const provisionalNo = preparedValue(args.provisionalNo, 'provisionalNo');
  const eventId = preparedValue(args.receivedEventId, 'receivedEventId');
  // Registration, import and transfer alike: a case cannot have been received on a day still to come.
  refuseFutureDate(ctx, args.receivedDate, { path: 'receivedDate', label: '收件日期' });
  if (!store.get('office', args.officeId))
    throw new AppFailure('VALIDATION', '办案机构不存在', {
      issues: [{ path: 'officeId', label: '办案机构', message: '办案机构：不存在' }],
    });

  // The audit image keeps the registration's own facts; the row adds the columns later steps fill in.
  const record = {
    id,
    officeId: args.officeId,
    kind: args.kind,
    provisionalNo,
    officialNo: state.officialNo,
    status: state.status,
    receivedDate: args.receivedDate,
    acceptedDate: state.acceptedDate,
    closedDate: state.closedDate,
    reasons: [...new Set(args.reasons)],
    isCollective: args.isCollective,
    workerCount: args.workerCount ?? null,
    isMigrantWage: args.isMigrantWage,
    summary: args.summary ?? null,
    createdAt: nowIso,
    createdBy: ctx.actor.id,
    updatedAt: nowIso,
  };
  store.insert('case', {
    ...record,
    archivedDate: null,
    outcome: null,
    isSimple: false,
    linkedCaseId: state.linkedCaseId ?? null,
    handlerId: null,
    bHandlerId: null,
    clerkId: null,
    limitation: args.limitation === undefined ? null : JSON.stringify(args.limitation),
    voidedAt: null,
    voidedBy: null,
    voidReason: null,
  });

  const partyIds = args.parties.map((p, i) => preparedValue(p.id, `parties.${i}.id`));
  const parties = args.parties.map((p, i) => partyRecord(p, partyIds[i] as string, id, partyIds, i));
  // Principals first, so an agent's foreign key to the party it represents always resolves.
  for (const p of [...parties].sort((a, b) => Number(a.kind === 'agent') - Number(b.kind === 'agent')))
    store.insert('party', { ...p, officeId: args.officeId, createdAt: nowIso });

  const claims = args.claims.map((c, i) => claimRecord(c, preparedValue(c.id, `claims.${i}.id`), id, i));
  for (const c of claims) store.insert('claim', { ...c, officeId: args.officeId, createdAt: nowIso });

  appendEvent(ctx, {
    id: eventId,
    caseId: id,
    officeId: args.officeId,
    type: state.eventType,
    occurredOn: args.receivedDate,
    payload:
      state.eventType === 'case.imported'
        ? {
            kind: args.kind,
            provisionalNo,
            status: state.status,
            acceptedDate: state.acceptedDate,
            closedDate: state.closedDate,
            outcome: state.outcome ?? null,
          }
        : { kind: args.kind, provisionalNo, ...state.receivedPayload },
  });

  return {
    result: { id, provisionalNo },
    audit: {
      entity: 'case',
      entityId: id,
      caseId: id,
      officeId: args.officeId,
      before: null,
      after: { case: record, parties, claims },
    },
  };
}
