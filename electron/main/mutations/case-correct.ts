import { planCorrectCase, type CorrectCaseResult } from '../../../shared/mutations/planners/case-correct';
import type { PlannedMutator } from './types';
import type { RowReader } from '../../../shared/mutations/plan/store-port';
import type { CorrectCaseArgs } from '../../../shared/domain/case/correction-args';
import { storedFacts } from '../../../shared/mutations/planners/case-correct';
import { createPlanStore } from '../../../shared/mutations/plan/plan-store';

/**
 * 更正案件信息 (shared/mutations/planners/case-correct.ts): the desktop gives every new party, claim and event
 * its id, so the outbox args replay identically.
 */
/** The stored facts as plain JSON for the outbox args (the snapshot's readonly arrays, copied). */
const seenFacts = (read: RowReader, caseId: string): NonNullable<CorrectCaseArgs['seen']> =>
  JSON.parse(JSON.stringify(storedFacts(createPlanStore(read), caseId))) as NonNullable<
    CorrectCaseArgs['seen']
  >;

export const correctCase: PlannedMutator<'case.correct', CorrectCaseResult> = {
  prepare: (args, ctx) => ({
    ...args,
    facts: {
      ...args.facts,
      parties: args.facts.parties.map((p) => ({ ...p, id: p.id ?? ctx.newId() })),
      claims: args.facts.claims.map((c) => ({ ...c, id: c.id ?? ctx.newId() })),
    },
    correctionEventId: args.correctionEventId ?? ctx.newId(),
    receiptEventId: args.receiptEventId ?? ctx.newId(),
    // What the author corrected from: replayed on newer rows, only the fields they changed apply.
    seen: args.seen ?? seenFacts(ctx.repos.rowReader, args.caseId),
  }),
  planner: planCorrectCase,
};
