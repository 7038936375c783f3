import { planCorrectCase, type CorrectCaseResult } from '../../../shared/mutations/planners/case-correct';
import type { PlannedMutator } from './types';

/**
 * 更正案件信息 (shared/mutations/planners/case-correct.ts): the desktop gives every new party, claim and event
 * its id, so the outbox args replay identically.
 */
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
  }),
  planner: planCorrectCase,
};
