import {
  CorrectionRules,
  DEFAULT_CORRECTION_RULES,
  correctionRight,
  type CaseHandlers,
  type CorrectionKind,
  type CorrectionRight,
} from '../../domain/case/correction-rules';
import type { StaffRole } from '../../domain/reference-data';
import { AppFailure } from '../../result';
import type { Actor } from './planner';
import type { RowReader } from './store-port';

/** The setting that holds the committee's rule of who may correct what. */
export const CORRECTION_RULES_KEY = 'correction.rules';

/** The committee's rules (setting `correction.rules`), or the defaults when none or an invalid one is stored. */
export function correctionRulesIn(read: Pick<RowReader, 'get'>): CorrectionRules {
  const r = CorrectionRules.safeParse(read.get('setting', CORRECTION_RULES_KEY)?.value);
  return r.success ? r.data : DEFAULT_CORRECTION_RULES;
}

/**
 * Whether this staff member may make this kind of correction on this case row, with the roles their own staff
 * row gives them now (a revoked role or a deactivated account counts at once).
 */
export function correctionRightIn(
  read: Pick<RowReader, 'get'>,
  kind: CorrectionKind,
  staffId: string,
  row: CaseHandlers,
): CorrectionRight {
  const staff = read.get('staff', staffId);
  if (!staff?.active) return { allowed: false, reason: '账号不存在或已停用' };
  return correctionRight(
    kind,
    { id: staffId, roles: staff.roles as readonly StaffRole[] },
    { handlerId: row.handlerId, bHandlerId: row.bHandlerId, createdBy: row.createdBy },
    correctionRulesIn(read),
  );
}

/** Inside a correction planner: refuses the actor the rule does not name. */
export function requireCorrectionRight(
  ctx: { store: Pick<RowReader, 'get'>; actor: Pick<Actor, 'id'> },
  kind: CorrectionKind,
  row: CaseHandlers,
): void {
  const right = correctionRightIn(ctx.store, kind, ctx.actor.id, row);
  if (!right.allowed) throw new AppFailure('FORBIDDEN', right.reason);
}
