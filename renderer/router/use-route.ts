import { useMemo, useSyncExternalStore } from 'react';
import { getHash, subscribeHash } from './navigation';
import { parseRoute, type Route } from './hash-route';

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribeHash, getHash);
  // Parse once per hash so consumers can use the route object in effect dependencies.
  return useMemo(() => parseRoute(hash), [hash]);
}
