import { z } from 'zod';
import type { ClaimCheckResult, ComparisonResult, HearingOutline } from '../elements';
import { ElementTemplate } from '../elements/template.schema';

/** The case page's 要素式 view. Nested results are typed from shared/elements; main builds them with the same code. */
export const SheetView = z.object({
  templateId: z.string(),
  templateVersion: z.number().int(),
  side: z.enum(['applicant', 'respondent', 'findings']),
  data: z.unknown(),
  updatedAt: z.string(),
});

export const ElementsCaseView = z.object({
  caseId: z.string(),
  /** The template versions this case uses: those its sheets were filled with, else the newest. */
  templates: z.array(ElementTemplate),
  sheets: z.array(SheetView),
  comparisons: z.array(z.custom<ComparisonResult>()),
  focus: z.array(z.string()),
  outline: z.custom<HearingOutline>(),
  claimChecks: z.array(z.custom<ClaimCheckResult>()),
  params: z.array(
    z.object({
      kind: z.string(),
      label: z.string(),
      amountFen: z.number().int(),
      effectiveFrom: z.string(),
      sample: z.boolean(),
    }),
  ),
});
export type ElementsCaseView = z.infer<typeof ElementsCaseView>;
