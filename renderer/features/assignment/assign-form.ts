import type { StaffSummary } from '../../../shared/domain/staff/staff.schema';
import type { AssignKind } from './assignment-display';

export type AssignFormValues = { a: string; b: string; reason: string };
export type AssignFormErrors = Partial<Record<keyof AssignFormValues, string>>;
export type StaffOption = { value: string; label: string };

/** Client-side checks before main's full rule check (roles, leave, recusal come back as VALIDATION). */
export function assignFormErrors(v: AssignFormValues, kind: AssignKind): AssignFormErrors {
  const e: AssignFormErrors = {};
  if (v.a === '') e.a = '请选择A角（承办人）';
  if (v.b === '') e.b = '请选择B角（协办人）';
  else if (v.a === v.b) e.b = 'A角与B角不能是同一人';
  const reason = v.reason.trim();
  if (kind !== 'proposal' && reason === '')
    e.reason = kind === 'reassign' ? '请填写改派理由' : '请填写调整理由';
  else if (reason.length > 500) e.reason = '不能超过 500 个字符';
  return e;
}

const ROLE_HINT: Readonly<Record<string, string>> = {
  arbitrator: '仲裁员',
  mediator: '调解员',
  clerk: '书记员',
};

/** Active handling staff (仲裁员, 调解员, 书记员) as select options; A may only be an 仲裁员 or 调解员. */
export function staffOptions(staff: readonly StaffSummary[], slot: 'A' | 'B'): StaffOption[] {
  const roles = slot === 'A' ? ['arbitrator', 'mediator'] : ['arbitrator', 'mediator', 'clerk'];
  return staff
    .filter((s) => s.active && s.roles.some((r) => roles.includes(r)))
    .map((s) => ({
      value: s.id,
      label: `${s.name}（${s.roles.flatMap((r) => (ROLE_HINT[r] === undefined ? [] : [ROLE_HINT[r]])).join('、')}）`,
    }));
}
