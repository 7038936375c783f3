/**
 * Cache of fetched row pages for one query. Bounded, least-recently-used, so scrolling through 100,000 cases
 * keeps memory flat; a page being fetched is remembered so it is requested only once.
 */
export class PageCache<T> {
  private readonly pages = new Map<number, T[]>();
  private readonly pending = new Set<number>();

  constructor(
    readonly pageSize: number,
    private readonly maxPages: number,
  ) {}

  row(index: number): T | undefined {
    const page = Math.floor(index / this.pageSize);
    const rows = this.pages.get(page);
    if (rows === undefined) return undefined;
    // Re-insert to mark the page as recently used (Map keeps insertion order).
    this.pages.delete(page);
    this.pages.set(page, rows);
    return rows[index - page * this.pageSize];
  }

  /** Pages among `wanted` that are neither cached nor already being fetched. */
  missing(wanted: readonly number[]): number[] {
    return wanted.filter((p) => !this.pages.has(p) && !this.pending.has(p));
  }

  markPending(page: number): void {
    this.pending.add(page);
  }

  /** A failed fetch forgets the page so the next scroll retries it. */
  fail(page: number): void {
    this.pending.delete(page);
  }

  put(page: number, rows: T[]): void {
    this.pending.delete(page);
    this.pages.set(page, rows);
    while (this.pages.size > this.maxPages) {
      const oldest = this.pages.keys().next();
      if (oldest.done === true) break;
      this.pages.delete(oldest.value);
    }
  }

  get size(): number {
    return this.pages.size;
  }
}
