import { useCallback, useEffect, useState } from 'react';
import { call } from './client';
import type { Channel } from '../../shared/contracts/channels';
import type { In, Out } from '../../shared/contracts/ipc';
import type { AppError } from '../../shared/result';

export type QueryState<T> = {
  data: T | undefined;
  error: AppError | undefined;
  loading: boolean;
  reload: () => void;
};

/**
 * Minimal use-query: runs `channel` with `input` whenever the input's JSON changes (so callers may pass object
 * literals) and drops answers that arrive after a newer request, so fast typing never shows stale data.
 */
export function useQuery<C extends Channel>(channel: C, input: In<C>, enabled = true): QueryState<Out<C>> {
  const key = JSON.stringify(input);
  const [state, setState] = useState<{
    data: Out<C> | undefined;
    error: AppError | undefined;
    loading: boolean;
  }>({
    data: undefined,
    error: undefined,
    loading: enabled,
  });
  const [nonce, setNonce] = useState(0);

  useEffect(() => {
    if (!enabled) return undefined;
    let current = true;
    setState((s) => ({ ...s, loading: true }));
    void call(channel, JSON.parse(key) as In<C>).then((result) => {
      if (!current) return;
      setState(
        result.ok
          ? { data: result.value, error: undefined, loading: false }
          : { data: undefined, error: result.error, loading: false },
      );
    });
    return () => {
      current = false;
    };
  }, [channel, key, enabled, nonce]);

  const reload = useCallback(() => setNonce((n) => n + 1), []);
  return { ...state, reload };
}
