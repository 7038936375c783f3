import { z } from 'zod';
import type { Proposal, WorkloadReport } from '../assignment';
import { AssignClerkArgs, DeclareRelationshipArgs, RecordLeaveArgs } from '../assignment/assignment-args';
import { Id, IsoDate } from '../schema/primitives';

/** The period of the closure figures (结案数, 平均结案天数); each end defaults to this year / today. */
export const WorkloadPeriodInput = z
  .object({ from: IsoDate.optional(), to: IsoDate.optional() })
  .strict()
  .refine((p) => p.from === undefined || p.to === undefined || p.from <= p.to, {
    path: ['to'],
    message: '统计期间的结束日期不能早于开始日期',
  });

const LeaveView = z.object({
  id: z.string(),
  staffId: z.string(),
  kind: z.string(),
  from: z.string(),
  to: z.string(),
  note: z.string().optional(),
});
const Conflict = z.object({
  caseId: z.string(),
  caseNumber: z.string().optional(),
  date: z.string(),
  deadlineLabel: z.string(),
  staffId: z.string(),
  role: z.enum(['A', 'B']),
  cover: z.object({ staffId: z.string(), name: z.string(), reason: z.string() }).nullable(),
  coverError: z.string().nullable(),
});
const AssignmentView = z.object({
  id: z.string(),
  caseId: z.string(),
  a: z.string(),
  b: z.string(),
  kind: z.string(),
  reason: z.string(),
  handover: z.unknown(),
  handoverConfirmedAt: z.string().nullable(),
  handoverConfirmedBy: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.string(),
});

/** AB角 channels (reference §4). Nested engine results are typed from shared/assignment. */
export const AssignmentContract = {
  'assignment:proposal': {
    input: z.object({ caseId: Id }).strict(),
    output: z.object({
      proposal: z.custom<Proposal>(),
      current: z.object({ a: z.string().nullable(), b: z.string().nullable(), clerk: z.string().nullable() }),
      history: z.array(AssignmentView),
    }),
  },
  'assignment:assign': {
    input: z
      .object({
        caseId: Id,
        a: Id,
        b: Id,
        kind: z.enum(['proposal', 'override', 'reassign']),
        reason: z.string().trim().max(500),
      })
      .strict()
      .refine((x) => x.kind === 'proposal' || x.reason.length > 0, {
        path: ['reason'],
        message: '改派或调整须填写理由',
      }),
    output: z.object({ id: z.string(), warnings: z.array(z.string()) }),
  },
  'assignment:assignClerk': {
    input: AssignClerkArgs.strict(),
    output: z.object({ caseId: z.string(), clerkId: z.string() }),
  },
  'assignment:confirmHandover': {
    input: z.object({ assignmentId: Id }).strict(),
    output: z.object({ confirmedAt: z.string() }),
  },
  'staff:leaves': { input: z.object({}).strict(), output: z.array(LeaveView) },
  'staff:leaveConflicts': { input: RecordLeaveArgs, output: z.array(Conflict) },
  'staff:recordLeave': {
    input: RecordLeaveArgs,
    output: z.object({ id: z.string(), conflicts: z.array(Conflict) }),
  },
  'staff:declareRelationship': { input: DeclareRelationshipArgs, output: z.object({ id: z.string() }) },
  'workload:report': { input: WorkloadPeriodInput, output: z.custom<WorkloadReport>() },
  /** The 工作量 table as .xlsx (built in main with exceljs), replacing the hand-written CSV. */
  'workload:xlsx': {
    input: WorkloadPeriodInput,
    output: z.object({ fileName: z.string(), dataBase64: z.string() }),
  },
} as const;
