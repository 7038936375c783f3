// People, their absences and their declared relationships — the inputs of AB角 assignment (reference §4) and of
// the recusal check (调解仲裁法第三十三条, reference §1.3 A6a). Messages are Chinese and name the field.

import { z } from 'zod';
import { STAFF_ROLE_CODES } from '../domain/reference-data';
import {
  CreditCode,
  Id,
  IdNumber,
  IsoDate,
  OptionalText,
  RequiredText,
  optional,
} from '../schema/primitives';

export const StaffMember = z.object({
  id: Id,
  name: RequiredText(50),
  roles: z.array(z.enum(STAFF_ROLE_CODES, { message: '角色无效' })).min(1, { message: '请至少选择一个角色' }),
  officeId: Id,
  active: z.boolean({ message: '请填写是否在职' }),
});
export type StaffMember = z.infer<typeof StaffMember>;

/** 请假 / 出差 / 培训: any of them makes the person away for AB角 (reference §4 "A and B absent at the same time"). */
export const LEAVE_KINDS = [
  { code: 'leave', label: '请假' },
  { code: 'business_trip', label: '出差' },
  { code: 'training', label: '培训' },
] as const;
export type LeaveKind = (typeof LEAVE_KINDS)[number]['code'];
export const LEAVE_KIND_CODES = LEAVE_KINDS.map((k) => k.code) as [LeaveKind, ...LeaveKind[]];
export const leaveKindLabel = (code: string): string =>
  LEAVE_KINDS.find((k) => k.code === code)?.label ?? code;

/** An absence; `from` and `to` are both days away (inclusive). */
export const Leave = z
  .object({
    id: Id,
    staffId: Id,
    kind: z.enum(LEAVE_KIND_CODES, { message: '请选择请假、出差或培训' }),
    from: IsoDate,
    to: IsoDate,
    note: OptionalText(200),
  })
  .refine((l) => l.from <= l.to, { path: ['to'], message: '结束日期不能早于开始日期' });
export type Leave = z.infer<typeof Leave>;

/**
 * A relationship a staff member declared with a possible party (近亲属, 利害关系, 其他关系, 调解仲裁法第三十三条).
 * The party is named by 公民身份号码, 统一社会信用代码 or, failing both, by its exact name (see `identity.ts`).
 */
export const Relationship = z
  .object({
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
export type Relationship = z.infer<typeof Relationship>;
export type RelationshipInput = z.input<typeof Relationship>;
