import { describe, expect, it } from 'vitest';
import { nextActiveRow, pagesFor, scrollTopToReveal, visibleRange } from './virtual-window';
import { PageCache } from './page-cache';

describe('visibleRange', () => {
  it('renders the rows in view plus overscan, clamped to the list', () => {
    expect(visibleRange(0, 400, 40, 100_000, 8)).toEqual({ start: 0, end: 19 });
    expect(visibleRange(2_000_000, 400, 40, 100_000, 8)).toEqual({ start: 49_992, end: 50_019 });
    expect(visibleRange(4_000_000, 400, 40, 100_000, 8)).toEqual({ start: 99_992, end: 100_000 });
  });
  it('is empty for an empty list and safe for a stale scrollTop beyond the end', () => {
    expect(visibleRange(0, 400, 40, 0, 8)).toEqual({ start: 0, end: 0 });
    const r = visibleRange(9_999_999, 400, 40, 3, 8);
    expect(r.start).toBeLessThanOrEqual(r.end);
    expect(r.end).toBe(3);
  });
});

describe('pagesFor', () => {
  it('lists the 50-row pages a range touches', () => {
    expect(pagesFor({ start: 0, end: 19 }, 50)).toEqual([0]);
    expect(pagesFor({ start: 49_992, end: 50_019 }, 50)).toEqual([999, 1000]);
    expect(pagesFor({ start: 5, end: 5 }, 50)).toEqual([]);
  });
});

describe('scrollTopToReveal', () => {
  it('scrolls only as far as needed', () => {
    expect(scrollTopToReveal(5, 40, 0, 400)).toBe(0);
    expect(scrollTopToReveal(10, 40, 0, 400)).toBe(40);
    expect(scrollTopToReveal(2, 40, 200, 400)).toBe(80);
  });
});

describe('nextActiveRow', () => {
  it('moves and clamps', () => {
    expect(nextActiveRow('ArrowDown', -1, 10, 5)).toBe(0);
    expect(nextActiveRow('ArrowDown', 9, 10, 5)).toBe(9);
    expect(nextActiveRow('ArrowUp', 0, 10, 5)).toBe(0);
    expect(nextActiveRow('PageDown', 2, 10, 5)).toBe(7);
    expect(nextActiveRow('End', 2, 10, 5)).toBe(9);
    expect(nextActiveRow('Home', 7, 10, 5)).toBe(0);
    expect(nextActiveRow('a', 7, 10, 5)).toBeUndefined();
    expect(nextActiveRow('ArrowDown', 0, 0, 5)).toBeUndefined();
  });
});

describe('PageCache', () => {
  it('serves rows by absolute index and requests each page once', () => {
    const c = new PageCache<number>(50, 3);
    expect(c.missing([0, 1])).toEqual([0, 1]);
    c.markPending(0);
    expect(c.missing([0, 1])).toEqual([1]);
    c.put(
      0,
      Array.from({ length: 50 }, (_, i) => i),
    );
    expect(c.row(49)).toBe(49);
    expect(c.row(50)).toBeUndefined();
  });
  it('evicts the least recently used page beyond its bound', () => {
    const c = new PageCache<string>(2, 2);
    c.put(0, ['a', 'b']);
    c.put(1, ['c', 'd']);
    c.row(0); // touch page 0
    c.put(2, ['e', 'f']);
    expect(c.size).toBe(2);
    expect(c.row(0)).toBe('a');
    expect(c.row(2)).toBeUndefined(); // page 1 was evicted
  });
  it('forgets a failed page so it can be retried', () => {
    const c = new PageCache<number>(50, 3);
    c.markPending(4);
    c.fail(4);
    expect(c.missing([4])).toEqual([4]);
  });
});
