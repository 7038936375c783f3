import { z } from 'zod';
import { ResolveConflictInput } from '../domain/conflict/conflict-args';

/** 冲突处理 over IPC (issue 12 item 1): the open (or all) conflict records, and a person's resolution. */
const Side = z.object({
  /** Who recorded this value (a name), when on their device, and on which device ('本机' for this one). */
  by: z.string(),
  at: z.string().nullable(),
  device: z.string(),
});

export const ConflictFieldView = z.object({
  field: z.string(),
  label: z.string(),
  kept: z.unknown(),
  keptText: z.string(),
  other: z.unknown(),
  otherText: z.string(),
  /** Narrative text may be merged by hand; a legal fact is one side or the other. */
  mergeable: z.boolean(),
});

export const ConflictView = z.object({
  id: z.string(),
  caseId: z.string(),
  caseNo: z.string(),
  rowEntity: z.string(),
  rowId: z.string(),
  /** What the conflict is about, as a person reads it: 当事人 张三（申请人）, 仲裁请求 加班费, 案件信息. */
  subject: z.string(),
  fields: z.array(ConflictFieldView),
  kept: Side,
  other: Side,
  createdAt: z.string(),
  resolved: z
    .object({
      at: z.string(),
      by: z.string(),
      choice: z.enum(['kept', 'other', 'merged']),
      reason: z.string(),
    })
    .nullable(),
});
export type ConflictView = z.infer<typeof ConflictView>;

export const ConflictsContract = {
  'conflicts:list': {
    input: z
      .object({ caseId: z.string().max(128).optional(), includeResolved: z.boolean().optional() })
      .strict(),
    output: z.array(ConflictView),
  },
  'conflicts:resolve': {
    input: ResolveConflictInput,
    output: z.object({ conflictId: z.string() }),
  },
} as const;
