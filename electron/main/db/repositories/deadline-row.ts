import type { DeadlineView } from '../../../../shared/contracts/procedure.schema';
import {
  explainDeadline,
  type DeadlineStatus,
  type ExplanationBasis,
  type RuleTerms,
} from '../../../../shared/deadlines';

/** A deadline as the service hands it to the projection: the view and the basis its explanation came from. */
export type ProjectedDeadline = DeadlineView & { basis: ExplanationBasis };

/** One stored row of case_deadlines (migration 0013), its rule's terms read alongside. */
export type DeadlineRow = {
  case_id: string;
  rule_id: string;
  start_date: string | null;
  due_date: string | null;
  status: string;
  completed_on: string | null;
  days_left: number | null;
  gap: string | null;
  basis: string;
};

/**
 * The part of an explanation's basis no column already holds, as short-keyed JSON with defaults left out (a
 * plain arbitration deadline stores `{"l":"受理日"}`). What the columns hold is not repeated: the start and due
 * dates, the status, the calendar gap's message; the day the act was done is the completion column of a row
 * that is not 'missed' (a missed duty's column holds the day it stopped being needed, see DeadlineView).
 */
type Facts = {
  l: string;
  /** The raw last day, when it differs from the due day (rolled forward, or a gap). */
  r?: string | null;
  le?: string;
  st?: string;
  /** Excluded periods: label, from, to, days, 1 while still running. */
  p?: [string, string, string, number, 0 | 1][];
  x?: number;
  ro?: 1;
  o?: 1;
  gy?: number;
  tu?: 1;
  ps?: string;
  c?: [string, string];
};

/**
 * The facts of a basis with nothing but its start label — nine rows in ten (`{"l":"受理日"}`) — by label: one
 * string per label instead of an object and a JSON.stringify per row of a recompute. Bounded (the labels are the
 * rules' few), and emptied when full, so what it holds never changes a result.
 */
const plainFacts = new Map<string, string>();
const isPlain = (b: ExplanationBasis): boolean =>
  b.raw === b.due &&
  b.lenient === undefined &&
  b.strict === undefined &&
  b.parts.length === 0 &&
  b.extensionDays === 0 &&
  !b.rolled &&
  !b.offNotRolled &&
  b.gap === undefined &&
  !b.timelinessUnknown &&
  b.pausedSince === undefined &&
  b.cancellation === undefined;

export function encodeFacts(b: ExplanationBasis): string {
  if (isPlain(b)) {
    let text = plainFacts.get(b.startLabel);
    if (text === undefined) {
      if (plainFacts.size >= 256) plainFacts.clear();
      plainFacts.set(b.startLabel, (text = JSON.stringify({ l: b.startLabel } satisfies Facts)));
    }
    return text;
  }
  const f: Facts = { l: b.startLabel };
  if (b.raw !== b.due) f.r = b.raw;
  if (b.lenient !== undefined) f.le = b.lenient;
  if (b.strict !== undefined) f.st = b.strict;
  if (b.parts.length > 0) f.p = b.parts.map((p) => [p.label, p.from, p.to, p.days, p.open ? 1 : 0]);
  if (b.extensionDays !== 0) f.x = b.extensionDays;
  if (b.rolled) f.ro = 1;
  if (b.offNotRolled) f.o = 1;
  if (b.gap !== undefined) f.gy = b.gap.year;
  if (b.timelinessUnknown) f.tu = 1;
  if (b.pausedSince !== undefined) f.ps = b.pausedSince;
  if (b.cancellation !== undefined) f.c = [b.cancellation.date, b.cancellation.action];
  return JSON.stringify(f);
}

/** The stored columns of one deadline (besides its case, and the terms' id the repository finds). */
export function toColumns(d: ProjectedDeadline): Omit<DeadlineRow, 'case_id' | 'rule_id'> {
  return {
    start_date: d.startDate,
    due_date: d.dueDate,
    status: d.status,
    completed_on: d.completedOn,
    days_left: d.daysLeft,
    gap: d.gap,
    basis: encodeFacts(d.basis),
  };
}

export function decodeBasis(r: DeadlineRow, terms: RuleTerms): ExplanationBasis {
  const f = JSON.parse(r.basis) as Facts;
  const status = r.status as DeadlineStatus;
  const b: ExplanationBasis = {
    terms,
    startLabel: f.l,
    startDate: r.start_date ?? '',
    raw: f.r === undefined ? r.due_date : f.r,
    due: r.due_date,
    parts: (f.p ?? []).map(([label, from, to, days, open]) => ({ label, from, to, days, open: open === 1 })),
    extensionDays: f.x ?? 0,
    rolled: f.ro === 1,
    offNotRolled: f.o === 1,
    status,
    timelinessUnknown: f.tu === 1,
  };
  if (f.le !== undefined) b.lenient = f.le;
  if (f.st !== undefined) b.strict = f.st;
  if (f.gy !== undefined) b.gap = { year: f.gy, message: r.gap ?? '' };
  if (f.ps !== undefined) b.pausedSince = f.ps;
  if (status !== 'missed' && r.completed_on !== null) b.completedOn = r.completed_on;
  if (f.c !== undefined) b.cancellation = { date: f.c[0], action: f.c[1] };
  return b;
}

/** The view of a stored row: its explanation built now from the same basis it was computed with. */
export function toView(r: DeadlineRow, terms: RuleTerms): DeadlineView {
  return {
    ruleId: r.rule_id,
    label: terms.label,
    responsible: terms.responsible,
    unit: terms.unit,
    informational: terms.informational,
    startDate: r.start_date,
    dueDate: r.due_date,
    status: r.status,
    completedOn: r.completed_on,
    daysLeft: r.days_left,
    explanation: explainDeadline(decodeBasis(r, terms)),
    citation: terms.citation,
    gap: r.gap,
  };
}
