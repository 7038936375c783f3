import type { DeadlineView } from '../../shared/contracts/procedure.schema';

/**
 * How urgent a deadline looks: overdue red, due within two days orange, running blue, done green, paused grey,
 * cancelled grey and struck through, a lapsed party option (expired) grey; a duty missed and later made moot
 * stays red in the case's history (missed) — it is not listed in 期限待办, where nothing can be done about it.
 */
export type DeadlineTone =
  'overdue' | 'missed' | 'soon' | 'pending' | 'met' | 'paused' | 'cancelled' | 'expired';

/** Days left at or below which a running deadline is flagged as due soon. */
export const SOON_DAYS = 2;

export function deadlineTone(d: Pick<DeadlineView, 'status' | 'daysLeft'>): DeadlineTone {
  switch (d.status) {
    case 'overdue':
      return 'overdue';
    case 'missed':
      return 'missed';
    case 'met':
    case 'met_late':
      return 'met';
    case 'paused':
      return 'paused';
    case 'cancelled':
      return 'cancelled';
    case 'expired':
      return 'expired';
    default:
      if (d.daysLeft !== null && d.daysLeft < 0) return 'overdue';
      if (d.daysLeft !== null && d.daysLeft <= SOON_DAYS) return 'soon';
      return 'pending';
  }
}

/** antd colour names (Tag and Timeline accept them). */
export const TONE_COLOR: Readonly<Record<DeadlineTone, string>> = {
  overdue: 'red',
  missed: 'red',
  soon: 'orange',
  pending: 'blue',
  met: 'green',
  paused: 'gray',
  cancelled: 'gray',
  expired: 'gray',
};

const STATUS_LABEL: Readonly<Record<string, string>> = {
  pending: '进行中',
  met: '已完成',
  met_late: '逾期完成',
  overdue: '已超期',
  missed: '超期（已无需办理）',
  cancelled: '已取消',
  paused: '暂停计算',
  expired: '已届满（未行使）',
};

export const deadlineStatusLabel = (status: string): string => STATUS_LABEL[status] ?? status;

/** Working-day rules count days left in working days; every other rule in natural days. */
const dayUnit = (unit: string | undefined): string => (unit === 'workday' ? '个工作日' : '日');

/** "剩余 3 日" / "剩余 2 个工作日" / "今日到期" / "已超期 2 日"; for finished deadlines when they were done. */
export function daysLeftText(
  d: Pick<DeadlineView, 'status' | 'daysLeft' | 'dueDate' | 'completedOn' | 'gap'> & { unit?: string },
): string {
  if (d.status === 'met' || d.status === 'met_late')
    return d.completedOn === null ? '已完成' : `已于 ${d.completedOn} 完成`;
  if (d.status === 'cancelled' || d.status === 'expired') return '';
  const u = dayUnit(d.unit);
  if (d.status === 'missed') {
    const late = d.daysLeft !== null && d.daysLeft < 0 ? `已超期 ${-d.daysLeft} ${u}，` : '已超期，';
    return d.completedOn === null ? late.slice(0, -1) : `${late}${d.completedOn} 起无需办理`;
  }
  if (d.dueDate === null) return d.gap === null ? '' : '日历缺失，无法计算';
  if (d.daysLeft === null) return '';
  if (d.status === 'paused') return `暂停计算（剩余 ${Math.max(0, d.daysLeft)} ${u}）`;
  if (d.daysLeft === 0) return '今日到期';
  return d.daysLeft > 0 ? `剩余 ${d.daysLeft} ${u}` : `已超期 ${-d.daysLeft} ${u}`;
}

/** The first calendar-gap message among the deadlines, if any (they all point to the same fix). */
export function firstGap(deadlines: readonly Pick<DeadlineView, 'gap'>[]): string | null {
  for (const d of deadlines) if (d.gap !== null && d.gap !== '') return d.gap;
  return null;
}

const RESPONSIBLE_LABEL: Readonly<Record<string, string>> = {
  committee: '本委',
  applicant: '申请人',
  respondent: '被申请人',
  parties: '当事人',
};

/** Who must act by the due date. */
export const responsibleLabel = (code: string): string => RESPONSIBLE_LABEL[code] ?? code;
