import { z } from 'zod';
import type { StaffRole } from '../reference-data';

/**
 * Who may correct what (issue 10: "who may correct what is a rule"). The committee's setting
 * `correction.rules` maps each kind of correction to the people who may make it; the mutation checks it against
 * the case's own A角/B角 and the actor's roles as stored, so a changed assignment or a revoked role counts at once.
 */
export const CORRECTION_KINDS = [
  { code: 'correctFacts', label: '更正案件信息' },
  { code: 'voidCase', label: '作废案件' },
  { code: 'restoreCase', label: '恢复已作废的案件' },
  { code: 'voidEvent', label: '作废办案记录' },
] as const;
export type CorrectionKind = (typeof CORRECTION_KINDS)[number]['code'];

export const CORRECTORS = [
  { code: 'a', label: '本案A角（承办人）' },
  { code: 'b', label: '本案B角（协办人）' },
  { code: 'registrar', label: '尚未指定A角时的登记人' },
  { code: 'director', label: '主任' },
  { code: 'admin', label: '系统管理员' },
] as const;
export type Corrector = (typeof CORRECTORS)[number]['code'];

const Who = z
  .array(z.enum(CORRECTORS.map((c) => c.code) as [Corrector, ...Corrector[]], { message: '人员类别无效' }))
  .min(1, { message: '至少指定一类人员' });

export const CorrectionRules = z.object({
  correctFacts: Who,
  voidCase: Who,
  restoreCase: Who,
  voidEvent: Who,
});
export type CorrectionRules = z.infer<typeof CorrectionRules>;

/** A角 and the director correct; only the director brings back a case voided by mistake. */
export const DEFAULT_CORRECTION_RULES: CorrectionRules = {
  correctFacts: ['a', 'director'],
  voidCase: ['a', 'director'],
  restoreCase: ['director'],
  voidEvent: ['a', 'director'],
};

export type CorrectionRight = { allowed: true } | { allowed: false; reason: string };

export type CaseHandlers = { handlerId: string | null; bHandlerId: string | null; createdBy: string };

const isOne = (who: Corrector, actor: { id: string; roles: readonly StaffRole[] }, c: CaseHandlers) => {
  switch (who) {
    case 'a':
      return c.handlerId === actor.id;
    case 'b':
      return c.bHandlerId === actor.id;
    case 'registrar':
      return c.handlerId === null && c.createdBy === actor.id;
    case 'director':
      return actor.roles.includes('director');
    case 'admin':
      return actor.roles.includes('admin');
  }
};

/** Whether `actor` may make this kind of correction on this case; the refusal names who may. */
export function correctionRight(
  kind: CorrectionKind,
  actor: { id: string; roles: readonly StaffRole[] },
  c: CaseHandlers,
  rules: CorrectionRules,
): CorrectionRight {
  const who = rules[kind];
  if (who.some((w) => isOne(w, actor, c))) return { allowed: true };
  const label = CORRECTION_KINDS.find((k) => k.code === kind)?.label ?? kind;
  const names = who.map((w) => CORRECTORS.find((x) => x.code === w)?.label ?? w);
  return { allowed: false, reason: `只有${names.join('或')}可以${label}` };
}
