import type { Calendar } from '../../../shared/calendar';
import type { DeadlineRow, DeadlineView } from '../../../shared/contracts/procedure.schema';
import {
  DEADLINE_PROJECTION_VERSION,
  deadlineReach,
  officeSubtree,
  payloadTypesOf,
  type DeadlineRule,
} from '../../../shared/deadlines';
import type { SessionUser } from '../../../shared/domain/staff/staff.schema';
import { todayInChina } from '../../../shared/util/clock';
import defaultRules from '../../../resources/deadline-rules/default.json';
import type { Db } from '../db/connection';
import type { CaseRow } from '../db/repositories/case.repo';
import type { Repos } from '../db/repositories';
import type { DeadlineScope, ProjectedDeadline } from '../db/repositories/deadline.repo';
import { daysFrom, shiftDays } from '../../../shared/util/day-number';
import { openCaseKinds, projectCases, rulesInForce } from './deadline-projection';
import type { DeadlineWorkers, OpenCases } from './deadline-workers';
import type { Logger } from '../logger';

/** Cases per transaction and per batched read when recomputing. */
const CHUNK = 500;

/** How long threads started ahead for a rules or calendar page wait for the save (editing takes a while). */
const WARM_HOLD_MS = 5 * 60_000;

/** Key in sync_meta (local, never synced): the engine version the stored deadline projection was written by. */
export const PROJECTION_VERSION_KEY = 'deadline_projection_version';

export type DeadlineWindow = 'overdue' | 'today' | 'week' | 'open';

/**
 * Keeps the deadline projection (case_deadlines) in step with each case's event log: refreshed inside the
 * mutation that changed the case, recomputed for every open case when the rules or the calendar change — in
 * worker threads when there are many (`workers`, deadline-workers.ts), on this thread otherwise.
 */
export function createDeadlineService(
  db: Db,
  repos: Repos,
  calendar: () => Calendar,
  now: () => number = Date.now,
  opts: { workers?: DeadlineWorkers | null; logger?: Logger } = {},
) {
  const workers = opts.workers ?? null;
  let rules: DeadlineRule[] | null = null;
  const currentRules = () => (rules ??= rulesInForce(repos.settings));
  /** The cases refreshed while workers recompute: their result, read before, must not replace the refresh's. */
  let refreshedDuring: Set<string> | null = null;
  /** Recomputes run one after another: a second one waits for the first (each reads the rules when it starts). */
  let queue: Promise<unknown> = Promise.resolve();
  let closed = false;

  /**
   * Recomputes the cases named, 500 to a transaction. `kinds` (in the order of `ids`): the open-case scan read
   * them, so the case rows are not read again (deadline-projection.ts `openCaseKinds`); without, they are.
   */
  function recompute(
    ids: readonly string[],
    onProgress?: (done: number, total: number) => void,
    offset = 0,
    total = ids.length,
    kinds?: readonly CaseRow['kind'][],
  ): number {
    // One transaction per chunk: one fsync per 500 cases instead of one per statement (synchronous=FULL).
    const chunk = db.transaction((part: readonly string[], of?: readonly CaseRow['kind'][]) =>
      repos.deadlines.replaceMany(projectMany(part, false, of)),
    );
    for (let i = 0; i < ids.length; i += CHUNK) {
      chunk(ids.slice(i, i + CHUNK), kinds?.slice(i, i + CHUNK));
      onProgress?.(offset + Math.min(i + CHUNK, ids.length), total);
    }
    return ids.length;
  }

  /**
   * The projection of each case named, read with one query for the cases (unless the open-case scan gave their
   * kinds) and one for their logs. The rules, the calendar and today are taken once: the calendar service reads
   * a setting to find its imported years.
   */
  function projectMany(
    caseIds: readonly string[],
    explain = false,
    kinds?: readonly CaseRow['kind'][],
  ): Map<string, ProjectedDeadline[]> {
    // The projection keeps the basis only; the text is built when a row is read (computeFor wants it now).
    const ctx = { rules: currentRules(), calendar: calendar(), today: todayInChina(now()), explain };
    return projectCases(
      caseIds,
      kinds === undefined ? repos.cases.kindsOf(caseIds) : openCaseKinds(caseIds, kinds),
      repos.events.listForFoldMany(caseIds, payloadTypesOf(ctx.rules)),
      ctx,
    );
  }

  /**
   * Every open case in the workers, which send back only the cases whose stored rows differ; this thread
   * writes those, one transaction per chunk. A case refreshed meanwhile (a mutation, a pulled page) keeps what
   * the refresh wrote, and is computed once more here at the end from its log as it is then — the refresh's
   * transaction may have rolled back. What no worker finished (a thread that could not start or died) is
   * recomputed here too.
   */
  async function recomputeInWorkers(
    pool: DeadlineWorkers,
    first: OpenCases,
    rest: (() => OpenCases) | undefined,
    here: { total: number; cases: number; stale: number },
    onProgress?: (done: number, total: number) => void,
  ): Promise<void> {
    const refreshed = new Set<string>();
    refreshedDuring = refreshed;
    let done = 0;
    try {
      const write = db.transaction((stale: Map<string, ProjectedDeadline[]>) => {
        for (const id of refreshed) stale.delete(id);
        repos.deadlines.replaceMany(stale);
      });
      const { undone } = await pool.run(first, todayInChina(now()), {
        onChunk: (stale, cases) => {
          if (closed) return;
          here.stale += stale.size;
          write(stale);
          done += cases;
          onProgress?.(done, here.total);
        },
        // While the threads start, this thread takes chunks itself (deadline-workers.ts).
        here: (part, kinds) => {
          if (closed) return;
          here.cases += recompute(part, undefined, 0, part.length, kinds);
          done += part.length;
          onProgress?.(done, here.total);
        },
        ...(rest === undefined
          ? {}
          : {
              rest: () => {
                const more = rest();
                here.total += more.ids.length;
                return more;
              },
            }),
      });
      if (closed) return;
      here.cases += recompute(undone, onProgress, done, here.total);
    } finally {
      refreshedDuring = null;
    }
    if (refreshed.size > 0) recompute([...refreshed]);
  }

  async function recomputeOpen(onProgress?: (done: number, total: number) => void): Promise<number> {
    if (closed) return 0;
    const t0 = performance.now();
    rules = null;
    // Threads that must start are started first, so they start while this thread finds the open cases.
    if (workers !== null && !workers.running() && repos.caseQuery.liveCaseCount() >= workers.minCases)
      void workers.warm();
    // With threads, a first page (at least `minCases`): when it is full, the threads start on it while this
    // thread reads the rest (the scan of 61k case rows takes ≈ 0.25 s, the threads would wait for it).
    const first = repos.caseQuery.openCases('', workers?.firstPage ?? -1);
    const full = workers !== null && first.ids.length === workers.firstPage;
    const last = first.ids.at(-1) ?? '';
    // What the threads did not do (this thread's share while they started, and what they could not do: a
    // thread that could not start or died), and how many stale cases they sent back.
    const here = { total: first.ids.length, cases: 0, stale: 0 };
    const threaded = workers !== null && (full || first.ids.length >= workers.minCases);
    if (!threaded) recompute(first.ids, onProgress, 0, first.ids.length, first.kinds);
    else {
      const rest = full ? () => repos.caseQuery.openCases(last) : undefined;
      await recomputeInWorkers(workers, first, rest, here, onProgress);
    }
    opts.logger?.info('deadlines recomputed', {
      cases: here.total,
      inWorkers: threaded ? here.total - here.cases : 0,
      staleFromWorkers: here.stale,
      ms: Math.round(performance.now() - t0),
    });
    return here.total;
  }

  return {
    /** The case's deadlines computed now, as the projection would show them. */
    computeFor: (caseId: string): DeadlineView[] =>
      (projectMany([caseId], true).get(caseId) ?? []).map(({ basis: _, ...view }) => view),
    /** Inside the caller's transaction (the mutation, or a pull page that changed these cases). */
    refresh(caseIds: readonly string[]): void {
      if (refreshedDuring !== null) for (const id of caseIds) refreshedDuring.add(id);
      for (let i = 0; i < caseIds.length; i += CHUNK)
        repos.deadlines.replaceMany(projectMany(caseIds.slice(i, i + CHUNK)));
    },
    /**
     * After a rules or calendar change; resolves with how many cases were recomputed. Meanwhile this thread
     * stays free (the window answers) except while it writes what changed.
     */
    recomputeAll(onProgress?: (done: number, total: number) => void): Promise<number> {
      const run = queue.then(() => recomputeOpen(onProgress));
      queue = run.catch(() => undefined);
      return run;
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
    /**
     * A page where the rules or the calendar are changed was opened: the recompute its save starts will find
     * its threads running (held a few minutes). Resolves with how many threads are ready (0 without threads).
     */
    warm: (): Promise<number> => (workers === null ? Promise.resolve(0) : workers.warm(WARM_HOLD_MS)),
    invalidateRules(): void {
      rules = null;
    },
    /** When the app closes: the worker threads end, and a recompute in flight writes nothing more. */
    close(): void {
      closed = true;
      workers?.close();
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
