// Entering leave for someone who is A or B of open cases: warn when the other one is also away on a working day
// a deadline of the case falls on (reference §4: A and B must not be absent at the same time), name the cases,
// and propose a temporary cover.

import { CalendarGapError } from '../calendar';
import type { Calendar } from '../calendar';
import { isOpenStatus } from './case.schema';
import type { CaseForAssignment, HandledCase } from './case.schema';
import { within } from './dates';
import { leaveOn } from './presence';
import { describeLoad, rankByLoad, whyFirst } from './ranking';
import type { CandidateLoad } from './ranking';
import { personViolations } from './rules';
import type { AssignmentSettings } from './settings.schema';
import type { Leave, Relationship, StaffMember } from './staff.schema';
import { leaveKindLabel } from './staff.schema';

export interface LeaveConflict {
  readonly caseId: string;
  readonly caseNumber?: string;
  /** The working day a deadline falls on while both are away. */
  readonly date: string;
  readonly ruleId: string;
  readonly deadlineLabel: string;
  /** The person whose new leave causes the conflict, and their slot on the case. */
  readonly staffId: string;
  readonly role: 'A' | 'B';
  /** The other slot's person, or null when the case has nobody in it. */
  readonly otherStaffId: string | null;
  readonly otherName: string | null;
  /** Chinese, naming the case, the day, the deadline and both people. */
  readonly message: string;
}

const workdayOrUnknown = (calendar: Calendar, date: string): boolean => {
  try {
    return calendar.isWorkday(date);
  } catch (e) {
    if (e instanceof CalendarGapError) return true; // unknown counts as a working day: warn rather than miss
    throw e;
  }
};

const nameOf = (staff: readonly StaffMember[], id: string) => staff.find((s) => s.id === id)?.name ?? id;

/** Conflicts `newLeave` would create, earliest first. `leaves` are the existing ones (newLeave is ignored there). */
export function leaveConflicts(
  newLeave: Leave,
  staff: readonly StaffMember[],
  leaves: readonly Leave[],
  cases: readonly CaseForAssignment[],
  calendar: Calendar,
): LeaveConflict[] {
  const existing = leaves.filter((l) => l.id !== newLeave.id);
  const me = newLeave.staffId;
  const out: LeaveConflict[] = [];
  for (const c of cases) {
    if (!isOpenStatus(c.status) || c.a === c.b) continue;
    const role = c.a === me ? 'A' : c.b === me ? 'B' : undefined;
    if (role === undefined) continue;
    const other = (role === 'A' ? c.b : c.a) ?? null;
    for (const d of c.deadlines) {
      if (!within(d.dueDate, newLeave.from, newLeave.to)) continue;
      const otherLeave = other === null ? undefined : leaveOn(other, existing, d.dueDate);
      if (other !== null && otherLeave === undefined) continue;
      if (!workdayOrUnknown(calendar, d.dueDate)) continue;
      const otherRole = role === 'A' ? 'B角' : 'A角';
      const label = c.caseNumber ?? c.id;
      const otherText =
        other === null || otherLeave === undefined
          ? `本案未指定${otherRole}`
          : `${otherRole}${nameOf(staff, other)}同日${leaveKindLabel(otherLeave.kind)}（${otherLeave.from} 至 ${otherLeave.to}）`;
      const conflict: LeaveConflict = {
        caseId: c.id,
        date: d.dueDate,
        ruleId: d.ruleId,
        deadlineLabel: d.label,
        staffId: me,
        role,
        otherStaffId: other,
        otherName: other === null ? null : nameOf(staff, other),
        message:
          `案件 ${label}：${d.dueDate}（工作日）${d.label}到期，${role}角${nameOf(staff, me)}` +
          `${leaveKindLabel(newLeave.kind)}，${otherText}；AB角不得同时缺岗，请安排临时代理人`,
      };
      out.push(c.caseNumber === undefined ? conflict : { ...conflict, caseNumber: c.caseNumber });
    }
  }
  const key = (x: LeaveConflict) => `${x.date}\u0001${x.caseId}\u0001${x.ruleId}`;
  return out.sort((x, y) => (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0));
}

export type CoverProposal =
  | {
      readonly ok: true;
      readonly staffId: string;
      readonly name: string;
      readonly reason: string;
      readonly alternatives: CandidateLoad[];
    }
  | { readonly ok: false; readonly error: string };

/**
 * A temporary cover for one conflict: someone of the case's office who could act as A on this case (role,
 * active, no recusal ground), is neither A nor B of it, is present on the conflict day, and has the least open
 * workload. `leaves` should include the new leave.
 */
export function proposeCover(
  conflict: LeaveConflict,
  staff: readonly StaffMember[],
  leaves: readonly Leave[],
  cases: readonly CaseForAssignment[],
  relationships: readonly Relationship[],
  history: readonly HandledCase[],
  settings: AssignmentSettings,
): CoverProposal {
  const c = cases.find((x) => x.id === conflict.caseId);
  if (c === undefined) return { ok: false, error: `找不到案件（${conflict.caseId}）` };
  const eligible = staff.filter(
    (p) =>
      p.officeId === c.officeId &&
      p.id !== c.a &&
      p.id !== c.b &&
      leaveOn(p.id, leaves, conflict.date) === undefined &&
      personViolations(c, p, 'A', relationships, history, settings).length === 0,
  );
  const ranked = rankByLoad(eligible, cases, settings.weights);
  const first = ranked[0];
  if (first === undefined) {
    return {
      ok: false,
      error: `案件 ${c.caseNumber ?? c.id}：${conflict.date} 本办案机构没有可临时代理的${c.kind === 'arbitration' ? '仲裁员' : '调解员或仲裁员'}，请调整请假安排或报主任指定`,
    };
  }
  const tribunal =
    c.kind === 'arbitration'
      ? '；如代理人需参加仲裁庭，属于仲裁庭组成变更，须重新发出组庭通知并复查回避（调解仲裁法第三十二、三十三条）'
      : '';
  return {
    ok: true,
    staffId: first.staffId,
    name: first.name,
    reason: `案件 ${c.caseNumber ?? c.id} ${conflict.date}（${conflict.deadlineLabel}到期）临时代理：${describeLoad(first)}，当日在岗，${whyFirst(first, ranked[1])}${tribunal}`,
    alternatives: ranked,
  };
}
