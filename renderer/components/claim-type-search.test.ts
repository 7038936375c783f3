import { describe, expect, it } from 'vitest';
import { claimTypeSearch } from './claim-type-search';

const search = claimTypeSearch({ wage_arrears: ['拖欠工资', '工资'], overtime: ['加班工资'] });
const shown = (query: string) =>
  search.options
    .filter((o) => search.showSearch.filterOption(query, o))
    .sort((a, b) => search.showSearch.filterSort(a, b, { searchValue: query }))
    .map((o) => o.value);

describe('claim type select search', () => {
  it('offers every type, in the usual order, by name', () => {
    expect(search.options[0]).toEqual({ value: 'wage_arrears', label: '追索劳动报酬' });
    expect(search.options).toHaveLength(14);
  });

  it('filters by common words and sorts the best match first', () => {
    expect(shown('拖欠工资')).toEqual(['wage_arrears']);
    expect(shown('加班工资')).toEqual(['overtime', 'wage_arrears']);
    expect(shown('加班')).toEqual(['overtime']);
    expect(shown('租房')).toEqual([]);
  });

  it('an option without a known code is never shown', () => {
    expect(search.showSearch.filterOption('工资', { value: 'salary' })).toBe(false);
    expect(search.showSearch.filterOption('工资', undefined)).toBe(false);
  });
});
