import { z } from 'zod';
import { Id } from '../schema/primitives';

/** Saving one side of a case's 要素表 (or the tribunal's findings) for one template version. */
export const SaveSheetArgs = z.object({
  caseId: Id,
  templateId: z.string().min(1).max(60),
  templateVersion: z.number().int().min(1),
  side: z.enum(['applicant', 'respondent', 'findings']),
  data: z.unknown(),
  /** Filled in by main for a new sheet, so a replay creates the same row. */
  sheetId: Id.optional(),
});
export type SaveSheetArgs = z.output<typeof SaveSheetArgs>;
