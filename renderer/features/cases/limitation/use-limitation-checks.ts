import { useEffect, useState } from 'react';
import { call } from '../../../api/client';
import { errorText } from '../../../api/errors';
import { useDebounced } from '../../../components/use-debounced';
import type { LimitationInputData, LimitationResultView } from '../../../../shared/limitation';

export type LimitationChecks = {
  results: LimitationResultView[];
  error: string | null;
  /** True while the inputs are settling or the answers are on their way. */
  pending: boolean;
};

const DEBOUNCE_MS = 400;

/**
 * Runs `limitation:check` for each input once the inputs have stopped changing for a moment. Answers that arrive
 * after newer inputs are dropped, so quick typing never shows a stale result as current.
 */
export function useLimitationChecks(inputs: readonly LimitationInputData[]): LimitationChecks {
  const key = JSON.stringify(inputs);
  const settled = useDebounced(key, DEBOUNCE_MS);
  const [state, setState] = useState<{ key: string; results: LimitationResultView[]; error: string | null }>({
    key: '[]',
    results: [],
    error: null,
  });

  useEffect(() => {
    const list = JSON.parse(settled) as LimitationInputData[];
    let current = true;
    void Promise.all(list.map((input) => call('limitation:check', input))).then((answers) => {
      if (!current) return;
      const failed = answers.find((a) => !a.ok);
      setState({
        key: settled,
        results: answers.flatMap((a) => (a.ok ? [a.value] : [])),
        error: failed !== undefined && !failed.ok ? errorText(failed.error) : null,
      });
    });
    return () => {
      current = false;
    };
  }, [settled]);

  return { results: state.results, error: state.error, pending: state.key !== key };
}
