import { daysFrom } from '../util/day-number';
import type { ExplanationBasis, RuleTerms } from './explanation-basis';
import type { RuleUnit } from './rule.schema';

/**
 * The one-line derivation shown beside every deadline, so a clerk can check it by hand, e.g.
 * "受理日 2026-09-01 起算，45 个自然日，扣除中止 2026-09-10 至 2026-09-20 (11 日)，延长 10 日 → 2026-11-06；
 * 依据 《劳动争议调解仲裁法》第四十三条".
 */

const PERIOD: Record<RuleUnit, (n: number) => string> = {
  workday: (n) => `${n} 个工作日`,
  natural_day: (n) => `${n} 个自然日`,
  month: (n) => `${n} 个月`,
  year: (n) => `${n} 年`,
};

/** Built from the basis alone (explanation-basis.ts), so a stored deadline rebuilds the same text on read. */
export function explainDeadline(b: ExplanationBasis): string {
  const rule = b.terms;
  const label = b.startLabel;
  const head =
    rule.direction === 'before'
      ? `${label} ${b.startDate} 前 ${PERIOD[rule.unit](rule.count)}${beforeResult(rule, b, label)}`
      : `${label} ${b.startDate} 起算，${PERIOD[rule.unit](rule.count)}${workdayNote(b)}${deductions(b)}${afterResult(b)}`;
  const notes: string[] = [];
  if (rule.direction === 'before' && rule.beforeReading === 'strict' && b.lenient !== undefined) {
    notes.push(`法定最低要求 ${b.lenient}`);
    const done = b.completedOn;
    if (done !== undefined && b.strict !== undefined && done > b.strict && done <= b.lenient)
      notes.push(`${done} 完成，晚于建议日期，但符合法定最低要求`);
  }
  if (b.status === 'paused' && b.pausedSince !== undefined)
    notes.push(`自 ${b.pausedSince} 起暂停计算，届满日随之后移`);
  if (b.timelinessUnknown && b.gap !== undefined)
    notes.push(`已完成；是否按期须待载入 ${b.gap.year} 年节假日安排后确定`);
  const moot = mootNote(b);
  if (moot !== null) notes.push(moot);
  notes.push(`依据 ${rule.citation}`);
  return [head, ...notes].join('；');
}

/**
 * When the case ended another way: "2026-09-03 起因“准予撤回仲裁申请”无需再办理", and for a duty already past due
 * then, that it stays missed (issue 10 item 6).
 */
function mootNote({ cancellation: c, status }: ExplanationBasis): string | null {
  if (c === undefined) return null;
  const why = `${c.date} 起因“${c.action}”`;
  if (status === 'missed') return `到期未办理，${why}无需再办理，仍计为超期`;
  if (status === 'expired') return `期满未行使，${why}不再适用`;
  return `${why}无需再办理`;
}

/** "，扣除中止 2026-09-10 至 2026-09-20 (11 日)，延长 10 日" — excluded periods, then any extension. */
function deductions(due: ExplanationBasis): string {
  const unit = due.terms.unit === 'workday' ? '个工作日' : '日';
  const parts = due.parts.map(
    (p) => `，扣除${p.label} ${p.from} ${p.open ? '至今' : `至 ${p.to}`} (${p.days} ${unit})`,
  );
  return parts.join('') + (due.extensionDays > 0 ? `，延长 ${due.extensionDays} 日` : '');
}

/**
 * Why a rule with `rollForward: false` keeps an off last day (issue 10 item 6): the committee's own periods
 * (the 45-day 审限 above all, product decision 2; reference §2.2 leaves it unsettled) are read conservatively;
 * any other rule says that the committee's rule set chose so.
 */
function whyNotRolled(rule: RuleTerms): string {
  return rule.responsible === 'committee'
    ? '本委自身的办案期限按保守口径不顺延，可在期限规则中修改'
    : '本委期限规则规定不顺延';
}

/** " → 2026-10-05，末日 2026-10-05 为休息日，顺延至 2026-10-08" (民诉法 art 85¶3). */
function afterResult(due: ExplanationBasis): string {
  if (due.raw === null) return ` → 无法计算（${due.gap?.message ?? '工作日历数据缺失'}）`;
  if (due.due === null)
    return ` → ${due.raw}，无法判断末日是否为休息日、是否顺延（${due.gap?.message ?? '工作日历数据缺失'}）`;
  if (due.rolled) return ` → ${due.raw}，末日 ${due.raw} 为休息日，顺延至 ${due.due}`;
  if (due.offNotRolled)
    return ` → ${due.raw}，末日 ${due.raw} 为休息日，本期限不顺延（${whyNotRolled(due.terms)}）`;
  return ` → ${due.raw}`;
}

/**
 * A working-day period that passed over days off says why no roll-forward applies: the days off were never
 * counted, so its last day is a working day (reference §2.1–2.2). Not said when nothing was skipped, nor when an
 * extension in natural days moves the last day again (the roll-forward wording then follows).
 */
function workdayNote(due: ExplanationBasis): string {
  if (due.terms.unit !== 'workday' || due.raw === null || due.extensionDays > 0) return '';
  const excluded = due.parts.reduce((n, p) => n + p.days, 0);
  const offDays = daysFrom(due.startDate, due.raw) - due.terms.count - excluded;
  return offDays > 0 ? '（其间休息日不计入，末日必为工作日，无需顺延）' : '';
}

/**
 * " → 2026-09-29（与开庭日之间相隔 5 个完整工作日）" for the strict reading (reference §2.4). A last day that is off
 * is not moved: later would leave too short a notice, so the act falls on the working day before it (or is done
 * that day by a means that works on a day off, such as electronic service).
 */
function beforeResult(rule: RuleTerms, due: ExplanationBasis, label: string): string {
  if (due.due === null) return ` → 无法计算（${due.gap?.message ?? '工作日历数据缺失'}）`;
  const off = due.offNotRolled
    ? `，${due.due} 为休息日，本期限不顺延（顺延后距${label}将不足 ${PERIOD[rule.unit](rule.count)}），应在此前的工作日办理`
    : '';
  if (rule.beforeReading === 'lenient') return ` → ${due.due}（法定最低要求）${off}`;
  return ` → ${due.due}（与${label}之间相隔 ${PERIOD[rule.unit](rule.count).replace('个', '个完整')}）${off}`;
}
