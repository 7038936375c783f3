import { describe, expect, it } from 'vitest';
import { lineColumn } from './line-column';

describe('lineColumn', () => {
  it('computes 1-based line and column', () => {
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumn('x', 0)).toEqual({ line: 1, column: 1 });
  });
  it('counts a position past the end as the end, and a negative one as the start', () => {
    expect(lineColumn('ab\ncd', 99)).toEqual({ line: 2, column: 3 });
    expect(lineColumn('ab\ncd', -1)).toEqual({ line: 1, column: 1 });
  });
});
