import type {
  CaseHandlers,
  CorrectionKind,
  CorrectionRight,
  CorrectionRules,
} from '../../../shared/domain/case/correction-rules';
import {
  correctionRightIn,
  correctionRulesIn,
  requireCorrectionRight as requireRightIn,
} from '../../../shared/mutations/plan/correction-rights';
import type { Repos } from '../db/repositories';
import type { MutationCtx } from './types';

/** The committee's rules (setting `correction.rules`), or the defaults when none or an invalid one is stored. */
export const correctionRulesOf = (repos: Repos): CorrectionRules => correctionRulesIn(repos.rowReader);

/** Whether this staff member may make this kind of correction on this case row, roles read from the database. */
export const correctionRightOn = (
  repos: Repos,
  kind: CorrectionKind,
  staffId: string,
  row: CaseHandlers,
): CorrectionRight => correctionRightIn(repos.rowReader, kind, staffId, row);

/** Inside a correction mutation not yet split into a planner: refuses the actor the rule does not name. */
export function requireCorrectionRight(ctx: MutationCtx, kind: CorrectionKind, row: CaseHandlers): void {
  requireRightIn({ store: ctx.repos.rowReader, actor: ctx.actor }, kind, row);
}
