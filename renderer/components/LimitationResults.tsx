import type { LimitationResultView } from '../../shared/limitation';
import { LimitationResultRow } from './LimitationResultRow';

type Props = { results: readonly LimitationResultView[]; testId: string };

/** The limitation results of a case or an intake, one row per 案由 (same presentation on both screens). */
export function LimitationResults({ results, testId }: Props) {
  return (
    <div className="limitation-results" data-testid={testId}>
      {results.map((r) => (
        <LimitationResultRow key={r.claimType} result={r} />
      ))}
    </div>
  );
}
