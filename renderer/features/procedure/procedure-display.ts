import type { CaseProcedureView } from '../../../shared/contracts/procedure.schema';
import type { StaffOption } from './action-form-types';

/** "独任：张三" / "首席：张三；仲裁员：李四、王五"; unknown staff ids show as themselves. */
export function tribunalText(
  tribunal: CaseProcedureView['tribunal'],
  staff: readonly StaffOption[],
): string | null {
  if (tribunal === null) return null;
  const name = (id: string) => staff.find((s) => s.id === id)?.name ?? id;
  if (tribunal.mode === 'sole') return `独任：${name(tribunal.presidingId)}`;
  const others = tribunal.memberIds.filter((id) => id !== tribunal.presidingId).map(name);
  return `首席：${name(tribunal.presidingId)}${others.length > 0 ? `；仲裁员：${others.join('、')}` : ''}`;
}

/** The tribunal's arbitrators, presiding first, without repeats. */
export const tribunalIds = (tribunal: CaseProcedureView['tribunal']): string[] =>
  tribunal === null ? [] : [...new Set([tribunal.presidingId, ...tribunal.memberIds])];

/** The other case of a 调解 → 仲裁 transfer, described from this case's side. */
export const linkedCaseLabel = (kind: CaseProcedureView['kind']): string =>
  kind === 'mediation' ? '已转仲裁案件' : '原调解案件';
