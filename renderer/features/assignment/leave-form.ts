import type { In, Out } from '../../../shared/contracts/ipc';
import { leaveKindLabel, type LeaveKind } from '../../../shared/assignment';
import { isValidIsoDate } from '../../../shared/validate/date';
import { daysFrom } from '../../../shared/util/day-number';

export type LeaveFormValues = {
  staffId: string;
  kind: LeaveKind | '';
  from: string;
  to: string;
  note: string;
};
export type LeaveFormErrors = Partial<Record<keyof LeaveFormValues, string>>;
export type LeaveConflict = Out<'staff:leaveConflicts'>[number];
export type LeaveView = Out<'staff:leaves'>[number];

export const blankLeave = (staffId: string, today: string): LeaveFormValues => ({
  staffId,
  kind: 'leave',
  from: today,
  to: today,
  note: '',
});

export function leaveFormErrors(v: LeaveFormValues): LeaveFormErrors {
  const e: LeaveFormErrors = {};
  if (v.staffId === '') e.staffId = '请选择人员';
  if (v.kind === '') e.kind = '请选择请假、出差或培训';
  if (!isValidIsoDate(v.from)) e.from = '请填写有效日期（YYYY-MM-DD）';
  if (!isValidIsoDate(v.to)) e.to = '请填写有效日期（YYYY-MM-DD）';
  else if (e.from === undefined && v.to < v.from) e.to = '结束日期不能早于开始日期';
  if (v.note.trim().length > 200) e.note = '不能超过 200 个字符';
  return e;
}

/** The channel input for a valid form (call only when `leaveFormErrors` is empty). */
export function leaveInput(v: LeaveFormValues): In<'staff:recordLeave'> {
  const note = v.note.trim();
  return {
    staffId: v.staffId,
    kind: v.kind === '' ? 'leave' : v.kind,
    from: v.from,
    to: v.to,
    ...(note === '' ? {} : { note }),
  };
}

/** One Chinese sentence per conflict: the case, the day, the deadline, and who would cover. */
export function conflictText(c: LeaveConflict, staffName: (id: string) => string): string {
  const who = `${staffName(c.staffId)}（${c.role === 'A' ? 'A角' : 'B角'}）`;
  const head = `${c.caseNumber ?? '未编号案件'}：${c.date}「${c.deadlineLabel}」到期，${who}与另一角同时不在岗`;
  if (c.cover !== null) return `${head}；建议由${c.cover.name}临时代办（${c.cover.reason}）`;
  return `${head}；无法安排临时代办${c.coverError === null ? '' : `（${c.coverError}）`}，请主任处理`;
}

export type LeavePhase = 'past' | 'current' | 'future';

export function leavePhase(l: Pick<LeaveView, 'from' | 'to'>, today: string): LeavePhase {
  if (l.to < today) return 'past';
  return l.from <= today ? 'current' : 'future';
}

export const LEAVE_PHASE_LABELS: Readonly<Record<LeavePhase, string>> = {
  past: '已结束',
  current: '进行中',
  future: '未开始',
};

/** Natural days, both ends inclusive. */
export function leaveDays(from: string, to: string): number {
  return isValidIsoDate(from) && isValidIsoDate(to) ? daysFrom(from, to) + 1 : 0;
}

/** Current and coming absences first (by start), then past ones (latest first). */
export function sortLeaves(leaves: readonly LeaveView[], today: string): LeaveView[] {
  const open = leaves.filter((l) => l.to >= today).sort((x, y) => x.from.localeCompare(y.from));
  const past = leaves.filter((l) => l.to < today).sort((x, y) => y.from.localeCompare(x.from));
  return [...open, ...past];
}

export const leaveLabel = (kind: string): string => leaveKindLabel(kind);
