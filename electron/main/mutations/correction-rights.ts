import {
  CorrectionRules,
  DEFAULT_CORRECTION_RULES,
  correctionRight,
  type CorrectionKind,
  type CorrectionRight,
} from '../../../shared/domain/case/correction-rules';
import { AppFailure } from '../../../shared/result';
import type { Repos } from '../db/repositories';
import type { MutationCtx } from './types';
import type { CaseRow } from '../db/repositories/case.repo';

/** The committee's rules (setting `correction.rules`), or the defaults when none or an invalid one is stored. */
export function correctionRulesOf(repos: Repos): CorrectionRules {
  const r = CorrectionRules.safeParse(repos.settings.get('correction.rules'));
  return r.success ? r.data : DEFAULT_CORRECTION_RULES;
}

/** Whether this staff member may make this kind of correction on this case row, roles read from the database. */
export function correctionRightOn(
  repos: Repos,
  kind: CorrectionKind,
  staffId: string,
  row: Pick<CaseRow, 'handlerId' | 'bHandlerId' | 'createdBy'>,
): CorrectionRight {
  const staff = repos.staff.get(staffId);
  if (!staff?.active) return { allowed: false, reason: '账号不存在或已停用' };
  return correctionRight(
    kind,
    { id: staffId, roles: staff.roles },
    {
      handlerId: row.handlerId,
      bHandlerId: row.bHandlerId,
      createdBy: row.createdBy,
    },
    correctionRulesOf(repos),
  );
}

/** Inside a correction mutation: refuses the actor the rule does not name. */
export function requireCorrectionRight(
  ctx: MutationCtx,
  kind: CorrectionKind,
  row: Pick<CaseRow, 'handlerId' | 'bHandlerId' | 'createdBy'>,
): void {
  const right = correctionRightOn(ctx.repos, kind, ctx.actor.id, row);
  if (!right.allowed) throw new AppFailure('FORBIDDEN', right.reason);
}
