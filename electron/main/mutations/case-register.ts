import type { Party } from '../../../shared/domain/case/party.schema';
import type { RegisterCaseArgs } from '../../../shared/domain/case/case.schema';
import { planRegisterCase, type RegisterCaseResult } from '../../../shared/mutations/planners/case-register';
import { buildSearchText } from '../../../shared/search/search-text';
import type { MutationCtx, PlannedMutator } from './types';

export type { RegisterCaseResult } from '../../../shared/mutations/planners/case-register';

/**
 * 收件登记 (shared/mutations/planners/case-register.ts): the ids and the provisional number come from this
 * desktop; the case, its parties, claims and first event are planned from them.
 */
export const registerCase: PlannedMutator<'case.register', RegisterCaseResult> = {
  prepare: prepareCaseIds,
  planner: planRegisterCase,
};

/** Ids and the provisional number are fixed before the write, so the outbox args replay identically. */
export function prepareCaseIds<A extends RegisterCaseArgs>(args: A, ctx: MutationCtx): A {
  return {
    ...args,
    id: args.id ?? ctx.newId(),
    provisionalNo: nextProvisionalNo(ctx),
    receivedEventId: args.receivedEventId ?? ctx.newId(),
    parties: args.parties.map((p) => ({ ...p, id: p.id ?? ctx.newId() })),
    claims: args.claims.map((c) => ({ ...c, id: c.id ?? ctx.newId() })),
  };
}

/** The next provisional number of this desktop (its own counter, its client id in it: unique without a server). */
export function nextProvisionalNo(ctx: MutationCtx): string {
  const seq = ctx.repos.meta.nextCounter('provisional_case_no');
  return `PROV-${ctx.clientShortId}-${String(seq).padStart(6, '0')}`;
}

/** What the case list's search finds a case by: its numbers, and each party's name and identifiers. */
export const caseSearchText = (
  provisionalNo: string,
  officialNo: string | null,
  parties: readonly Pick<Party, 'name' | 'idNumber' | 'creditCode'>[],
): string =>
  buildSearchText([provisionalNo, officialNo, ...parties.flatMap((p) => [p.name, p.idNumber, p.creditCode])]);
