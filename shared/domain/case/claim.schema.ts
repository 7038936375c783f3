import { z } from 'zod';
import { DISPUTE_REASON_CODES } from '../reference-data';
import { Fen, Id, OptionalText, optional } from '../../schema/primitives';

export const ClaimInput = z.object({
  id: Id.optional(),
  type: z.enum(DISPUTE_REASON_CODES, { message: '请选择请求类型' }),
  description: OptionalText(500),
  amountFen: optional(Fen),
});
export type ClaimInput = z.infer<typeof ClaimInput>;

export const Claim = z.object({
  id: z.string(),
  caseId: z.string(),
  type: z.string(),
  description: z.string().nullable(),
  amountFen: z.number().int().nullable(),
  sortOrder: z.number().int(),
});
export type Claim = z.infer<typeof Claim>;
