import type { RegisterCaseArgs } from '../../domain/case/case.schema';
import { actionById, applyEvent, checkAction } from '../../procedure/machine';
import { AppFailure } from '../../result';
import type { EntityRow } from '../../sync/entities';
import { appendEvent, loadCase, projectCase } from '../plan/case-log';
import type { MutationPlanner } from '../plan/planner';
import type { PlanStore } from '../plan/plan-store';
import { planCaseAggregate, preparedValue } from './case-register';

export type TransferResult = { arbitrationCaseId: string; provisionalNo: string };

type PartyArgs = RegisterCaseArgs['parties'][number];
type ClaimType = RegisterCaseArgs['claims'][number]['type'];

/** A case's live parties or claims in their registered order. */
const inOrder = <T extends { sortOrder: number; id: string }>(rows: T[]): T[] =>
  rows.sort((a, b) => a.sortOrder - b.sortOrder || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

export const casePartiesInOrder = (store: PlanStore, caseId: string) =>
  inOrder(store.list('party', { caseId }));
export const caseClaimsInOrder = (store: PlanStore, caseId: string) =>
  inOrder(store.list('claim', { caseId }));

/**
 * 调解不成转仲裁 in one step: the failed mediation becomes an arbitration application carrying its parties,
 * claims, reasons and facts, linked both ways to the mediation record — nobody types anything twice.
 */
export const planTransferToArbitration: MutationPlanner<'case.transferToArbitration', TransferResult> = {
  caseOf: (args) => args.mediationCaseId,
  plan(args, ctx) {
    const { store } = ctx;
    const med = loadCase(store, args.mediationCaseId);
    if (med.row.kind !== 'mediation') throw new AppFailure('CONFLICT', '只有调解案件才能转为仲裁');
    const action = actionById('med.transferred');
    if (!action) throw new Error('med.transferred is not defined');
    const newId = preparedValue(args.newCaseId, 'newCaseId');
    const check = checkAction(
      med.state,
      action,
      ctx.actor.roles,
      { arbitrationCaseId: newId },
      args.receivedDate,
    );
    if (!check.ok) throw new AppFailure('CONFLICT', check.reason);

    const parties = casePartiesInOrder(store, args.mediationCaseId);
    const claims = caseClaimsInOrder(store, args.mediationCaseId);
    const partyIds = args.partyIds ?? [];
    const claimIds = args.claimIds ?? [];
    if (partyIds.length !== parties.length || claimIds.length !== claims.length)
      throw new AppFailure('CONFLICT', '调解案件的当事人或请求已变化，请重试');
    const indexOf = new Map(parties.map((p, i) => [p.id, i]));
    const row = med.row;
    const register: RegisterCaseArgs = {
      id: newId,
      provisionalNo: args.provisionalNo,
      receivedEventId: args.receivedEventId,
      kind: 'arbitration',
      // Arbitration is the committee's: a station's failed mediation becomes a case of the committee it works
      // under (with a server, the station keeps reading it through a grant and sees its official 案号).
      officeId: store.get('office', row.officeId)?.parentId ?? row.officeId,
      receivedDate: args.receivedDate,
      reasons: row.reasons as RegisterCaseArgs['reasons'],
      isCollective: row.isCollective,
      ...(typeof row.workerCount === 'number' ? { workerCount: row.workerCount } : {}),
      isMigrantWage: row.isMigrantWage,
      ...(typeof row.summary === 'string' ? { summary: row.summary } : {}),
      parties: parties.map((p, i) => partyArgs(p, partyIds[i] as string, indexOf)),
      claims: claims.map((c, i) => ({
        id: claimIds[i] as string,
        type: c.type as ClaimType,
        ...(c.description !== null ? { description: c.description } : {}),
        ...(c.amountFen !== null ? { amountFen: c.amountFen } : {}),
      })),
    };
    const created = planCaseAggregate(register, ctx, {
      status: 'received',
      officialNo: null,
      acceptedDate: null,
      closedDate: null,
      eventType: 'case.received',
      receivedPayload: { fromMediationCaseId: args.mediationCaseId },
      linkedCaseId: args.mediationCaseId,
    });
    store.update('case', args.mediationCaseId, { linkedCaseId: newId, updatedAt: ctx.nowIso });

    const payload = { arbitrationCaseId: newId };
    appendEvent(ctx, {
      id: preparedValue(args.transferEventId, 'transferEventId'),
      caseId: args.mediationCaseId,
      officeId: row.officeId,
      type: action.id,
      occurredOn: args.receivedDate,
      payload,
    });
    projectCase(
      ctx,
      args.mediationCaseId,
      applyEvent(med.state, { type: action.id, occurredOn: args.receivedDate, payload }),
    );
    return {
      result: { arbitrationCaseId: newId, provisionalNo: created.result.provisionalNo },
      audit: {
        ...created.audit,
        before: { mediationCaseId: args.mediationCaseId },
        after: { ...(created.audit.after as object), fromMediationCaseId: args.mediationCaseId },
      },
    };
  },
};

/** A stored party of the mediation as the registration input of the arbitration case (its principal by index). */
function partyArgs(p: EntityRow<'party'>, id: string, indexOf: ReadonlyMap<string, number>): PartyArgs {
  const opt = <T>(v: T | null) => (v === null ? undefined : v);
  if (p.kind === 'agent')
    return {
      id,
      kind: 'agent',
      role: 'agent',
      name: p.name,
      representsIndex: indexOf.get(p.representsPartyId ?? '') ?? 0,
      agentType: (p.agentType ?? 'other') as 'lawyer' | 'relative' | 'union' | 'other',
      authority: (p.authority ?? 'general') as 'general' | 'special',
      idNumber: opt(p.idNumber),
      phone: opt(p.phone),
    };
  const role = (p.role === 'agent' ? 'third_party' : p.role) as 'applicant' | 'respondent' | 'third_party';
  if (p.kind === 'employer')
    return {
      id,
      kind: 'employer',
      role,
      name: p.name,
      creditCode: opt(p.creditCode),
      address: opt(p.address),
      legalRep: opt(p.legalRep),
      legalRepTitle: opt(p.legalRepTitle),
      phone: opt(p.phone),
    };
  return {
    id,
    kind: 'worker',
    role,
    name: p.name,
    idNumber: opt(p.idNumber),
    sex: opt(p.sex) as 'male' | 'female' | undefined,
    birthDate: opt(p.birthDate),
    ethnicity: opt(p.ethnicity),
    address: opt(p.address),
    phone: opt(p.phone),
  };
}
