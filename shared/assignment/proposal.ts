// Proposing an A角/B角 pair for a case (reference §4): the least-loaded eligible A, then the least-loaded B that
// makes a pair passing every rule of `checkAssignment`.

import { CalendarGapError } from '../calendar';
import type { Calendar } from '../calendar';
import type { CaseForAssignment, HandledCase } from './case.schema';
import { leaveOn } from './presence';
import { describeLoad, rankByLoad, whyFirst } from './ranking';
import type { CandidateLoad } from './ranking';
import { checkAssignment, personViolations } from './rules';
import type { AssignmentWarning, Slot } from './rules';
import type { AssignmentSettings } from './settings.schema';
import type { Leave, Relationship, StaffMember } from './staff.schema';
import { leaveKindLabel } from './staff.schema';

export interface ExcludedCandidate {
  readonly staffId: string;
  readonly name: string;
  readonly reasons: string[];
}

export type Proposal =
  | {
      readonly ok: true;
      readonly a: string;
      readonly b: string;
      /** Chinese: why these two. */
      readonly reason: string;
      readonly warnings: AssignmentWarning[];
      /** Eligible candidates, best first: for A, and for B beside the proposed A. */
      readonly alternatives: { readonly asA: CandidateLoad[]; readonly asB: CandidateLoad[] };
    }
  | { readonly ok: false; readonly error: string; readonly excluded: ExcludedCandidate[] };

const isWorkdayOrUnknown = (calendar: Calendar, date: string): boolean => {
  try {
    return calendar.isWorkday(date);
  } catch (e) {
    if (e instanceof CalendarGapError) return true; // unknown counts as a working day: the stricter reading
    throw e;
  }
};

/** Reasons a person cannot take `slot` today, leave included. */
function exclusionReasons(
  c: CaseForAssignment,
  p: StaffMember,
  slot: Slot,
  leaves: readonly Leave[],
  relationships: readonly Relationship[],
  history: readonly HandledCase[],
  settings: AssignmentSettings,
  calendar: Calendar,
  today: string,
): string[] {
  const reasons = personViolations(c, p, slot, relationships, history, settings).map((v) => v.message);
  const away = leaveOn(p.id, leaves, today);
  if (away !== undefined)
    reasons.push(`${p.name}今日${leaveKindLabel(away.kind)}（${away.from} 至 ${away.to}）`);
  if (slot === 'A') {
    for (const d of c.deadlines) {
      const l = leaveOn(p.id, leaves, d.dueDate);
      if (l !== undefined && isWorkdayOrUnknown(calendar, d.dueDate)) {
        reasons.push(`${p.name}在 ${d.dueDate}（${d.label}到期）${leaveKindLabel(l.kind)}`);
      }
    }
  }
  return reasons;
}

const roleText = (kind: CaseForAssignment['kind']) => (kind === 'arbitration' ? '仲裁员' : '调解员或仲裁员');
const summary = (excluded: readonly ExcludedCandidate[]) =>
  excluded.map((e) => `${e.name}：${e.reasons.join('；')}`).join('；');

/**
 * The proposed pair for `c`. `openCases` give the workloads (the case itself is skipped); `history` holds earlier
 * cases for the optional same-parties recusal (open cases are checked too); `today` must not be a day of leave
 * for either; A must also be present on every working day one of the known deadlines falls on.
 */
export function proposeAssignment(
  c: CaseForAssignment,
  staff: readonly StaffMember[],
  leaves: readonly Leave[],
  relationships: readonly Relationship[],
  openCases: readonly CaseForAssignment[],
  history: readonly HandledCase[],
  settings: AssignmentSettings,
  calendar: Calendar,
  today: string,
): Proposal {
  const others = openCases.filter((o) => o.id !== c.id);
  const seen = new Set(history.map((h) => h.id));
  const earlier: HandledCase[] = [...history, ...others.filter((o) => !seen.has(o.id))];
  const office = staff.filter((p) => p.officeId === c.officeId);
  const weights = settings.weights;

  const sort = (slot: Slot) => {
    const eligible: StaffMember[] = [];
    const excluded: ExcludedCandidate[] = [];
    for (const p of office) {
      const reasons = exclusionReasons(c, p, slot, leaves, relationships, earlier, settings, calendar, today);
      if (reasons.length === 0) eligible.push(p);
      else excluded.push({ staffId: p.id, name: p.name, reasons });
    }
    return { ranked: rankByLoad(eligible, others, weights), excluded };
  };

  const forA = sort('A');
  if (forA.ranked.length === 0) {
    const hasRole = forA.excluded.length > 0;
    return {
      ok: false,
      excluded: forA.excluded,
      error: hasRole
        ? `无法指定A角：本案须由${roleText(c.kind)}承办，本办案机构的人员均不符合条件（${summary(forA.excluded)}）`
        : `无法指定A角：本办案机构没有人员`,
    };
  }
  const forB = sort('B');
  const pairExcluded: ExcludedCandidate[] = [];
  // Every eligible A is also an eligible B, so the best A lacks a B only when nobody else is eligible; trying the
  // next A keeps the search complete should a pair-only rule ever be added.
  for (const a of forA.ranked) {
    const valid: CandidateLoad[] = [];
    let warnings: AssignmentWarning[] | undefined;
    for (const b of forB.ranked) {
      if (b.staffId === a.staffId) continue;
      const check = checkAssignment(
        c,
        a.staffId,
        b.staffId,
        staff,
        leaves,
        relationships,
        earlier,
        settings,
        calendar,
      );
      if (check.violations.length === 0) {
        valid.push(b);
        warnings ??= check.warnings;
      } else if (a === forA.ranked[0]) {
        pairExcluded.push({
          staffId: b.staffId,
          name: b.name,
          reasons: check.violations.map((v) => v.message),
        });
      }
    }
    const b = valid[0];
    if (b === undefined || warnings === undefined) continue;
    const firstA = a === forA.ranked[0];
    const reason =
      `A角${describeLoad(a)}：可承办本案的 ${forA.ranked.length} 人中` +
      (firstA ? whyFirst(a, forA.ranked[1]) : '工作量更低者找不到可配对的B角，依次顺延') +
      `；B角${describeLoad(b)}：可协办的 ${valid.length} 人中${whyFirst(b, valid[1])}`;
    return {
      ok: true,
      a: a.staffId,
      b: b.staffId,
      reason,
      warnings,
      alternatives: { asA: forA.ranked, asB: valid },
    };
  }
  const excluded = [...forB.excluded, ...pairExcluded];
  return {
    ok: false,
    excluded,
    error:
      `无法指定B角：可承办本案的 ${forA.ranked.length} 人均找不到符合条件的协办人` +
      (excluded.length > 0 ? `（${summary(excluded)}）` : '（本办案机构没有其他可协办的人员）'),
  };
}
