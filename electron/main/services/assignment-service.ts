import {
  defaultWorkloadPeriod,
  effectiveHandler,
  escalation,
  formatHandover,
  handoverSheet,
  leaveConflicts,
  proposeAssignment,
  proposeCover,
  workloadReport,
  type Leave,
  type Proposal,
} from '../../../shared/assignment';
import { err, ok, type Result } from '../../../shared/result';
import { todayInChina } from '../../../shared/util/clock';
import type { Calendar } from '../../../shared/calendar';
import type { Repos } from '../db/repositories';
import { createAssignmentInputs } from '../assignment/inputs';
import { workloadFileName, workloadWorkbook } from '../stats/workload-xlsx';
import type { MutationRunner } from '../mutations/run-mutation';
import type { Actor } from '../mutations/types';

type LeaveInput = {
  staffId: string;
  kind: Leave['kind'];
  from: string;
  to: string;
  note?: string | undefined;
};

/** AB角 (reference §4): proposals at acceptance, assignment with reasons, leave and cover, handover, workload. */
export function createAssignmentService(
  repos: Repos,
  mutations: MutationRunner,
  calendar: () => Calendar,
  now: () => number = Date.now,
) {
  const inputs = createAssignmentInputs(repos);
  const today = () => todayInChina(now());
  const lastActionOn = (caseId: string) => repos.events.lastActivityOn(caseId);

  function conflictsFor(l: LeaveInput & { id?: string }) {
    const staff = inputs.staff();
    const cases = inputs.cases();
    const leaves = repos.assignments.leaves();
    const leave: Leave = {
      id: l.id ?? '00000000-0000-7000-8000-000000000000',
      staffId: l.staffId,
      kind: l.kind,
      from: l.from,
      to: l.to,
    };
    return leaveConflicts(leave, staff, leaves, cases, calendar()).map((c) => {
      const cover = proposeCover(
        c,
        staff,
        [...leaves, leave],
        cases,
        repos.assignments.relationships(),
        cases,
        inputs.settings(),
      );
      return {
        ...c,
        cover: cover.ok
          ? {
              staffId: cover.staffId,
              name: staff.find((s) => s.id === cover.staffId)?.name ?? '',
              reason: cover.reason,
            }
          : null,
        coverError: cover.ok ? null : cover.error,
      };
    });
  }

  return {
    proposal(caseId: string): Result<{
      proposal: Proposal;
      current: { a: string | null; b: string | null; clerk: string | null };
      history: ReturnType<Repos['assignments']['history']>;
    }> {
      const c = inputs.caseFor(caseId);
      if (!c) return err('NOT_FOUND', '案件不存在或已删除');
      const cases = inputs.cases();
      const proposal = proposeAssignment(
        c,
        inputs.staff(),
        repos.assignments.leaves(),
        repos.assignments.relationships(),
        cases.filter((x) => x.status !== 'closed' && x.status !== 'archived'),
        cases,
        inputs.settings(),
        calendar(),
        today(),
      );
      return ok({
        proposal,
        current: {
          a: c.a ?? null,
          b: c.b ?? null,
          clerk: repos.cases.get(caseId)?.clerkId ?? null,
        },
        history: repos.assignments.history(caseId),
      });
    },
    /** Accept, override or reassign; a reassignment carries a handover sheet the new A confirms. */
    assign(
      args: {
        caseId: string;
        a: string;
        b: string;
        kind: 'proposal' | 'override' | 'reassign';
        reason: string;
      },
      actor: Actor,
    ) {
      let handover: unknown = undefined;
      if (args.kind === 'reassign') {
        const c = inputs.caseFor(args.caseId);
        const staff = inputs.staff();
        const from = staff.find((s) => s.id === c?.a);
        const to = staff.find((s) => s.id === args.a);
        if (c && from && to) {
          const sheet = handoverSheet(c, from, to, {
            openDisputes: [],
            documentsPending: [],
            today: today(),
            notes: [args.reason],
          });
          handover = { sheet, text: formatHandover(sheet) };
        }
      }
      return mutations.run(
        'case.assign',
        { ...args, ...(handover === undefined ? {} : { handover }) },
        actor,
      );
    },
    /** 指定书记员 (the director or the case's A角); the documents then sign with this clerk. */
    assignClerk: (args: { caseId: string; clerkId: string }, actor: Actor) =>
      mutations.run('case.assignClerk', args, actor),
    confirmHandover: (assignmentId: string, actor: Actor) =>
      mutations.run('case.confirmHandover', { assignmentId }, actor),
    leaves: () => repos.assignments.leaves(),
    leaveConflicts: (l: LeaveInput) => conflictsFor(l),
    /** Saves the leave; the conflicts it causes come back as warnings with a proposed temporary cover. */
    recordLeave(l: LeaveInput, actor: Actor) {
      const r = mutations.run('staff.recordLeave', l, actor);
      if (!r.ok) return r;
      return ok({ id: r.value.id, conflicts: conflictsFor({ ...l, id: r.value.id }) });
    },
    declareRelationship: (r: Record<string, unknown>, actor: Actor) =>
      mutations.run('staff.declareRelationship', r, actor),
    /** The cases whose 期限待办 this person sees today: their own A cases while present, B cases while A is away. */
    casesInMyList(staffId: string): string[] {
      const leaves = repos.assignments.leaves();
      const on = today();
      return inputs
        .cases()
        .filter((c) => effectiveHandler(c, leaves, on) === staffId)
        .map((c) => c.id);
    },
    /** The escalation level each open deadline has reached today (reference §4: A → B → director). */
    withEscalation<T extends { caseId: string; ruleId: string; label: string; dueDate: string | null }>(
      rows: readonly T[],
    ): (T & { escalation: 'none' | 'A' | 'B' | 'director' })[] {
      const leaves = repos.assignments.leaves();
      const settings = inputs.settings();
      const cal = calendar();
      const on = today();
      const cache = new Map<string, ReturnType<typeof inputs.caseFor>>();
      return rows.map((r) => {
        if (r.dueDate === null) return { ...r, escalation: 'none' as const };
        if (!cache.has(r.caseId)) cache.set(r.caseId, inputs.caseFor(r.caseId));
        const c = cache.get(r.caseId);
        if (!c) return { ...r, escalation: 'none' as const };
        try {
          const e = escalation(
            { ruleId: r.ruleId, label: r.label, dueDate: r.dueDate },
            c,
            on,
            cal,
            settings,
            lastActionOn(r.caseId),
            leaves,
          );
          return { ...r, escalation: e.level };
        } catch {
          return { ...r, escalation: 'none' as const }; // a calendar gap: the deadline row already shows it
        }
      });
    },
    /** 工作量: snapshots as of today; closures from `from` through `to` (default: this year through today). */
    workload(period: { from?: string | undefined; to?: string | undefined } = {}) {
      const fallback = defaultWorkloadPeriod(today());
      const range = { from: period.from ?? fallback.from, to: period.to ?? fallback.to };
      return workloadReport(
        inputs.staff(),
        inputs.cases(),
        inputs.closures(range.from, range.to),
        repos.assignments.leaves(),
        today(),
        calendar(),
        inputs.settings(),
        range,
      );
    },
    async workloadXlsx(period: { from?: string | undefined; to?: string | undefined } = {}) {
      const report = this.workload(period);
      const bytes = await workloadWorkbook(report);
      return { fileName: workloadFileName(report.periods), dataBase64: bytes.toString('base64') };
    },
  };
}
export type AssignmentService = ReturnType<typeof createAssignmentService>;
