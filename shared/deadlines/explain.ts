import { actionById } from '../procedure/machine';
import { daysFrom } from '../util/day-number';
import type { DeadlineStatus } from './deadline';
import type { DueResult } from './due-date';
import type { RuleTimeline } from './rule-timeline';
import type { DeadlineRule, EventRef, RuleUnit } from './rule.schema';

/**
 * The one-line derivation shown beside every deadline, so a clerk can check it by hand, e.g.
 * "受理日 2026-09-01 起算，45 个自然日，扣除中止 2026-09-10 至 2026-09-20 (11 日)，延长 10 日 → 2026-11-06；
 * 依据 《劳动争议调解仲裁法》第四十三条".
 */

/** How the explanation names the start date, per event type; a rule's `label` on the event overrides it. */
export const START_LABELS: Readonly<Record<string, string>> = {
  'case.received': '收件日',
  'arb.accept': '受理日',
  'med.accept': '受理日',
  'service.record': '送达日',
  'arb.correctionCompleted': '补正完成日',
  'arb.counterclaimFiled': '收到反申请之日',
  'arb.counterclaimDecided': '反申请合并受理日',
  'arb.claimsAmended': '变更请求受理日',
  'arb.partyAdded': '追加当事人决定日',
  'arb.composeTribunal': '组庭日',
  'arb.defenceFiled': '收到答辩书之日',
  'arb.hearingScheduled': '开庭日',
  'arb.hearingPostponed': '改定的开庭日',
  'arb.awarded': '裁决日',
  'med.agreement': '调解协议生效日',
};

export const startLabel = (ref: EventRef, type: string): string =>
  ref.label ?? START_LABELS[type] ?? '起算日';

const PERIOD: Record<RuleUnit, (n: number) => string> = {
  workday: (n) => `${n} 个工作日`,
  natural_day: (n) => `${n} 个自然日`,
  month: (n) => `${n} 个月`,
  year: (n) => `${n} 年`,
};

type ExplainInput = {
  rule: DeadlineRule;
  timeline: RuleTimeline;
  due: DueResult;
  status: DeadlineStatus;
  timelinessUnknown: boolean;
  pausedSince: string | undefined;
};

export function explainDeadline({
  rule,
  timeline,
  due,
  status,
  timelinessUnknown,
  pausedSince,
}: ExplainInput): string {
  const label = startLabel(timeline.start.ref, timeline.start.type);
  const head =
    rule.direction === 'before'
      ? `${label} ${timeline.start.date} 前 ${PERIOD[rule.unit](rule.count)}${beforeResult(rule, due, label)}`
      : `${label} ${timeline.start.date} 起算，${PERIOD[rule.unit](rule.count)}${workdayNote(rule, timeline, due)}${deductions(rule, due)}${afterResult(rule, due)}`;
  const notes: string[] = [];
  if (rule.direction === 'before' && rule.beforeReading === 'strict' && due.lenient !== undefined) {
    notes.push(`法定最低要求 ${due.lenient}`);
    const done = timeline.completion?.date;
    if (done !== undefined && due.strict !== undefined && done > due.strict && done <= due.lenient)
      notes.push(`${done} 完成，晚于建议日期，但符合法定最低要求`);
  }
  if (status === 'paused' && pausedSince !== undefined)
    notes.push(`自 ${pausedSince} 起暂停计算，届满日随之后移`);
  if (timelinessUnknown && due.gap !== undefined)
    notes.push(`已完成；是否按期须待载入 ${due.gap.year} 年节假日安排后确定`);
  const moot = mootNote(timeline, status);
  if (moot !== null) notes.push(moot);
  notes.push(`依据 ${rule.citation}`);
  return [head, ...notes].join('；');
}

/**
 * When the case ended another way: "2026-09-03 起因“准予撤回仲裁申请”无需再办理", and for a duty already past due
 * then, that it stays missed (issue 10 item 6).
 */
function mootNote(timeline: RuleTimeline, status: DeadlineStatus): string | null {
  const c = timeline.cancellation;
  if (c === null) return null;
  const why = `${c.date} 起因“${actionById(c.type)?.label ?? c.type}”`;
  if (status === 'missed') return `到期未办理，${why}无需再办理，仍计为超期`;
  if (status === 'expired') return `期满未行使，${why}不再适用`;
  return `${why}无需再办理`;
}

/** "，扣除中止 2026-09-10 至 2026-09-20 (11 日)，延长 10 日" — excluded periods, then any extension. */
function deductions(rule: DeadlineRule, due: DueResult): string {
  const unit = rule.unit === 'workday' ? '个工作日' : '日';
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
function whyNotRolled(rule: DeadlineRule): string {
  return rule.responsible === 'committee'
    ? '本委自身的办案期限按保守口径不顺延，可在期限规则中修改'
    : '本委期限规则规定不顺延';
}

/** " → 2026-10-05，末日 2026-10-05 为休息日，顺延至 2026-10-08" (民诉法 art 85¶3). */
function afterResult(rule: DeadlineRule, due: DueResult): string {
  if (due.raw === null) return ` → 无法计算（${due.gap?.message ?? '工作日历数据缺失'}）`;
  if (due.due === null)
    return ` → ${due.raw}，无法判断末日是否为休息日、是否顺延（${due.gap?.message ?? '工作日历数据缺失'}）`;
  if (due.rolled) return ` → ${due.raw}，末日 ${due.raw} 为休息日，顺延至 ${due.due}`;
  if (due.offNotRolled)
    return ` → ${due.raw}，末日 ${due.raw} 为休息日，本期限不顺延（${whyNotRolled(rule)}）`;
  return ` → ${due.raw}`;
}

/**
 * A working-day period that passed over days off says why no roll-forward applies: the days off were never
 * counted, so its last day is a working day (reference §2.1–2.2). Not said when nothing was skipped, nor when an
 * extension in natural days moves the last day again (the roll-forward wording then follows).
 */
function workdayNote(rule: DeadlineRule, timeline: RuleTimeline, due: DueResult): string {
  if (rule.unit !== 'workday' || due.raw === null || due.extensionDays > 0) return '';
  const excluded = due.parts.reduce((n, p) => n + p.days, 0);
  const offDays = daysFrom(timeline.start.date, due.raw) - rule.count - excluded;
  return offDays > 0 ? '（其间休息日不计入，末日必为工作日，无需顺延）' : '';
}

/**
 * " → 2026-09-29（与开庭日之间相隔 5 个完整工作日）" for the strict reading (reference §2.4). A last day that is off
 * is not moved: later would leave too short a notice, so the act falls on the working day before it (or is done
 * that day by a means that works on a day off, such as electronic service).
 */
function beforeResult(rule: DeadlineRule, due: DueResult, label: string): string {
  if (due.due === null) return ` → 无法计算（${due.gap?.message ?? '工作日历数据缺失'}）`;
  const off = due.offNotRolled
    ? `，${due.due} 为休息日，本期限不顺延（顺延后距${label}将不足 ${PERIOD[rule.unit](rule.count)}），应在此前的工作日办理`
    : '';
  if (rule.beforeReading === 'lenient') return ` → ${due.due}（法定最低要求）${off}`;
  return ` → ${due.due}（与${label}之间相隔 ${PERIOD[rule.unit](rule.count).replace('个', '个完整')}）${off}`;
}
