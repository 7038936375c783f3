import { z } from 'zod';
import {
  CreditCode,
  Id,
  IdNumber,
  IsoDate,
  OptionalText,
  RequiredText,
  optional,
} from '../schema/primitives';
import { LEAVE_KIND_CODES } from './staff.schema';

/** Mutation args for AB角 (reference §4); ids are filled in by main so replays create the same rows. */
export const RecordLeaveArgs = z
  .object({
    id: Id.optional(),
    staffId: Id,
    kind: z.enum(LEAVE_KIND_CODES, { message: '请选择请假、出差或培训' }),
    from: IsoDate,
    to: IsoDate,
    note: OptionalText(200),
  })
  .refine((l) => l.to >= l.from, { path: ['to'], message: '结束日期不能早于开始日期' });

export const DeclareRelationshipArgs = z
  .object({
    id: Id.optional(),
    staffId: Id,
    idNumber: optional(IdNumber),
    creditCode: optional(CreditCode),
    partyName: optional(RequiredText(100)),
    relation: RequiredText(50),
    note: OptionalText(200),
  })
  .refine((r) => r.idNumber !== undefined || r.creditCode !== undefined || r.partyName !== undefined, {
    path: ['partyName'],
    message: '请填写对方的公民身份号码、统一社会信用代码或名称/姓名中的至少一项',
  });

export const AssignCaseArgs = z
  .object({
    id: Id.optional(),
    caseId: Id,
    a: Id,
    b: Id,
    /** proposal = the director accepted the system's proposal; override = chose others (reason required); reassign = handover. */
    kind: z.enum(['proposal', 'override', 'reassign']),
    reason: z.string().trim().max(500),
    handover: z.unknown().optional(),
  })
  .refine((x) => x.kind === 'proposal' || x.reason.length > 0, {
    path: ['reason'],
    message: '改派或调整须填写理由',
  });

export const ConfirmHandoverArgs = z.object({ assignmentId: Id });

/** 指定书记员: the clerk whose name the case's documents carry (cases.clerk_id). */
export const AssignClerkArgs = z.object({
  caseId: Id,
  clerkId: z.string({ message: '请选择书记员' }).min(1, { message: '请选择书记员' }).pipe(Id),
});
