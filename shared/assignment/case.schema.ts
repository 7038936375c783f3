// The slice of a case that AB角 assignment needs (reference §4), and one recorded assignment. The main process
// projects stored cases onto `CaseForAssignment`; messages are Chinese and name the field.

import { z } from 'zod';
import { CASE_STATUS_CODES } from '../domain/case/case-status';
import type { CaseStatus } from '../domain/case/case-status';
import { Id, IsoDate, OptionalText, RequiredText } from '../schema/primitives';

/**
 * A party as the recusal check sees it. `role` 'agent' marks an agent: a near relative of an agent is a ground
 * for recusal (调解仲裁法第三十三条), but agents do not make two cases "the same parties".
 */
export const AssignmentParty = z.object({
  name: RequiredText(100),
  idNumber: OptionalText(18),
  creditCode: OptionalText(18),
  role: z.enum(['applicant', 'respondent', 'third_party', 'agent'], { message: '当事人地位无效' }).optional(),
});
export type AssignmentParty = z.infer<typeof AssignmentParty>;

/** An open deadline of the case (a pending row of `case_deadlines`, reference §1.3). */
export const OpenDeadline = z.object({
  ruleId: RequiredText(100),
  label: RequiredText(100),
  dueDate: IsoDate,
});
export type OpenDeadline = z.infer<typeof OpenDeadline>;

export const CaseForAssignment = z.object({
  id: Id,
  caseNumber: OptionalText(60),
  officeId: Id,
  kind: z.enum(['mediation', 'arbitration'], { message: '请选择调解或仲裁' }),
  isCollective: z.boolean({ message: '请填写是否集体争议' }),
  isSimple: z.boolean({ message: '请填写是否简易处理' }),
  parties: z.array(AssignmentParty).min(1, { message: '请至少填写一名当事人' }),
  status: z.enum(CASE_STATUS_CODES, { message: '案件状态无效' }),
  deadlines: z.array(OpenDeadline),
  a: Id.optional(),
  b: Id.optional(),
});
export type CaseForAssignment = z.infer<typeof CaseForAssignment>;

/** An earlier case as the "same parties" check sees it; every `CaseForAssignment` is one. */
export type HandledCase = Pick<CaseForAssignment, 'id' | 'parties' | 'a' | 'b'>;

/** One decision: who is A角 (承办) and B角 (协办), why, when and by whom. */
export const Assignment = z
  .object({
    caseId: Id,
    a: Id,
    b: Id,
    reason: RequiredText(500),
    at: z.string().min(1, { message: '请填写指定时间' }),
    by: Id,
  })
  .refine((x) => x.a !== x.b, { path: ['b'], message: 'A角与B角不能是同一人' });
export type Assignment = z.infer<typeof Assignment>;

/** A case still being handled: not 已结案 and not 已归档. */
export function isOpenStatus(status: CaseStatus): boolean {
  return status !== 'closed' && status !== 'archived';
}
