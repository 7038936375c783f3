import type { Claim } from '../../../shared/domain/case/claim.schema';
import type { Party } from '../../../shared/domain/case/party.schema';
import { buildSearchText } from '../../../shared/search/search-text';
import { claimRecord, partyRecord } from '../../../shared/domain/case/party-record';
import { AppFailure } from '../../../shared/result';
import type { CaseRecord } from '../db/repositories/case.repo';
import type { AuditImage, MutationCtx, MutatorImpl } from './types';
import { refuseFutureDate } from './not-future';
import type { RegisterCaseArgs } from '../../../shared/domain/case/case.schema';
import type { CaseStatus } from '../../../shared/domain/case/case-status';
import { appendEvent } from './append-event';

export type RegisterCaseResult = { id: string; provisionalNo: string };

/**
 * 收件登记: the case, its parties and claims, and the first procedural event, in one write.
 * A new case starts as `received`; acceptance (T0) is a later, separate step (reference §1.3 A2–A3).
 */
export const registerCase: MutatorImpl<'case.register', RegisterCaseResult> = {
  prepare: prepareCaseIds,
  apply: (args, ctx) =>
    insertCaseAggregate(args, ctx, {
      status: 'received',
      officialNo: null,
      acceptedDate: null,
      closedDate: null,
      eventType: 'case.received',
    }),
};

/** Ids and the provisional number are fixed before the write, so the outbox args replay identically. */
export function prepareCaseIds<A extends RegisterCaseArgs>(args: A, ctx: MutationCtx): A {
  const seq = ctx.repos.meta.nextCounter('provisional_case_no');
  return {
    ...args,
    id: args.id ?? ctx.newId(),
    provisionalNo: `PROV-${ctx.clientShortId}-${String(seq).padStart(6, '0')}`,
    receivedEventId: args.receivedEventId ?? ctx.newId(),
    parties: args.parties.map((p) => ({ ...p, id: p.id ?? ctx.newId() })),
    claims: args.claims.map((c) => ({ ...c, id: c.id ?? ctx.newId() })),
  };
}

type CaseState = {
  status: CaseStatus;
  outcome?: string | undefined;
  officialNo: string | null;
  acceptedDate: string | null;
  closedDate: string | null;
  eventType: 'case.received' | 'case.imported';
  receivedPayload?: Record<string, unknown>;
};

/** Writes the case, its parties, claims, first event and search text; shared by registration and import. */
export function insertCaseAggregate(
  args: RegisterCaseArgs,
  ctx: MutationCtx,
  state: CaseState,
): { result: RegisterCaseResult; audit: AuditImage } {
  const { repos } = ctx;
  const id = args.id as string;
  // Registration, import and transfer alike: a case cannot have been received on a day still to come.
  refuseFutureDate(ctx, args.receivedDate, { path: 'receivedDate', label: '收件日期' });
  const office = repos.offices.get(args.officeId);
  if (!office)
    throw new AppFailure('VALIDATION', '办案机构不存在', {
      issues: [{ path: 'officeId', label: '办案机构', message: '办案机构：不存在' }],
    });

  const record: CaseRecord = {
    id,
    officeId: args.officeId,
    kind: args.kind,
    provisionalNo: args.provisionalNo as string,
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
    createdAt: ctx.nowIso,
    createdBy: ctx.actor.id,
    updatedAt: ctx.nowIso,
  };
  repos.cases.insert(record);

  const partyIds = args.parties.map((p) => p.id as string);
  const parties: Party[] = args.parties.map((p, i) => partyRecord(p, partyIds[i] as string, id, partyIds, i));
  // Principals first, so an agent's foreign key to the party it represents always resolves.
  for (const p of [...parties].sort((a, b) => Number(a.kind === 'agent') - Number(b.kind === 'agent'))) {
    repos.parties.insert(p, args.officeId, ctx.nowIso);
  }

  const claims: Claim[] = args.claims.map((c, i) => claimRecord(c, c.id as string, id, i));
  for (const c of claims) {
    repos.claims.insert(c, args.officeId, ctx.nowIso);
  }

  const eventId = args.receivedEventId as string;
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
            provisionalNo: record.provisionalNo,
            status: state.status,
            acceptedDate: state.acceptedDate,
            closedDate: state.closedDate,
            outcome: state.outcome ?? null,
          }
        : { kind: args.kind, provisionalNo: record.provisionalNo, ...state.receivedPayload },
  });

  if (args.limitation !== undefined)
    repos.cases.setLimitation(id, JSON.stringify(args.limitation), ctx.nowIso);
  ctx.caseChanged(id);
  repos.cases.setSearchText(id, caseSearchText(record.provisionalNo, record.officialNo, parties));

  return {
    result: { id, provisionalNo: record.provisionalNo },
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

/** What the case list's search finds a case by: its numbers, and each party's name and identifiers. */
export const caseSearchText = (
  provisionalNo: string,
  officialNo: string | null,
  parties: readonly Pick<Party, 'name' | 'idNumber' | 'creditCode'>[],
): string =>
  buildSearchText([provisionalNo, officialNo, ...parties.flatMap((p) => [p.name, p.idNumber, p.creditCode])]);
