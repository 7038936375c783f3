import { useCallback, useEffect, useRef, useState } from 'react';
import { call } from '../../api/client';
import { PageCache } from '../../components/page-cache';
import { pagesFor, type RowRange } from '../../components/virtual-window';
import type { CaseSummary, ListCasesInput } from '../../../shared/domain/case/case.schema';
import type { AppError } from '../../../shared/result';

export type CaseQuery = Omit<ListCasesInput, 'offset' | 'limit'>;

const PAGE_SIZE = 50;
/** 40 pages = 2,000 rows kept; enough to scroll back and forth without refetching, small enough to stay flat. */
const MAX_PAGES = 40;
/** While the scrollbar is being dragged the range changes every frame; fetch only where it comes to rest. */
const SETTLE_MS = 60;

type Store = { key: string; cache: PageCache<CaseSummary> };

/**
 * Lazily fetches `cases:list` in pages of 50 by offset as rows scroll into view. Answers for an older query are
 * dropped (the store's key changes with the query), so quick filtering never mixes result sets.
 */
export function useCasePages(query: CaseQuery) {
  const key = JSON.stringify(query);
  const store = useRef<Store>({ key, cache: new PageCache(PAGE_SIZE, MAX_PAGES) });
  const [total, setTotal] = useState<number | undefined>(undefined);
  const [error, setError] = useState<AppError | undefined>(undefined);
  const [, setVersion] = useState(0);
  const timer = useRef<number | undefined>(undefined);
  const wanted = useRef<RowRange>({ start: 0, end: 0 });

  const fetchPage = useCallback((s: Store, page: number) => {
    s.cache.markPending(page);
    const input = { ...(JSON.parse(s.key) as CaseQuery), offset: page * PAGE_SIZE, limit: PAGE_SIZE };
    void call('cases:list', input).then((r) => {
      if (store.current !== s) return; // the query changed meanwhile
      if (!r.ok) {
        s.cache.fail(page);
        setError(r.error);
        return;
      }
      s.cache.put(page, r.value.rows);
      setError(undefined);
      setTotal(r.value.total);
      setVersion((v) => v + 1);
    });
  }, []);

  // A new query starts a new cache and fetches its first page at once (that also yields the total).
  useEffect(() => {
    const s: Store = { key, cache: new PageCache(PAGE_SIZE, MAX_PAGES) };
    store.current = s;
    setTotal(undefined);
    setError(undefined);
    wanted.current = { start: 0, end: 0 };
    fetchPage(s, 0);
  }, [key, fetchPage]);

  const onRangeChange = useCallback(
    (range: RowRange) => {
      wanted.current = range;
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => {
        const s = store.current;
        for (const page of s.cache.missing(pagesFor(wanted.current, PAGE_SIZE))) fetchPage(s, page);
      }, SETTLE_MS);
    },
    [fetchPage],
  );

  useEffect(() => () => window.clearTimeout(timer.current), []);

  const getRow = useCallback((index: number) => store.current.cache.row(index), []);

  return { total, error, getRow, onRangeChange, resetKey: key };
}
