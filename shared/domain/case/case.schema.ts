import { z } from 'zod';
import { CASE_STATUS_CODES } from './case-status';
import { CASE_OUTCOME_CODES } from '../../procedure/outcomes';
import { CaseLimitationFacts } from '../../limitation/case-limitation.schema';
import { Claim, ClaimInput } from './claim.schema';
import { Party, PartyInput } from './party.schema';
import { DISPUTE_REASON_CODES } from '../reference-data';
import { Id, IsoDate, OptionalText, RequiredText } from '../../schema/primitives';

export const CaseKind = z.enum(['mediation', 'arbitration'], { message: '请选择案件类型' });

/** Law art 7: a collective dispute has ten or more workers (“十人以上” includes ten, 民法典 art 1259). */
export const COLLECTIVE_MIN_WORKERS = 10;

const RegisterCaseFields = z.object({
  id: Id.optional(),
  /** Filled in by main when the case is registered; carried in the outbox so a replay is identical. */
  provisionalNo: z.string().max(40).optional(),
  receivedEventId: Id.optional(),
  kind: CaseKind,
  officeId: Id,
  receivedDate: IsoDate,
  reasons: z
    .array(z.enum(DISPUTE_REASON_CODES, { message: '案由无效' }))
    .min(1, { message: '请至少选择一项案由' })
    .max(14),
  isCollective: z.boolean(),
  workerCount: z.number().int().positive({ message: '须为正整数' }).max(100000).optional(),
  isMigrantWage: z.boolean(),
  summary: OptionalText(5000),
  parties: z.array(PartyInput).min(2, { message: '至少需要申请人和被申请人各一名' }).max(500),
  claims: z.array(ClaimInput).max(100),
  /** 仲裁时效 facts given at intake; checked and shown, never used to refuse (reference §2.5). */
  limitation: CaseLimitationFacts.optional(),
});

type CaseFields = z.infer<typeof RegisterCaseFields>;

/** Cross-field rules shared by registration, historical import and correction. */
function refineCase(
  c: Pick<CaseFields, 'parties' | 'isCollective' | 'workerCount'>,
  ctx: z.RefinementCtx,
): void {
  if (!c.parties.some((p) => p.role === 'applicant'))
    ctx.addIssue({ code: 'custom', path: ['parties'], message: '至少需要一名申请人' });
  if (!c.parties.some((p) => p.role === 'respondent'))
    ctx.addIssue({ code: 'custom', path: ['parties'], message: '至少需要一名被申请人' });
  c.parties.forEach((p, i) => {
    if (p.kind !== 'agent') return;
    const principal = c.parties[p.representsIndex];
    if (principal === undefined || principal.kind === 'agent')
      ctx.addIssue({
        code: 'custom',
        path: ['parties', i, 'representsIndex'],
        message: '被代理人须为本案的申请人、被申请人或第三人',
      });
  });
  if (c.isCollective && (c.workerCount ?? 0) < COLLECTIVE_MIN_WORKERS)
    ctx.addIssue({
      code: 'custom',
      path: ['workerCount'],
      message: `集体争议须有 ${COLLECTIVE_MIN_WORKERS} 名以上劳动者（《劳动争议调解仲裁法》第七条）`,
    });
}

export const RegisterCaseArgs = RegisterCaseFields.superRefine(refineCase);

/**
 * The facts a 更正 may change — everything registration recorded except the case kind (a case registered as the
 * wrong kind is voided and registered again) and the 仲裁时效 facts — under the very rules registration applies.
 * A party or claim with an `id` is the existing one edited; one without is added.
 */
export const CaseFacts = RegisterCaseFields.pick({
  officeId: true,
  receivedDate: true,
  reasons: true,
  isCollective: true,
  workerCount: true,
  isMigrantWage: true,
  summary: true,
  parties: true,
  claims: true,
}).superRefine(refineCase);
export type CaseFacts = z.output<typeof CaseFacts>;
export type CaseFactsInput = z.input<typeof CaseFacts>;
export type RegisterCaseArgs = z.infer<typeof RegisterCaseArgs>;
export type RegisterCaseInput = z.input<typeof RegisterCaseArgs>;

/**
 * Historical import (cases from a previous system or paper files), which arrive with their status, dates and
 * official number already decided. Admin only; the timeline records that the case was imported.
 */
export const ImportCaseArgs = RegisterCaseFields.extend({
  status: z.enum(CASE_STATUS_CODES),
  officialNo: z.string().trim().min(1).max(60).optional(),
  acceptedDate: IsoDate.optional(),
  closedDate: IsoDate.optional(),
  outcome: z.enum(CASE_OUTCOME_CODES).optional(),
}).superRefine((c, ctx) => {
  refineCase(c, ctx);
  if (c.acceptedDate !== undefined && c.acceptedDate < c.receivedDate)
    ctx.addIssue({ code: 'custom', path: ['acceptedDate'], message: '不能早于收件日期' });
  if (c.closedDate !== undefined && c.closedDate < (c.acceptedDate ?? c.receivedDate))
    ctx.addIssue({ code: 'custom', path: ['closedDate'], message: '不能早于受理日期' });
});
export type ImportCaseArgs = z.infer<typeof ImportCaseArgs>;
export type ImportCaseInput = z.input<typeof ImportCaseArgs>;

export const CaseSummary = z.object({
  id: z.string(),
  officeId: z.string(),
  kind: CaseKind,
  provisionalNo: z.string(),
  officialNo: z.string().nullable(),
  status: z.enum(CASE_STATUS_CODES),
  receivedDate: z.string(),
  acceptedDate: z.string().nullable(),
  closedDate: z.string().nullable(),
  reasons: z.array(z.string()),
  isCollective: z.boolean(),
  workerCount: z.number().int().nullable(),
  isMigrantWage: z.boolean(),
  applicants: z.string(),
  respondents: z.string(),
  /** Set when the case was voided (作废) as registered by mistake; such cases are listed only when asked for. */
  voidedAt: z.string().nullable(),
});
export type CaseSummary = z.infer<typeof CaseSummary>;

export const CaseDetail = CaseSummary.extend({
  summary: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.string(),
  parties: z.array(Party),
  claims: z.array(Claim),
  voided: z.object({ at: z.string(), byName: z.string().nullable(), reason: z.string() }).nullable(),
});
export type CaseDetail = z.infer<typeof CaseDetail>;

/** Voided cases are hidden unless the list asks for them (含已作废) or for them alone (仅已作废). */
export const VOIDED_FILTERS = ['exclude', 'include', 'only'] as const;

export const CASE_SORT_FIELDS = ['receivedDate', 'caseNo', 'status', 'acceptedDate'] as const;

export const ListCasesInput = z.object({
  query: z.string().max(100, { message: '不能超过 100 个字符' }).optional(),
  status: z.enum(CASE_STATUS_CODES).optional(),
  kind: CaseKind.optional(),
  reason: z.enum(DISPUTE_REASON_CODES).optional(),
  dateFrom: IsoDate.optional(),
  dateTo: IsoDate.optional(),
  voided: z.enum(VOIDED_FILTERS).default('exclude'),
  sort: z.enum(CASE_SORT_FIELDS).default('receivedDate'),
  dir: z.enum(['asc', 'desc']).default('desc'),
  offset: z.number().int().nonnegative().default(0),
  limit: z.number().int().min(1).max(200).default(50),
});
export type ListCasesInput = z.input<typeof ListCasesInput>;
export type ListCasesArgs = z.output<typeof ListCasesInput>;

export const CaseListPage = z.object({ total: z.number().int(), rows: z.array(CaseSummary) });
export type CaseListPage = z.infer<typeof CaseListPage>;

export const CaseEvent = z.object({
  id: z.string(),
  caseId: z.string(),
  type: z.string(),
  label: z.string(),
  occurredOn: z.string(),
  recordedAt: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  payload: z.record(z.string(), z.unknown()),
  supersedesEventId: z.string().nullable(),
});
export type CaseEvent = z.infer<typeof CaseEvent>;

export const RegisterCaseResult = z.object({ id: z.string(), provisionalNo: z.string() });
export const CaseIdInput = z.object({ id: Id });
export { RequiredText };
