import type { z } from 'zod';
import type { CaseStatus } from '../domain/case/case-status';
import type { CaseKind, StaffRole } from '../domain/reference-data';
import type { ProcedureEvent, ProcedureState } from './procedure-state';

/**
 * One legal step of the procedure (reference §1). An action declares who may take it, what must already be
 * true (`guard` returns the Chinese reason naming the missing condition, or null), the event it appends (its
 * own id is the event type), how that event changes the case (`reduce`), and which deadline rules it starts,
 * stops, pauses or restarts (documentation for people; the deadline engine reads the rules themselves).
 */
export type ProcedureAction<P extends z.ZodType = z.ZodType, Id extends string = string> = {
  id: Id;
  label: string;
  kinds: readonly CaseKind[];
  roles: readonly StaffRole[];
  payload: P;
  guard: (s: ProcedureState, payload: z.output<P>, occurredOn: string) => string | null;
  reduce: (s: ProcedureState, e: ProcedureEvent & { payload: z.output<P> }) => ProcedureState;
  deadlines?: {
    starts?: string[];
    stops?: string[];
    pauses?: string[];
    resumes?: string[];
    restarts?: string[];
  };
  citation?: string;
};

/** Keeps the payload type and the literal id (`'arb.accept'`, not string), so the catalog can list its ids. */
export const defineAction = <P extends z.ZodType, Id extends string>(
  a: ProcedureAction<P, Id>,
): ProcedureAction<P, Id> => a;

export const CLOSED: readonly CaseStatus[] = ['closed', 'archived'];
export const isOpen = (s: ProcedureState) => !CLOSED.includes(s.status);

/** Reasons shared by many guards, worded once. */
export const WHY = {
  closed: '案件已结案，不能再办理此事项',
  suspended: '案件处于中止状态，请先恢复审理',
  notAccepted: '案件尚未受理',
  alreadyAccepted: '案件已经受理',
  correctionPending: '申请材料尚待补正，补正完成后才能受理',
  noTribunal: '尚未组成仲裁庭',
  tribunalNotNotified: '尚未向当事人送达仲裁庭组成通知',
  noHearing: '尚未确定开庭时间',
  hearingNotHeld: '尚未开庭审理',
  recusalPending: '回避申请尚未作出决定',
  notCollective: '仅集体争议（劳动者一方十人以上且有共同请求）适用',
  beforeReceipt: '日期不能早于收件日期',
} as const;
