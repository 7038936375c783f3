import type { ClaimSynonyms } from '../../shared/domain/claim-synonyms';
import type { DisputeReason } from '../../shared/domain/reference-data';
import { claimTypeEntries, scoreClaimType, type ClaimTypeEntry } from '../../shared/search/claim-type-match';

export type ClaimTypeOption = { value: DisputeReason; label: string };
export type ClaimTypeSearch = ReturnType<typeof claimTypeSearch>;

/**
 * Search settings for a 请求类型 / 案由 select: typing 拖欠工资 offers 追索劳动报酬, best match first (the ranking of
 * shared/search/claim-type-match.ts, over the committee's 常用说法). Pass the result as antd Select `showSearch`.
 */
export function claimTypeSearch(synonyms: ClaimSynonyms) {
  const entries = claimTypeEntries(synonyms);
  const byCode = new Map<string, { entry: ClaimTypeEntry; order: number }>(
    entries.map((entry, order) => [entry.code, { entry, order }]),
  );
  const score = (query: string, code: unknown): number => {
    const found = typeof code === 'string' ? byCode.get(code) : undefined;
    return found === undefined ? 0 : scoreClaimType(query, found.entry).score;
  };
  const order = (code: unknown): number => (typeof code === 'string' ? (byCode.get(code)?.order ?? 0) : 0);
  return {
    options: entries.map((e): ClaimTypeOption => ({ value: e.code, label: e.label })),
    showSearch: {
      filterOption: (input: string, option?: { value?: unknown }): boolean => score(input, option?.value) > 0,
      filterSort: (a: { value?: unknown }, b: { value?: unknown }, info: { searchValue: string }): number =>
        score(info.searchValue, b.value) - score(info.searchValue, a.value) ||
        order(a.value) - order(b.value),
    },
  };
}
