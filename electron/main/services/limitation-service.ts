import type { Calendar } from '../../../shared/calendar';
import type { DisputeReason } from '../../../shared/domain/reference-data';
import {
  CaseLimitationFacts,
  checkLimitation,
  type LimitationInput,
  type LimitationResultView,
} from '../../../shared/limitation';

/** 仲裁时效 at intake and on the case page: informs, never refuses (the time bar is the respondent's defence). */
export function createLimitationService(calendar: () => Calendar) {
  const view = (claimType: string, r: ReturnType<typeof checkLimitation>): LimitationResultView => ({
    claimType,
    barDate: r.barDate,
    inTime: r.inTime,
    status: r.status,
    explain: [...r.explain],
    basis: [...r.basis],
    warnings: [...r.warnings],
  });
  return {
    check: (input: LimitationInput): LimitationResultView =>
      view(input.claimType, checkLimitation(input, calendar())),
    /** One result per 案由 of a case, from the facts stored at intake; none when no facts were given. */
    forCase(
      limitationJson: unknown,
      reasons: readonly string[],
      applicationOn: string,
    ): LimitationResultView[] {
      if (typeof limitationJson !== 'string') return [];
      const facts = CaseLimitationFacts.safeParse(JSON.parse(limitationJson));
      if (!facts.success) return [];
      return reasons.map((claimType) =>
        view(
          claimType,
          checkLimitation(
            { ...facts.data, claimType: claimType as DisputeReason, applicationOn },
            calendar(),
          ),
        ),
      );
    },
  };
}
export type LimitationService = ReturnType<typeof createLimitationService>;
