import { z } from 'zod';
import type { Channel } from './channels';
import {
  CaseDetail,
  CaseEvent,
  CaseIdInput,
  CaseListPage,
  ListCasesInput,
  RegisterCaseArgs,
  RegisterCaseResult,
} from '../domain/case/case.schema';
import { Office } from '../domain/office/office.schema';
import { InitializeArgs, SetupStatus } from '../domain/setup.schema';
import { Password, SessionUser, StaffRole, StaffSummary, Username } from '../domain/staff/staff.schema';
import { Id, IsoDate, RequiredText } from '../schema/primitives';
import { CalendarYearData } from '../calendar/calendar-data.schema';
import { PerformActionArgs } from '../procedure/procedure-args';
import { LimitationInput } from '../limitation/limitation.schema';
import { ElementsCaseView } from './elements.schema';
import { DocumentsContract } from './documents.schema';
import { AssignmentContract } from './assignment.schema';
import { CorrectionsContract } from './corrections.schema';
import { ReviewContract } from './review.schema';
import { RiskContract } from './risk.schema';
import { LockContract } from './lock.schema';
import { ConflictsContract } from './conflicts.schema';
import { StatsContract } from './stats.schema';
import { EnrolArgs, SyncContract } from './sync.schema';
import { BackupContract } from './backup.schema';
import { CommitteeProfileView } from '../documents/committee-profile.schema';
import { OfficeProfileView } from '../documents/office-profile.schema';
import { ElementTemplate } from '../elements/template.schema';
import { SaveSheetArgs } from '../elements/element-args';
import { RegionalParam } from '../domain/regional-params';
import { MinWageDateRuleSchema } from '../procedure/award-test';
import { AttachmentRef, AttachmentUpload } from '../domain/attachment.schema';
import { LimitationResultView } from '../limitation/case-limitation.schema';
import { CalendarStatus, CaseProcedureView, DeadlineListInput, DeadlineRow } from './procedure.schema';

const Empty = z.object({}).strict();
const OfficeIdInput = z.string().min(1, { message: '请选择机构' }).max(64);

/** The one typed contract between renderer and main (architecture §7.3). */
export const ipc = {
  'setup:status': { input: Empty, output: SetupStatus },
  'setup:initialize': { input: InitializeArgs, output: SessionUser },
  /** First start on a new computer: connect to the central server instead of setting up a standalone one. */
  'setup:enrol': { input: EnrolArgs, output: SessionUser },
  'auth:signIn': {
    input: z.object({ username: Username, password: z.string().min(1, { message: '请输入密码' }).max(128) }),
    output: SessionUser,
  },
  'auth:signOut': { input: Empty, output: z.object({ signedOut: z.boolean() }) },
  'auth:me': { input: Empty, output: SessionUser.nullable() },
  ...LockContract,
  'offices:list': { input: Empty, output: z.array(Office) },
  /** A 调解组织 under the administrator's committee (the parent is the caller's office, never chosen). */
  'offices:create': {
    input: z.object({ name: RequiredText(100), shortName: RequiredText(20) }).strict(),
    output: z.object({ id: z.string() }),
  },
  'staff:list': { input: Empty, output: z.array(StaffSummary) },
  'staff:create': {
    input: z.object({
      officeId: Id,
      name: RequiredText(50),
      username: Username,
      password: Password,
      roles: z.array(StaffRole).min(1, { message: '请至少选择一个角色' }),
    }),
    output: z.object({ id: z.string() }),
  },
  'cases:register': { input: RegisterCaseArgs, output: RegisterCaseResult },
  'cases:list': { input: ListCasesInput, output: CaseListPage },
  'cases:get': { input: CaseIdInput, output: CaseDetail },
  'cases:timeline': { input: CaseIdInput, output: z.array(CaseEvent) },
  'cases:procedure': { input: CaseIdInput, output: CaseProcedureView },
  'cases:performAction': {
    input: PerformActionArgs.omit({ eventId: true }),
    output: z.object({ eventId: z.string(), status: z.string() }),
  },
  'cases:transferToArbitration': {
    input: z.object({ mediationCaseId: Id, receivedDate: IsoDate }),
    output: z.object({ arbitrationCaseId: z.string(), provisionalNo: z.string() }),
  },
  'deadlines:list': { input: DeadlineListInput, output: z.array(DeadlineRow) },
  /**
   * The loaded years. The 日历 page asks with `forImport`: an import there recomputes every open case, so its
   * worker threads start now (as opening 期限规则 does). The shell's banner, on every page, asks without.
   */
  'calendar:status': {
    input: z.object({ forImport: z.literal(true).optional() }).strict(),
    output: CalendarStatus,
  },
  'calendar:importYear': {
    input: CalendarYearData,
    output: z.object({ year: z.number().int(), recomputed: z.number().int() }),
  },
  'calendar:addPeriod': {
    input: z
      .object({
        date: IsoDate,
        count: z.number().int().min(0).max(3650),
        unit: z.enum(['workday', 'natural_day']),
        rollForward: z.boolean().default(false),
      })
      .strict(),
    output: z.object({ date: z.string() }),
  },
  'attachments:upload': { input: AttachmentUpload, output: AttachmentRef },
  'attachments:get': {
    input: z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/) }).strict(),
    output: z.object({ dataBase64: z.string(), size: z.number().int() }),
  },
  ...DocumentsContract,
  ...AssignmentContract,
  ...CorrectionsContract,
  ...ReviewContract,
  ...RiskContract,
  ...ConflictsContract,
  ...StatsContract,
  ...SyncContract,
  ...BackupContract,
  'committee:get': { input: Empty, output: CommitteeProfileView },
  'committee:set': { input: CommitteeProfileView.strict(), output: z.object({ saved: z.boolean() }) },
  // A station's own letterhead and mediation number series (issue 11 item 5); the committee's stays committee:*.
  'officeProfile:get': { input: z.object({ officeId: OfficeIdInput }).strict(), output: OfficeProfileView },
  'officeProfile:set': {
    input: OfficeProfileView.extend({ officeId: OfficeIdInput }).strict(),
    output: z.object({ saved: z.boolean() }),
  },
  'elements:case': { input: CaseIdInput, output: ElementsCaseView },
  'elements:save': { input: SaveSheetArgs.omit({ sheetId: true }), output: z.object({ id: z.string() }) },
  'elements:templates': { input: Empty, output: z.object({ templates: z.array(ElementTemplate) }) },
  'elements:saveTemplate': {
    input: z.object({ template: z.unknown() }).strict(),
    output: z.object({ id: z.string(), version: z.number().int() }),
  },
  'regional:get': {
    input: Empty,
    output: z.object({
      params: z.array(RegionalParam),
      custom: z.boolean(),
      minWageDateRule: MinWageDateRuleSchema,
    }),
  },
  'regional:setMinWageDateRule': {
    input: z.object({ rule: MinWageDateRuleSchema }).strict(),
    output: z.object({ saved: z.boolean() }),
  },
  'regional:set': {
    input: z.object({ params: z.unknown() }).strict(),
    output: z.object({ count: z.number().int() }),
  },
  'limitation:check': { input: LimitationInput, output: LimitationResultView },
  'deadlineRules:get': { input: Empty, output: z.object({ rules: z.unknown(), custom: z.boolean() }) },
  'deadlineRules:set': {
    input: z.object({ rules: z.unknown().nullable() }).strict(),
    output: z.object({ recomputed: z.number().int() }),
  },
  /** 常用说法 of the claim types: the committee's table or the shipped one (custom false). */
  'claimSynonyms:get': {
    input: Empty,
    output: z.object({ synonyms: z.record(z.string(), z.array(z.string())), custom: z.boolean() }),
  },
  /** Validated with ClaimSynonyms; null restores the shipped table. */
  'claimSynonyms:set': {
    input: z.object({ synonyms: z.unknown().nullable() }).strict(),
    output: z.object({ types: z.number().int() }),
  },
  'demo:seed': {
    input: z.object({ cases: z.number().int().min(1).max(100000) }),
    output: z.object({ created: z.number().int() }),
  },
} as const satisfies Record<Channel, { input: z.ZodType; output: z.ZodType }>;

/** What the renderer sends. */
export type In<C extends Channel> = z.input<(typeof ipc)[C]['input']>;
/** What the handler receives after parsing. */
export type Arg<C extends Channel> = z.output<(typeof ipc)[C]['input']>;
/** What comes back inside `{ ok: true, value }`. */
export type Out<C extends Channel> = z.output<(typeof ipc)[C]['output']>;
