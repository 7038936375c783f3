import type { Calendar } from '../../../shared/calendar';
import type { DeadlineRow, DeadlineView } from '../../../shared/contracts/procedure.schema';
import {
  computeDeadlines,
  DEADLINE_PROJECTION_VERSION,
  deadlineReach,
  loadRuleSet,
  officeSubtree,
  type Deadline,
  type DeadlineRule,
} from '../../../shared/deadlines';
import type { SessionUser } from '../../../shared/domain/staff/staff.schema';
import { todayInChina } from '../../../shared/util/clock';
import defaultRules from '../../../resources/deadline-rules/default.json';
import type { Db } from '../db/connection';
import type { Repos } from '../db/repositories';
import type { DeadlineScope, ProjectedDeadline } from '../db/repositories/deadline.repo';
import { daysFrom, shiftDays } from '../../../shared/util/day-number';

/** Cases per transaction and per batched read when recomputing. */
const CHUNK = 500;

/** Key in sync_meta (local, never synced): the engine version the stored deadline projection was written by. */
export const PROJECTION_VERSION_KEY = 'deadline_projection_version';

export type DeadlineWindow = 'overdue' | 'today' | 'week' | 'open';

/** The rules in force: the committee's own set (setting `deadline.rules`) or the shipped defaults. */
export function rulesInForce(repos: Repos): DeadlineRule[] {
  const custom = repos.settings.get('deadline.rules');
  if (custom !== undefined && custom !== null) {
    const r = loadRuleSet(custom);
    if (r.ok) return r.rules;
  }
  const r = loadRuleSet(defaultRules);
  if (!r.ok) throw new Error(`resources/deadline-rules/default.json is invalid: ${JSON.stringify(r.issues)}`);
  return r.rules;
}

/** The view of a computed deadline, with the basis its explanation was built from (what the projection keeps). */
export function toProjected(d: Deadline): ProjectedDeadline {
  return {
    ruleId: d.ruleId,
    label: d.label,
    responsible: d.responsible,
    unit: d.unit,
    informational: d.informational,
    startDate: d.startDate ?? null,
    dueDate: d.dueDate ?? null,
    status: d.status,
    // A missed duty never completed: the column then holds the day it stopped being needed (see DeadlineView).
    completedOn: d.completedOn ?? (d.status === 'missed' ? d.cancelledOn : undefined) ?? null,
    daysLeft: d.daysLeft ?? null,
    explanation: d.explanation,
    citation: d.citation,
    gap: d.gap?.message ?? null,
    basis: d.explanationBasis,
  };
}

/**
 * Keeps the deadline projection (case_deadlines) in step with each case's event log: refreshed inside the
 * mutation that changed the case, recomputed for every open case when the rules or the calendar change.
 */
export function createDeadlineService(
  db: Db,
  repos: Repos,
  calendar: () => Calendar,
  now: () => number = Date.now,
) {
  let rules: DeadlineRule[] | null = null;
  const currentRules = () => (rules ??= rulesInForce(repos));

  function recompute(ids: readonly string[], onProgress?: (done: number, total: number) => void): number {
    // One transaction per chunk: one fsync per 500 cases instead of one per statement (synchronous=FULL).
    const chunk = db.transaction((part: readonly string[]) => repos.deadlines.replaceMany(projectMany(part)));
    for (let i = 0; i < ids.length; i += CHUNK) {
      chunk(ids.slice(i, i + CHUNK));
      onProgress?.(Math.min(i + CHUNK, ids.length), ids.length);
    }
    return ids.length;
  }

  /**
   * The projection of each case named, read with one query for the cases and one for their logs. The rules,
   * the calendar and today are taken once: the calendar service reads a setting to find its imported years.
   */
  function projectMany(caseIds: readonly string[], explain = false): Map<string, ProjectedDeadline[]> {
    const cases = repos.cases.kindsOf(caseIds);
    const logs = repos.events.listForFoldMany(caseIds);
    // The projection keeps the basis only; the text is built when a row is read (computeFor wants it now).
    const ctx = { rules: currentRules(), calendar: calendar(), today: todayInChina(now()), explain };
    const out = new Map<string, ProjectedDeadline[]>();
    for (const id of caseIds) {
      const c = cases.get(id);
      // A voided case has no deadlines: it leaves 期限待办, reminders and escalation until it is restored.
      out.set(
        id,
        c === undefined || c.voided
          ? []
          : computeDeadlines({ kind: c.kind, events: logs.get(id) ?? [], ...ctx }).map(toProjected),
      );
    }
    return out;
  }

  return {
    /** The case's deadlines computed now, as the projection would show them. */
    computeFor: (caseId: string): DeadlineView[] =>
      (projectMany([caseId], true).get(caseId) ?? []).map(({ basis: _, ...view }) => view),
    /** Inside the caller's transaction (the mutation, or a pull page that changed these cases). */
    refresh(caseIds: readonly string[]): void {
      for (let i = 0; i < caseIds.length; i += CHUNK)
        repos.deadlines.replaceMany(projectMany(caseIds.slice(i, i + CHUNK)));
    },
    /** After a rules or calendar change; returns how many cases were recomputed. */
    recomputeAll(onProgress?: (done: number, total: number) => void): number {
      rules = null;
      return recompute(repos.caseQuery.openCaseIds(), onProgress);
    },
    /**
     * Once per engine change (DEADLINE_PROJECTION_VERSION, kept in sync_meta): rows an older engine wrote are
     * recomputed, closed cases included (their history is what changed). Since version 3 (migration 0013 emptied
     * the table for its new form) that is every case. The version is written after the last chunk, so a crash
     * midway recomputes again at the next start.
     */
    bringProjectionUpToDate(): number | null {
      const stored = Number(repos.meta.get(PROJECTION_VERSION_KEY) ?? '1');
      if (stored >= DEADLINE_PROJECTION_VERSION) return null;
      const n = recompute(repos.caseQuery.liveCaseIds());
      repos.meta.set(PROJECTION_VERSION_KEY, String(DEADLINE_PROJECTION_VERSION));
      return n;
    },
    /**
     * 期限待办 by window. The windows do not overlap (issue 10 item 5): 已超期 = due before today, 今日到期 = due
     * today, 本周到期 = due from today through today + 6 (never the overdue ones again); 全部未完成 = all of them.
     */
    list(
      window: DeadlineWindow,
      whose: DeadlineScope,
      handler: string | null = null,
    ): Omit<DeadlineRow, 'escalation'>[] {
      const today = todayInChina(now());
      const cal = calendar();
      return repos.deadlines
        .listOpen(windowRange(window, today), whose, handler)
        .map((r) => ({ ...r, ...liveStatus(r, today, cal) }));
    },
    /**
     * Whose deadlines this user's 全部 lists: every case for the 主任 and the administrator, their office's (and
     * its stations') cases for a 书记员 (list-reach.ts); otherwise 我的 — my A cases while I am present and my B
     * cases while A is away (AB角 cover, reference §4).
     */
    scopeFor(user: SessionUser, requested: 'mine' | 'all', myCases: () => readonly string[]): DeadlineScope {
      const reach = requested === 'all' ? deadlineReach(user.roles) : 'mine';
      if (reach === 'all') return { kind: 'all' };
      if (reach === 'office')
        return { kind: 'offices', officeIds: officeSubtree(user.officeId, repos.offices.list()) };
      return { kind: 'mine', staffId: user.id, caseIds: myCases() };
    },
    /** The committee's own rules, or the shipped defaults. */
    rulesForEditing(): { rules: unknown; custom: boolean } {
      const custom = repos.settings.get('deadline.rules');
      return custom === undefined || custom === null
        ? { rules: defaultRules, custom: false }
        : { rules: custom, custom: true };
    },
    invalidateRules(): void {
      rules = null;
    },
  };
}
export type DeadlineService = ReturnType<typeof createDeadlineService>;

/** The due dates a window covers, both ends inclusive. */
export function windowRange(window: DeadlineWindow, today: string): { from: string; until: string } {
  switch (window) {
    case 'overdue':
      return { from: '0000-01-01', until: shiftDays(today, -1) };
    case 'today':
      return { from: today, until: today };
    case 'week':
      return { from: today, until: shiftDays(today, 6) };
    case 'open':
      return { from: '0000-01-01', until: '9999-12-31' };
  }
}

/** Days left and overdue-ness as of today (the stored projection was computed on an earlier day). */
function liveStatus(
  d: DeadlineView,
  today: string,
  cal: Calendar,
): Pick<DeadlineView, 'status' | 'daysLeft'> {
  if (d.dueDate === null || d.status === 'paused') return { status: d.status, daysLeft: d.daysLeft };
  const naturalLeft = daysFrom(today, d.dueDate);
  let daysLeft = naturalLeft;
  try {
    if (d.unit === 'workday') daysLeft = cal.workdaysBetween(today, d.dueDate);
  } catch {
    daysLeft = naturalLeft; // the calendar lacks a year: natural days are still honest
  }
  const passed = naturalLeft < 0;
  return { status: passed ? (d.informational ? 'expired' : 'overdue') : 'pending', daysLeft };
}
