import { z } from 'zod';
import { ImportCaseArgs, RegisterCaseArgs } from '../domain/case/case.schema';
import { CreateOfficeArgs } from '../domain/office/office.schema';
import { StaffRole } from '../domain/staff/staff.schema';
import { STAFF_ROLE_CODES, type StaffRole as StaffRoleCode } from '../domain/reference-data';
import { Id, RequiredText } from '../schema/primitives';
import { PerformActionArgs, TransferToArbitrationArgs } from '../procedure/procedure-args';
import { SETTING_KEYS } from '../domain/settings';
import { OfficeProfileKey } from '../documents/office-profile.schema';
import {
  CorrectCaseArgs,
  RestoreCaseArgs,
  VoidCaseArgs,
  VoidEventArgs,
} from '../domain/case/correction-args';
import { SaveSheetArgs } from '../elements/element-args';
import { ResolveConflictArgs } from '../domain/conflict/conflict-args';
import { RecordDocumentArgs } from '../documents/document-args';
import { ReviewOverrideArgs } from '../review/review-override';
import { SignInRefusalArgs, UpgradePasswordHashArgs } from '../auth/sign-in-args';
import {
  AssignCaseArgs,
  AssignClerkArgs,
  ConfirmHandoverArgs,
  DeclareRelationshipArgs,
  RecordLeaveArgs,
} from '../assignment/assignment-args';

/**
 * Every write is a named, versioned mutation (sync §2.1 point 3). Its args are what the outbox carries to the
 * server, so they hold every id the write creates: replaying them anywhere produces the same rows.
 * `roles` lists who may perform it; an empty list means only the system itself (first-start setup).
 * A change of args shape or meaning bumps `version` and registers the step's upcaster (./upcasters.ts), so an
 * entry written by an older desktop is still understood (sync §2.13).
 */
export type MutationDef = {
  version: number;
  args: z.ZodType;
  roles: readonly StaffRoleCode[];
  label: string;
};

const CASE_WORKERS = ['clerk', 'mediator', 'arbitrator', 'director', 'admin'] as const;
/** Every role: what only concerns the actor's own account (their planners refuse anyone else's). */
const ANY_ROLE = STAFF_ROLE_CODES;

export const MUTATIONS = {
  'office.create': {
    version: 1,
    args: CreateOfficeArgs,
    roles: ['admin'],
    label: '新建机构',
  },
  'staff.create': {
    version: 1,
    args: z.object({
      id: Id.optional(),
      officeId: Id,
      name: RequiredText(50),
      username: z.string().min(2).max(32),
      passwordHash: z.string().min(20).max(400),
      roles: z.array(StaffRole).min(1),
    }),
    roles: ['admin'],
    label: '新建人员',
  },
  'setup.initialize': {
    version: 1,
    args: z.object({
      officeId: Id.optional(),
      adminId: Id.optional(),
      committeeName: RequiredText(100),
      shortName: RequiredText(20),
      adminName: RequiredText(50),
      username: z.string().min(2).max(32),
      passwordHash: z.string().min(20).max(400),
    }),
    roles: [],
    label: '初始化',
  },
  'case.register': {
    version: 1,
    args: RegisterCaseArgs,
    roles: CASE_WORKERS,
    label: '登记案件',
  },
  'case.performAction': {
    version: 1,
    args: PerformActionArgs,
    roles: ['clerk', 'mediator', 'arbitrator', 'director'],
    label: '办理程序事项',
  },
  'case.transferToArbitration': {
    version: 1,
    args: TransferToArbitrationArgs,
    roles: ['clerk', 'mediator', 'director'],
    label: '调解不成转仲裁',
  },
  'elements.saveSheet': {
    version: 1,
    args: SaveSheetArgs,
    roles: ['clerk', 'mediator', 'arbitrator', 'director'],
    label: '保存要素表',
  },
  'documents.record': {
    version: 1,
    args: RecordDocumentArgs,
    roles: ['clerk', 'mediator', 'arbitrator', 'director'],
    label: '生成文书',
  },
  'staff.recordLeave': {
    version: 1,
    args: RecordLeaveArgs,
    roles: ['arbitrator', 'mediator', 'clerk', 'director', 'admin'],
    label: '登记请假、出差或培训',
  },
  'staff.declareRelationship': {
    version: 1,
    args: DeclareRelationshipArgs,
    roles: ['arbitrator', 'mediator', 'clerk', 'director', 'admin'],
    label: '申报回避关系',
  },
  'case.assign': {
    version: 1,
    args: AssignCaseArgs,
    roles: ['director'],
    label: '指定A角/B角',
  },
  'case.assignClerk': {
    version: 1,
    args: AssignClerkArgs,
    // Further narrowed in the mutation: the director, or the case's own A角.
    roles: ['director', 'arbitrator', 'mediator'],
    label: '指定书记员',
  },
  'case.confirmHandover': {
    version: 1,
    args: ConfirmHandoverArgs,
    roles: ['arbitrator', 'mediator', 'clerk', 'director'],
    label: '确认交接',
  },
  'settings.set': {
    version: 1,
    // An office's own profile is keyed by its id (office.profile.<officeId>), so it syncs as one setting row
    // of that office (issue 11 item 5).
    args: z.object({ key: z.union([z.enum(SETTING_KEYS), OfficeProfileKey]), value: z.unknown() }),
    roles: ['admin', 'director'],
    label: '修改设置',
  },
  'conflict.resolve': {
    version: 1,
    args: ResolveConflictArgs,
    // A legal fact two people recorded differently is decided by the director (docs/sync.md, merge policy).
    roles: ['director'],
    label: '处理同步冲突',
  },
  'case.importHistorical': {
    version: 1,
    args: ImportCaseArgs,
    roles: ['admin'],
    label: '导入历史案件',
  },
  // Who may correct a given case is the committee's rule (setting correction.rules), checked inside each
  // mutation against the case's A角/B角; the role gate here only keeps out accounts that do no case work.
  'case.correct': {
    version: 1,
    args: CorrectCaseArgs,
    roles: CASE_WORKERS,
    label: '更正案件信息',
  },
  // Version 2 added `grounds` (shared/mutations/upcasters.ts upcasts version 1).
  'case.void': {
    version: 2,
    args: VoidCaseArgs,
    roles: CASE_WORKERS,
    label: '作废案件',
  },
  'case.restore': {
    version: 1,
    args: RestoreCaseArgs,
    roles: CASE_WORKERS,
    label: '恢复已作废的案件',
  },
  'case.voidEvent': {
    version: 1,
    args: VoidEventArgs,
    roles: CASE_WORKERS,
    label: '作废办案记录',
  },
  'case.reviewOverride': {
    version: 1,
    args: ReviewOverrideArgs,
    roles: ['director'],
    label: '评查放行（主任批准）',
  },
  // Sign-in (issue 15 item 4): both are performed by the account signing in and touch only that account.
  'staff.upgradePasswordHash': {
    version: 1,
    args: UpgradePasswordHashArgs,
    roles: ANY_ROLE,
    label: '更新密码存储参数',
  },
  'staff.recordSignInRefusal': {
    version: 1,
    args: SignInRefusalArgs,
    roles: ANY_ROLE,
    label: '记录登录失败',
  },
} as const satisfies Record<string, MutationDef>;

export type MutationName = keyof typeof MUTATIONS;
export type MutationArgs<N extends MutationName> = z.output<(typeof MUTATIONS)[N]['args']>;
export type MutationInput<N extends MutationName> = z.input<(typeof MUTATIONS)[N]['args']>;
