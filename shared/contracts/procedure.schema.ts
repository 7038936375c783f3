import { z } from 'zod';
import { Id } from '../schema/primitives';
import { CASE_STATUS_CODES } from '../domain/case/case-status';
import { AttachmentRef } from '../domain/attachment.schema';
import { LimitationResultView } from '../limitation/case-limitation.schema';

/** What the case page shows of the procedure: state, the steps legal now, deadlines and service records. */
export const DeadlineView = z.object({
  ruleId: z.string(),
  label: z.string(),
  responsible: z.string(),
  /** 'workday' | 'natural_day' | 'month' | 'year' — how days left are counted. */
  unit: z.string(),
  /** A party's option rather than a duty: it expires, it is never "overdue". */
  informational: z.boolean(),
  startDate: z.string().nullable(),
  dueDate: z.string().nullable(),
  /** shared/deadlines/deadline.ts DeadlineStatus, e.g. 'missed' = 超期 and later no longer needed. */
  status: z.string(),
  /** The day it was done; for a 'missed' duty, the day it stopped being needed (it was never done). */
  completedOn: z.string().nullable(),
  daysLeft: z.number().int().nullable(),
  explanation: z.string(),
  citation: z.string(),
  gap: z.string().nullable(),
});
export type DeadlineView = z.infer<typeof DeadlineView>;

export const ServiceView = z.object({
  eventId: z.string(),
  document: z.string(),
  addressee: z.string(),
  addresseeRole: z.string(),
  method: z.string(),
  sentOn: z.string(),
  servedOn: z.string().nullable(),
  publishedOn: z.string().nullable(),
  effectiveOn: z.string(),
  evidence: z.string().nullable(),
  evidenceFile: AttachmentRef.nullable(),
  /** 送达人 (staff id), null for records made before it was asked. */
  serverId: z.string().nullable(),
});
export type ServiceView = z.infer<typeof ServiceView>;

export const CaseProcedureView = z.object({
  caseId: z.string(),
  kind: z.enum(['mediation', 'arbitration']),
  status: z.enum(CASE_STATUS_CODES),
  outcome: z.string().nullable(),
  receivedOn: z.string(),
  acceptedOn: z.string().nullable(),
  isSimple: z.boolean(),
  isCollective: z.boolean(),
  tribunal: z
    .object({ mode: z.enum(['sole', 'panel']), presidingId: z.string(), memberIds: z.array(z.string()) })
    .nullable(),
  hearingDate: z.string().nullable(),
  suspendedSince: z.string().nullable(),
  extensionDays: z.number().int(),
  linkedCaseId: z.string().nullable(),
  available: z.array(z.object({ id: z.string(), label: z.string(), citation: z.string().nullable() })),
  /** Steps legal now that this user's roles may not take, with who may ('需由仲裁员或主任办理'); shown disabled. */
  forOtherRoles: z.array(
    z.object({ id: z.string(), label: z.string(), citation: z.string().nullable(), reason: z.string() }),
  ),
  deadlines: z.array(DeadlineView),
  services: z.array(ServiceView),
  limitation: z.array(LimitationResultView),
});
export type CaseProcedureView = z.infer<typeof CaseProcedureView>;

export const DeadlineListInput = z
  .object({
    /** 'all' reaches as far as the user's roles allow (shared/deadlines/list-reach.ts), else it is 'mine'. */
    scope: z.enum(['mine', 'all']).default('mine'),
    window: z.enum(['overdue', 'today', 'week', 'open']).default('open'),
    /** Only the cases of this A角 (a staff id), or 'unassigned' for cases without one. */
    handler: z.union([z.literal('unassigned'), Id]).optional(),
  })
  .strict();

export const DeadlineRow = DeadlineView.extend({
  caseId: z.string(),
  caseNo: z.string(),
  caseKind: z.enum(['mediation', 'arbitration']),
  applicants: z.string(),
  respondents: z.string(),
  handlerId: z.string().nullable(),
  handlerName: z.string().nullable(),
  /** The AB角 reminder ladder reached today (A → B → 主任) for a deadline nobody has acted on. */
  escalation: z.enum(['none', 'A', 'B', 'director']).default('none'),
});
export type DeadlineRow = z.infer<typeof DeadlineRow>;

export const CalendarStatus = z.object({
  coverage: z.object({ from: z.string(), to: z.string() }).nullable(),
  years: z.array(z.object({ year: z.number().int(), source: z.string(), imported: z.boolean() })),
  today: z.string(),
  todayCovered: z.boolean(),
  nextYearCovered: z.boolean(),
});
export type CalendarStatus = z.infer<typeof CalendarStatus>;
