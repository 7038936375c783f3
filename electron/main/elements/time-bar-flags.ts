import type { ClaimCheckResult, ClaimFlag } from '../../../shared/elements';
import type { LimitationResultView } from '../../../shared/limitation';

const plusYear = (d: string) => `${String(Number(d.slice(0, 4)) + 1).padStart(4, '0')}${d.slice(4)}`;

/**
 * Time-bar flags for the arbitrator (issue 4 item 5): the claim type's own limitation result from the facts
 * recorded at intake, and for double wages the months that a month-by-month reading would bar (local practice
 * differs — reference §2.5 marks it [M] — so it is shown, never applied). The amount is never changed.
 */
export function timeBarFlags(
  check: ClaimCheckResult,
  limitation: readonly LimitationResultView[],
  applicationOn: string,
): ClaimFlag[] {
  const flags: ClaimFlag[] = [];
  const lim = limitation.find((l) => l.claimType === check.claimType);
  if (lim?.status === 'time_barred')
    flags.push({
      severity: 'time_barred',
      message: `按收件时登记的时效事实，该项请求已超过仲裁时效（届满日 ${lim.barDate ?? '—'}）。时效属于被申请人的抗辩事由，是否适用由仲裁庭审查认定。`,
    });
  const portions =
    (check.computed as { portions?: readonly { from: string; to: string }[] } | undefined)?.portions ?? [];
  const barred = portions.filter((p) => plusYear(p.to) < applicationOn).map((p) => p.from.slice(0, 7));
  if (check.claimType === 'double_wages' && barred.length > 0)
    flags.push({
      severity: 'time_barred',
      message: `若按逐月起算时效，以下月份的二倍工资差额距申请日已超过一年：${barred.join('、')}（各地做法不一，供参考）。`,
    });
  return flags;
}
