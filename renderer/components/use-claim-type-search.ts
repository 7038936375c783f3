import { useMemo } from 'react';
import type { ClaimSynonyms } from '../../shared/domain/claim-synonyms';
import { useQuery } from '../api/use-query';
import { claimTypeSearch, type ClaimTypeSearch } from './claim-type-search';

const NONE: ClaimSynonyms = {};

/** claimTypeSearch over the committee's 常用说法 (names and codes only until they have loaded). */
export function useClaimTypeSearch(): ClaimTypeSearch {
  const table = useQuery('claimSynonyms:get', {});
  const synonyms = table.data?.synonyms ?? NONE;
  return useMemo(() => claimTypeSearch(synonyms), [synonyms]);
}
